// One wink-nlp instance for the process: loading the model is the costliest
// part of start-up, so it happens once and lazily.
import { createRequire } from 'node:module';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import type { Model } from 'wink-nlp';

// The model is required on first use, not imported: a start whose knowledge
// reading comes from the token store (see token-store.ts) never pays for it.
const require = createRequire(import.meta.url);

let instance: WinkMethods | undefined;
/** wink-nlp numbers the words it meets after its own lexicon from here on. */
let firstUnknownId = Infinity;

export function nlp(): WinkMethods {
  if (!instance) {
    // Sentences, negation and named entities (English dates) are all the bot reads;
    // part-of-speech tagging and sentiment would double the cost of every question.
    instance = winkNLP(require('wink-eng-lite-web-model') as Model, ['sbd', 'negation', 'ner']);
    // A word no lexicon holds, read first, gets the first id past the lexicon.
    const [id] = instance.readDoc('qzxjvkwqzx').tokens().out(instance.its.uniqueId) as unknown as number[];
    firstUnknownId = id ?? Infinity;
  }
  return instance;
}

/**
 * Loads the model soon, without holding up what is being done now: once the
 * prompt is on screen or the bot is logged in, the first question finds it ready.
 */
export function warmUp(): void {
  setTimeout(() => nlp(), 0).unref();
}

/** Whether a wink-nlp token id lies past its lexicon (a word it had never seen). */
export function isUnknownId(id: number): boolean {
  nlp();
  return id >= firstUnknownId;
}

/** Whether wink-nlp's English lexicon knows a word ("weather" yes, a surname no). */
export function isEnglishWord(word: string): boolean {
  const n = nlp();
  const [id] = n.readDoc(word).tokens().out(n.its.uniqueId) as unknown as number[];
  return id !== undefined && id < firstUnknownId;
}
