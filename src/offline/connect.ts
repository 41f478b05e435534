// Wires a mock client to the dispatcher, exactly as the real client is wired.
import type { BotContext } from '../discord/command.js';
import { createDispatcher } from '../discord/dispatcher.js';
import { MockClient, type MockClientOptions } from './mock.js';

export function connectMockClient(ctx: BotContext, options: MockClientOptions = {}): MockClient {
  const client = new MockClient(options);
  const dispatcher = createDispatcher(ctx, () => client.user.id);
  client.on('interactionCreate', (interaction) => dispatcher.interaction(interaction));
  client.on('messageCreate', (message) => dispatcher.message(message));
  return client;
}
