// Sending a reply whatever the interaction's state: the first answer
// acknowledges it, after a deferral it fills the placeholder, after that it follows up.
import type { ReplyPayload } from '../render/payload.js';
import type { Repliable } from './surface.js';

export async function send(interaction: Repliable, payload: ReplyPayload): Promise<void> {
  if (interaction.replied) await interaction.followUp(payload);
  else if (interaction.deferred) await interaction.editReply(payload);
  else await interaction.reply(payload);
}
