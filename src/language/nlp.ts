// One wink-nlp instance for the process: loading the model is the costliest
// part of start-up, so it happens once and lazily.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | undefined;

export function nlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}
