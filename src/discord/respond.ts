// Sending a reply whatever the interaction's state: the first answer
// acknowledges it, after a deferral it fills the placeholder, after that it
// follows up. A button's answer may instead replace the message the button is
// on (an update). A deferral may still be on its way when the answer is ready:
// the answer waits for it, so an interaction is never acknowledged twice.
import { EPHEMERAL, type ReplyPayload } from '../render/payload.js';
import type { ButtonInteraction, Repliable } from './surface.js';

/** How an answer appears: in the channel, to its user only, or in place of the message a button is on. */
export type Visibility = 'public' | 'ephemeral' | 'update';

/** Deferrals sent and not yet settled. */
const acknowledging = new WeakMap<Repliable, Promise<unknown>>();
/** Interactions whose answer has started: too late to defer them. */
const answering = new WeakSet<Repliable>();
/** Interactions acknowledged to update the message their button is on. */
const updating = new WeakSet<Repliable>();
/** Of those, the ones whose message was updated already: what they send next follows up. */
const updated = new WeakSet<Repliable>();

const canUpdate = (interaction: Repliable): interaction is ButtonInteraction & Repliable => 'update' in interaction && 'deferUpdate' in interaction;

/** An edit cannot change who sees a message: its visibility flag is left out. */
function edit(payload: ReplyPayload): ReplyPayload {
  const { flags: _flags, ...rest } = payload;
  return rest;
}

/** The id of the message a send created or edited, when discord.js says. */
function messageId(result: unknown): string | undefined {
  const r = result as { id?: unknown; resource?: { message?: { id?: unknown } | null } } | null | undefined;
  const id = r?.resource?.message?.id ?? (r && !('resource' in r) ? r.id : undefined);
  return typeof id === 'string' ? id : undefined;
}

/**
 * Sends `payload` as the interaction's answer; resolves with the id of the
 * message that carries it, when known. With `update`, a button's answer
 * replaces the message the button is on.
 */
export async function send(interaction: Repliable, payload: ReplyPayload, visibility: Visibility = 'public'): Promise<string | undefined> {
  answering.add(interaction);
  await acknowledging.get(interaction)?.catch(() => undefined);
  const update = visibility === 'update' && canUpdate(interaction);
  if (updating.has(interaction)) {
    // Acknowledged as an update: the message the button is on is the one to edit (once); anything else follows up.
    // (Not `replied`: discord.js sets it on a follow-up too, which leaves the message the button is on as it was.)
    if (update && !updated.has(interaction)) {
      updated.add(interaction);
      return messageId(await interaction.editReply(edit(payload))) ?? interaction.message.id;
    }
    return messageId(await interaction.followUp(payload));
  }
  if (interaction.replied) return messageId(await interaction.followUp(payload));
  if (interaction.deferred) return messageId(await interaction.editReply(payload));
  if (update) {
    await interaction.update(edit(payload));
    return interaction.message.id;
  }
  return messageId(await interaction.reply({ ...payload, withResponse: true }));
}

/**
 * Acknowledges the interaction now (Discord shows "thinking…"), with the
 * visibility its answer will have: a deferral's visibility cannot change
 * later. Does nothing once a response has started. Rejects when Discord
 * refuses the deferral (an expired interaction: 10062).
 */
export function defer(interaction: Repliable, visibility: Visibility): Promise<void> {
  const pending = acknowledging.get(interaction);
  if (pending) return pending.then(() => undefined);
  if (interaction.deferred || interaction.replied || answering.has(interaction)) return Promise.resolve();
  let sent: Promise<unknown>;
  if (visibility === 'update' && canUpdate(interaction)) {
    updating.add(interaction);
    sent = interaction.deferUpdate();
  } else {
    sent = interaction.deferReply(visibility === 'ephemeral' ? { flags: EPHEMERAL } : {});
  }
  acknowledging.set(interaction, sent);
  return sent.then(() => undefined);
}
