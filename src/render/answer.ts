// An engine Answer as a Discord reply.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Answer } from '../types.js';
import { renderCard } from './card.js';
import type { RenderOptions } from './options.js';
import type { ReplyPayload } from './payload.js';

export function renderAnswer(answer: Answer, kb: KnowledgeBase, options: Partial<RenderOptions> = {}): ReplyPayload {
  const help = answer.intent === 'help';
  // A refusal says that the buttons below are questions to ask; the help text already ends by introducing them.
  const invite = !answer.answered && !help && answer.suggestions.length > 0 ? `\n\n${kb.languages[answer.language].templates.suggest}` : '';
  return renderCard(
    {
      language: answer.language,
      tone: answer.answered ? 'answer' : help ? 'info' : 'declined',
      text: answer.text + invite,
      citations: answer.citations,
      // How sure an answer is means something only for an answer: the help and a refusal carry none.
      ...(answer.answered && !help ? { confidence: answer.confidence } : {}),
      ...(answer.premise ? { premise: answer.premise } : {}),
      suggestions: answer.suggestions,
      sourcesButton: answer.answered,
    },
    kb,
    options,
  );
}
