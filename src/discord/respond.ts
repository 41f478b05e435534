// Sending a reply whatever the interaction's state: the first answer
// acknowledges it, after a deferral it fills the placeholder, after that it
// follows up. A deferral may still be on its way when the answer is ready: the
// answer waits for it, so an interaction is never acknowledged twice.
import { EPHEMERAL, type ReplyPayload } from '../render/payload.js';
import type { Repliable } from './surface.js';

/** Deferrals sent and not yet settled. */
const acknowledging = new WeakMap<Repliable, Promise<unknown>>();
/** Interactions whose answer has started: too late to defer them. */
const answering = new WeakSet<Repliable>();

export async function send(interaction: Repliable, payload: ReplyPayload): Promise<void> {
  answering.add(interaction);
  await acknowledging.get(interaction)?.catch(() => undefined);
  if (interaction.replied) await interaction.followUp(payload);
  else if (interaction.deferred) await interaction.editReply(payload);
  else await interaction.reply(payload);
}

/**
 * Acknowledges the interaction now (Discord shows "thinking…"), with the
 * visibility its answer will have: a deferral's visibility cannot change
 * later. Does nothing once a response has started. Rejects when Discord
 * refuses the deferral (an expired interaction: 10062).
 */
export function defer(interaction: Repliable, ephemeral: boolean): Promise<void> {
  const pending = acknowledging.get(interaction);
  if (pending) return pending.then(() => undefined);
  if (interaction.deferred || interaction.replied || answering.has(interaction)) return Promise.resolve();
  const sent = interaction.deferReply(ephemeral ? { flags: EPHEMERAL } : {});
  acknowledging.set(interaction, sent);
  return sent.then(() => undefined);
}
