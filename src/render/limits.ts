// Discord's size limits, and a checker the tests run on every payload the bot sends.

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Title, description, field names and values and footers, over all embeds of one message. */
  embedTotal: 6000,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export const ELLIPSIS = '…';

/** `text` up to `end`, one character shorter when `end` would split a surrogate pair (an emoji, a rare letter) in two. */
export function headOf(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

/** Cuts text to at most `max` characters, ending with an ellipsis when it had to cut, preferring a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return ELLIPSIS.slice(0, max);
  const hard = headOf(text, max - 1);
  const space = hard.lastIndexOf(' ');
  const cut = space > max * 0.6 ? hard.slice(0, space) : hard;
  return cut.trimEnd() + ELLIPSIS;
}

interface EmbedLike {
  title?: string | null;
  description?: string | null;
  fields?: readonly { name?: string | null; value?: string | null }[] | null;
  footer?: { text?: string | null } | null;
  author?: { name?: string | null } | null;
}

interface ComponentLike {
  type?: number;
  custom_id?: string;
  label?: string;
  components?: readonly ComponentLike[];
}

/** A message as the bot builds it or as it reaches Discord's API. */
export interface MessageLike {
  content?: string | null;
  embeds?: readonly EmbedLike[] | null;
  components?: readonly ComponentLike[] | null;
}

/** Every way `message` breaks Discord's limits; empty when it is fine to send. */
export function checkMessageLimits(message: MessageLike): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} characters (max ${max})`);
  };
  const content = message.content ?? '';
  const embeds = message.embeds ?? [];
  over('content', content.length, LIMITS.content);
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds (max ${LIMITS.embeds})`);
  if (content.trim() === '' && embeds.length === 0) problems.push('message is empty');

  let total = 0;
  embeds.forEach((embed, e) => {
    const title = embed.title ?? '';
    const description = embed.description ?? '';
    const footer = embed.footer?.text ?? '';
    const author = embed.author?.name ?? '';
    over(`embed ${e} title`, title.length, LIMITS.embedTitle);
    over(`embed ${e} description`, description.length, LIMITS.embedDescription);
    over(`embed ${e} footer`, footer.length, LIMITS.footer);
    over(`embed ${e} author`, author.length, LIMITS.embedTitle);
    total += title.length + description.length + footer.length + author.length;
    const fields = embed.fields ?? [];
    if (fields.length > LIMITS.fields) problems.push(`embed ${e} has ${fields.length} fields (max ${LIMITS.fields})`);
    fields.forEach((field, f) => {
      const name = field.name ?? '';
      const value = field.value ?? '';
      if (name.trim() === '' || value.trim() === '') problems.push(`embed ${e} field ${f} is empty`);
      over(`embed ${e} field ${f} name`, name.length, LIMITS.fieldName);
      over(`embed ${e} field ${f} value`, value.length, LIMITS.fieldValue);
      total += name.length + value.length;
    });
  });
  over('embeds in all', total, LIMITS.embedTotal);

  const rows = message.components ?? [];
  if (rows.length > LIMITS.rows) problems.push(`${rows.length} component rows (max ${LIMITS.rows})`);
  const ids = new Set<string>();
  rows.forEach((row, r) => {
    const items = row.components ?? [];
    if (items.length === 0 || items.length > LIMITS.buttonsPerRow) problems.push(`row ${r} has ${items.length} components (1 to ${LIMITS.buttonsPerRow})`);
    items.forEach((item, i) => {
      const id = item.custom_id ?? '';
      over(`row ${r} component ${i} custom_id`, id.length, LIMITS.customId);
      over(`row ${r} component ${i} label`, (item.label ?? '').length, LIMITS.buttonLabel);
      if (id === '') problems.push(`row ${r} component ${i} has no custom_id`);
      else if (ids.has(id)) problems.push(`custom_id ${id} is used twice`);
      ids.add(id);
    });
  });
  return problems;
}

/** Every way an autocomplete answer breaks Discord's limits. */
export function checkChoices(choices: readonly { name: string; value: string | number }[]): string[] {
  const problems: string[] = [];
  if (choices.length > LIMITS.choices) problems.push(`${choices.length} choices (max ${LIMITS.choices})`);
  choices.forEach((c, i) => {
    if (c.name.length < 1 || c.name.length > LIMITS.choiceName) problems.push(`choice ${i} name is ${c.name.length} characters (1 to ${LIMITS.choiceName})`);
    const value = String(c.value);
    if (value.length < 1 || value.length > LIMITS.choiceValue) problems.push(`choice ${i} value is ${value.length} characters (1 to ${LIMITS.choiceValue})`);
  });
  return problems;
}
