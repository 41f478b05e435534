// The bot's own words around the answers (buttons, footers, notices), in each
// language the knowledge base speaks. Everything about the coverage itself
// comes from knowledge/.
import type { Language } from '../knowledge/types.js';

export interface Labels {
  fullPassage: string;
  sources: string;
  confidence: (percent: number) => string;
  sourceCount: (n: number) => string;
  articleCount: (n: number) => string;
  /** When not every article fits in one reply: the newest are shown. */
  newestArticles: (shown: number, total: number) => string;
  premiseCorrected: string;
  caption: string;
  /** A link the page prints to another article. */
  link: string;
  paragraph: (n: number) => string;
  communique: (who: string) => string;
  meetings: string;
  meetingsWith: (who: string) => string;
  /** Paging through a long list (/meetings): the buttons, and where the page stands. */
  previous: string;
  next: string;
  page: (page: number, pages: number, total: number) => string;
  received: (host: string, guests: string) => string;
  noMeeting: string;
  unknownEntity: (typed: string) => string;
  unknownPlace: (typed: string) => string;
  didYouMean: string;
  cooldown: (seconds: number) => string;
  failure: string;
  /** Discord kept failing (5xx or timeouts after discord.js's retries): not the bot's fault. */
  discordTrouble: string;
  cooldownQueueFull: (seconds: number) => string;
  /** For the bot, but Discord withheld the text (no Message Content intent). */
  unreadable: string;
  /** The bot is stopping: it answers what it had accepted, not new questions. */
  restarting: string;
  staleButton: string;
  missingPassage: string;
  unknownCommand: string;
  helpTitle: string;
  helpCoverage: (articles: number, first: string, last: string) => string;
  helpMention: string;
  people: (names: string) => string;
  examplesIn: Record<Language, string>;
  commands: string;
  reloadRefused: string;
  reloaded: (articles: number, facts: number, ms: number) => string;
  reloadFailed: string;
  checkTitle: string;
  /** The button under a private check report that posts it in the channel. */
  share: string;
  /** Above a shared check report: who shared it, and (a Markdown link) the message checked, when a message was. */
  sharedBy: (who: string, link?: string) => string;
  /** The private report, once shared. */
  shared: string;
  shareNotYours: string;
  /** A message command on a message with no text (only attachments, embeds or stickers). */
  checkNoText: string;
  /** In the help: the message command, by its name in the Apps menu. */
  appsMenu: (name: string) => string;
}

const fr: Labels = {
  fullPassage: 'Passage complet',
  sources: 'Sources',
  confidence: (p) => `Confiance ${p} %`,
  sourceCount: (n) => (n === 1 ? '1 source' : `${n} sources`),
  articleCount: (n) => (n === 1 ? '1 article' : `${n} articles`),
  newestArticles: (shown, total) => `Les ${shown} plus récents de ${total} articles ; demandez-moi une rencontre pour les autres`,
  premiseCorrected: 'prémisse corrigée',
  caption: 'légende',
  link: 'lien « Lire aussi »',
  paragraph: (n) => `¶${n}`,
  communique: (who) => `Communiqué : ${who}`,
  meetings: 'Rencontres',
  meetingsWith: (who) => `avec ${who}`,
  previous: '◀ Précédentes',
  next: 'Suivantes ▶',
  page: (page, pages, total) => `Page ${page}/${pages} · ${total} rencontres`,
  received: (host, guests) => `${host} a reçu ${guests}`,
  noMeeting: 'Aucune rencontre rapportée par les articles ne correspond.',
  unknownEntity: (typed) => `Je ne trouve personne qui réponde à « ${typed} » dans les articles.`,
  unknownPlace: (typed) => `« ${typed} » n'est pas un lieu que les articles citent.`,
  didYouMean: 'Vouliez-vous dire :',
  cooldown: (s) => `Doucement ! Attendez ${s} s avant la question suivante.`,
  failure: 'Un problème est survenu de mon côté. Réessayez dans un instant.',
  discordTrouble: 'Discord a des difficultés en ce moment : je n’ai pas pu vous répondre. Réessayez dans un instant.',
  cooldownQueueFull: (s) => `Je réponds d’abord à vos questions précédentes : reposez celle-ci dans ${s} s.`,
  unreadable:
    'Je ne peux pas lire ce message : Discord ne me montre que les messages qui me mentionnent. Mentionnez-moi (moi, pas mon rôle), ou laissez la mention activée quand vous me répondez.',
  restarting: 'Je redémarre : reposez votre question dans une minute.',
  staleButton: 'Ce bouton ne fonctionne plus : reposez la question.',
  missingPassage: 'Ce passage ne figure plus dans mes sources.',
  unknownCommand: 'Je ne connais pas cette commande. Essayez /help.',
  helpTitle: 'Ce que je sais',
  helpCoverage: (n, first, last) => (n === 1 ? `Je connais 1 article, du ${first}.` : `Je connais ${n} articles, du ${first} au ${last}.`),
  helpMention: 'Mentionnez-moi avec une question, écrivez-moi en message privé, ou utilisez les commandes.',
  people: (names) => `Personnes citées : ${names}.`,
  examplesIn: { fr: 'En français', en: 'En anglais' },
  commands: 'Commandes',
  reloadRefused: 'Désolé : seuls le propriétaire du bot et les membres qui peuvent gérer le serveur peuvent recharger mes connaissances.',
  reloaded: (a, f, ms) => `Connaissances rechargées : ${a} articles, ${f} faits, en ${ms} ms.`,
  reloadFailed: 'Le rechargement a échoué : je réponds toujours avec les connaissances d’avant. Pourquoi :',
  checkTitle: 'Vérification dans la couverture',
  share: 'Partager dans le salon',
  sharedBy: (who, link) => (link ? `Vérification d’un [message](${link}), partagée par ${who}.` : `Vérification partagée par ${who}.`),
  shared: 'Partagé dans le salon.',
  shareNotYours: 'Seule la personne qui a demandé cette vérification peut la partager.',
  checkNoText: 'Ce message n’a pas de texte à vérifier, seulement des pièces jointes, des intégrations ou des autocollants : je ne vérifie que ce qui est écrit.',
  appsMenu: (name) => `Clic droit sur un message › Applications › **${name}** : chaque affirmation du message, vérifiée dans les articles.`,
};

const en: Labels = {
  fullPassage: 'Full passage',
  sources: 'Sources',
  confidence: (p) => `Confidence ${p} %`,
  sourceCount: (n) => (n === 1 ? '1 source' : `${n} sources`),
  articleCount: (n) => (n === 1 ? '1 article' : `${n} articles`),
  newestArticles: (shown, total) => `The newest ${shown} of ${total} articles; ask me about a meeting for the others`,
  premiseCorrected: 'premise corrected',
  caption: 'caption',
  link: '“Read also” link',
  paragraph: (n) => `¶${n}`,
  communique: (who) => `Communiqué: ${who}`,
  meetings: 'Meetings',
  meetingsWith: (who) => `with ${who}`,
  previous: '◀ Previous',
  next: 'Next ▶',
  page: (page, pages, total) => `Page ${page}/${pages} · ${total} meetings`,
  received: (host, guests) => `${host} received ${guests}`,
  noMeeting: 'No meeting the articles report matches.',
  unknownEntity: (typed) => `I can't find anyone matching “${typed}” in the articles.`,
  unknownPlace: (typed) => `“${typed}” is not a place the articles name.`,
  didYouMean: 'Did you mean:',
  cooldown: (s) => `Easy! Wait ${s} s before the next question.`,
  failure: 'Something went wrong on my side. Please try again in a moment.',
  discordTrouble: 'Discord is having trouble right now, so my answer could not get through. Please try again in a moment.',
  cooldownQueueFull: (s) => `I'm answering your earlier questions first: ask this one again in ${s} s.`,
  unreadable: "I can't read this message: Discord only shows me messages that mention me. Mention me (the bot, not its role), or keep the mention on when you reply to me.",
  restarting: "I'm restarting: please ask again in a minute.",
  staleButton: 'This button no longer works: please ask again.',
  missingPassage: 'That passage is no longer in my sources.',
  unknownCommand: "I don't know that command. Try /help.",
  helpTitle: 'What I know',
  helpCoverage: (n, first, last) => (n === 1 ? `I know 1 article, of ${first}.` : `I know ${n} articles, from ${first} to ${last}.`),
  helpMention: 'Mention me with a question, send me a direct message, or use the commands.',
  people: (names) => `People named: ${names}.`,
  examplesIn: { fr: 'In French', en: 'In English' },
  commands: 'Commands',
  reloadRefused: "Sorry: only the bot's owner and members who can manage the server can reload my knowledge.",
  reloaded: (a, f, ms) => `Knowledge reloaded: ${a} articles, ${f} facts, in ${ms} ms.`,
  reloadFailed: 'The reload failed: I still answer from the knowledge I had before. Why:',
  checkTitle: 'Checked against the coverage',
  share: 'Share in the channel',
  sharedBy: (who, link) => (link ? `Check of a [message](${link}), shared by ${who}.` : `Check shared by ${who}.`),
  shared: 'Shared in the channel.',
  shareNotYours: 'Only the person who asked for this check can share it.',
  checkNoText: 'This message has no text to check, only attachments, embeds or stickers: I can only check what is written.',
  appsMenu: (name) => `Right-click a message › Apps › **${name}**: each claim of the message, checked against the articles.`,
};

export const LABELS: Record<Language, Labels> = { fr, en };
