// The fact-check of a message (engine.check): how it is cut into claims, the
// verdict on each, and the report's contract. Every expected verdict below
// was checked by hand against the two articles in knowledge/articles/.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { CheckReport, Verdict } from '../../src/types.js';
import { piecesOf } from '../../src/understand/claims.js';
import { detectLanguage } from '../../src/understand/read.js';
import { checkSets, scoreCheck } from '../support/checks.js';
import { checkedOnPurpose, floorOf } from '../support/questions.js';

const engine = createEngine(loadKnowledge());
const pieces = (text: string) => piecesOf(text, engine.kb, engine.lexicon, detectLanguage(text, engine.lexicon)).map((p) => [p.kind, p.text]);

/** Every quote the report cites is in its article's paragraph, word for word; every marker points at one. */
function verbatim(report: CheckReport): string[] {
  const bad: string[] = [];
  report.citations.forEach((c, i) => {
    const paragraph = engine.kb.articles.get(c.article)?.paragraphs.find((p) => p.number === c.paragraph);
    if (!paragraph?.text.includes(c.quote)) bad.push(`[${i + 1}] ${c.article} §${c.paragraph}: ${c.quote}`);
  });
  for (const claim of report.claims) {
    for (const text of [claim.explanation, ...(claim.parts ?? []).map((p) => p.explanation)]) {
      for (const [, n] of text.matchAll(/\[(\d+)\]/g)) if (Number(n) < 1 || Number(n) > report.citations.length) bad.push(`marker [${n}] in ${claim.text}`);
    }
  }
  return bad;
}

describe('cutting a message into claims', () => {
  it.each([
    [
      "salut tout le monde 👋 Hammouchi a reçu Zouev à Rabat lundi, et ils ont parlé du Sahel et de l'Afghanistan. honnêtement c'est une bonne nouvelle",
      [
        ['remark', 'salut tout le monde 👋'],
        ['claim', 'Hammouchi a reçu Zouev à Rabat lundi'],
        ['claim', "ils ont parlé du Sahel et de l'Afghanistan"],
        ['remark', "honnêtement c'est une bonne nouvelle"],
      ],
    ],
    [
      'hey guys, Shahkar met Hammouchi in Rabat last Tuesday and they signed a cooperation agreement. big if true',
      [
        ['remark', 'hey guys'],
        ['claim', 'Shahkar met Hammouchi in Rabat last Tuesday'],
        ['claim', 'they signed a cooperation agreement'],
        ['remark', 'big if true'],
      ],
    ],
    // Two verbs, one subject: two claims; a list of places after one verb: one.
    ["La 93e AG d'Interpol se tient à Tanger et se termine le 27 novembre", [['claim', "La 93e AG d'Interpol se tient à Tanger"], ['claim', 'se termine le 27 novembre']]],
    // An apposition between commas is no clause of its own.
    ['Hammouchi, patron de la DGSN, a reçu Zouev à Rabat.', [['claim', 'Hammouchi, patron de la DGSN, a reçu Zouev à Rabat']]],
    // (A clause about him between commas, with a verb of its own, is one; « a reçu » goes on with him.)
    ['Hammouchi, qui est le patron de la DGSN, a reçu Zouev à Rabat.', [['claim', 'Hammouchi, qui est le patron de la DGSN'], ['claim', 'a reçu Zouev à Rabat']]],
    // Questions are set aside; so are opinions with nothing to check.
    ['did Zouev and Hammouchi really talk about the World Cup?? wild', [['question', 'did Zouev and Hammouchi really talk about the World Cup??'], ['remark', 'wild']]],
    // A question reported ("asked where…") is a question too, not a claim that someone asked.
    ['Someone asked where the Zouev meeting was. It was in Rabat.', [['question', 'Someone asked where the Zouev meeting was'], ['claim', 'It was in Rabat']]],
    ["Shahkar a demandé que l'ONU puisse compter sur les policiers marocains", [['claim', "Shahkar a demandé que l'ONU puisse compter sur les policiers marocains"]]],
    // A clause that says only who else, or what not, is a claim of its own.
    ['Le communiqué vient de la DGST, pas de la DGSN', [['claim', 'Le communiqué vient de la DGST'], ['claim', 'pas de la DGSN']]],
    ['Hammouchi met Shahkar on Nov 25, then Zouev on Dec 1', [['claim', 'Hammouchi met Shahkar on Nov 25'], ['claim', 'Zouev on Dec 1']]],
    // A full stop then a lower-case word ends a sentence, unless the word before it is an abbreviation ("incl.", a month's
    // short form, a single letter): « hein. sinon » is two sentences, "incl. the" and "25 nov. et" are one.
    ['Hammouchi il est DG depuis 2015 hein. sinon Hammouchi est aussi directeur de la DGED', [['claim', 'Hammouchi il est DG depuis 2015'], ['remark', 'hein'], ['claim', 'sinon Hammouchi est aussi directeur de la DGED']]],
    ['in Rabat they talked about several hotspots incl. the Sahel', [['claim', 'in Rabat they talked about several hotspots'], ['claim', 'the Sahel']]],
    ['les rencontres ont eu lieu le 25 nov. et le 1er déc.', [['claim', 'les rencontres ont eu lieu le 25 nov'], ['claim', 'le 1er déc']]],
    // A line ending with a colon titles the lines after it; an unknown name after "and" is one more of the list.
    ['My notes:\nthe Rabat talks covered the Horn of Africa and Yemen', [['remark', 'My notes'], ['claim', 'the Rabat talks covered the Horn of Africa'], ['claim', 'Yemen']]],
    // A list on one line: each numbered item is a claim.
    ['1) Hammouchi a reçu Zouev à Rabat 2) la réunion de Marrakech était un lundi', [['claim', 'Hammouchi a reçu Zouev à Rabat'], ['claim', 'la réunion de Marrakech était un lundi']]],
    // A telegraphic French participle after a name is passive; list numbers opening lines are no days.
    ['1. Zouev reçu à Rabat le 1er décembre\n2. discussions sur la Corne de l’Afrique', [['claim', 'Zouev reçu à Rabat le 1er décembre'], ['claim', 'discussions sur la Corne de l’Afrique']]],
    // A verb whose subject is the clause before's: read with that subject.
    ['Zouev was in Morocco on a working visit and was received by Hammouchi', [['claim', 'Zouev was in Morocco on a working visit'], ['claim', 'was received by Hammouchi']]],
    // What is said of all of those before is a claim of its own.
    ["Zouev à Rabat, Shahkar à Marrakech, tous les deux en novembre", [['claim', 'Zouev à Rabat'], ['claim', 'Shahkar à Marrakech'], ['claim', 'tous les deux en novembre']]],
    // Verbless notes of one meeting each, by its place and day.
    ['Marrakech meeting Tuesday 25 November, Rabat meeting Monday 1 December', [['claim', 'Marrakech meeting Tuesday 25 November'], ['claim', 'Rabat meeting Monday 1 December']]],
    // A relative clause about a name is a claim about that name.
    ["Shahkar met Hammouchi during Interpol's 93rd General Assembly, which is being held in Rabat", [['claim', "Shahkar met Hammouchi during Interpol's 93rd General Assembly"], ['claim', 'which is being held in Rabat']]],
    // A label and its value are one note.
    ['Meeting venue: Menara Gardens', [['claim', 'Meeting venue: Menara Gardens']]],
    // A verb after "and then" takes the subject before it; the joiner left between is no remark.
    ['Hammouchi met Shahkar in Marrakech and then flew to Rabat', [['claim', 'Hammouchi met Shahkar in Marrakech'], ['claim', 'flew to Rabat']]],
    // "EU" is a name, one more of the list: no remark.
    ['They strengthened partnerships between Morocco and the EU', [['claim', 'They strengthened partnerships between Morocco'], ['claim', 'the EU']]],
    // A verb said of no one and nothing (an imperative), and a place cheered with nothing said of it, are remarks.
    ['Attendez, Shahkar a reçu Zouev', [['remark', 'Attendez'], ['claim', 'Shahkar a reçu Zouev']]],
    ['Big day in Rabat!! Hammouchi welcomed Zouev', [['remark', 'Big day in Rabat!!'], ['claim', 'Hammouchi welcomed Zouev']]],
    // A yes or no that opens a clause after a question, or before a comma, is the writer's answer; "No U official…" is a determiner.
    ["Zouev est SG de l'ONU ?? non il est SG adjoint", [['question', "Zouev est SG de l'ONU ??"], ['remark', 'non'], ['claim', 'il est SG adjoint']]],
    // A denial opening a message answers someone, comma or not; "yeah" and "no" may be a sneer or a determiner.
    ["Non c'était à Rabat, le lundi 1er decembre", [['remark', 'Non'], ['claim', "c'était à Rabat, le lundi 1er decembre"]]],
    ['No UN official came to Rabat', [['claim', 'No UN official came to Rabat']]],
    ['No, Zouev was received in Rabat', [['remark', 'No'], ['claim', 'Zouev was received in Rabat']]],
    ['No UN official came to Marrakech', [['claim', 'No UN official came to Marrakech']]],
    // « je trouve ça cool », « je trouve que … », "X is right": opinions, set aside.
    ["Selon le communiqué de la DGSN, Shahkar est aussi sous-secretaire general charge de l'Etat de droit. Perso je trouve ca cool", [['claim', 'Selon le communiqué de la DGSN'], ['claim', "Shahkar est aussi sous-secretaire general charge de l'Etat de droit"], ['remark', 'Perso je trouve ca cool']]],
    ['je trouve que Zouev a raison', [['remark', 'je trouve que Zouev a raison']]],
    // A set opened by "of", "among", « parmi » is what the claim after the comma picks from: one claim.
    ['Of the delegation heads Hammouchi met at the assembly, Shahkar was the first of them.', [['claim', 'Of the delegation heads Hammouchi met at the assembly, Shahkar was the first of them']]],
    // A duration after a comma ("ça fait des années qu'il y est") is a claim of its own; so is each item after a colon that titles them.
    ["Zouev n'est pas nouveau a ce poste, ca fait des années qu'il y est", [['claim', "Zouev n'est pas nouveau a ce poste"], ['claim', "ca fait des années qu'il y est"]]],
    ['ptdr Hammouchi enchaine : Shahkar a Marakech le 25, Zouev a Rabat le 1er', [['remark', 'ptdr Hammouchi enchaine'], ['claim', 'Shahkar a Marakech le 25'], ['claim', 'Zouev a Rabat le 1er']]],
    // "Including" one more, « notamment », after a clause with no verb the reader knows.
    ["L'objectif des echanges a Marrakech : renforcer la coop securitaire et lutter contre la criminalité transnationale, notamment la cybercriminalité", [['claim', "L'objectif des echanges a Marrakech : renforcer la coop securitaire et lutter contre la criminalité transnationale"], ['claim', 'la cybercriminalité']]],
    // An aside that names nothing, then "but" and a claim; a cheer, an emoji, then a name and what it did.
    ["jsp comment ça s'ecrit mais Alexandre Zoueff a été reçu par Hammouchi", [['question', "jsp comment ça s'ecrit"], ['claim', 'Alexandre Zoueff a été reçu par Hammouchi']]],
    ["Franchement bravo à la DGSN 👏👏 l'ONU reconnait l'experience operationnelle de nos policiers", [['remark', 'Franchement bravo à la DGSN 👏👏'], ['claim', "l'ONU reconnait l'experience operationnelle de nos policiers"]]],
    // After ", and", a subject and a verb of their own are a claim of their own, even after a verb the reader does not know.
    ['the Rabat meeting lasted about two hours, and the two sides also looked at coordinating initiatives', [['claim', 'the Rabat meeting lasted about two hours'], ['claim', 'the two sides also looked at coordinating initiatives']]],
    ['Zouev in Rabat on Dec 1, and the UN Secretary-General himself visits next month', [['claim', 'Zouev in Rabat on Dec 1'], ['claim', 'the UN Secretary-General himself visits next month']]],
    // A participle right after a comma is said of the one the clause before opens with.
    ["Zouev secretaire general adjoint de l'ONU pour l'etat de droit, recu a Rabat", [['claim', "Zouev secretaire general adjoint de l'ONU pour l'etat de droit"], ['claim', 'recu a Rabat']]],
    // An aside with nothing to check, then an emoji, then a claim about someone: two pieces.
    ["t'as tout inversé 😂 c'est Shahkar à Marrakech et Zouev à Rabat", [['remark', "t'as tout inversé 😂"], ['claim', "c'est Shahkar à Marrakech"], ['claim', 'Zouev à Rabat']]],
    // A full stop after an acronym, before a capital, ends the sentence (wink-nlp reads "GA." as an abbreviation that goes on).
    ['Hammouchi hosted Shahkar during the 93rd Interpol GA. Shahkar passed on the wish of the UN Secretary-General', [['claim', 'Hammouchi hosted Shahkar during the 93rd Interpol GA'], ['claim', 'Shahkar passed on the wish of the UN Secretary-General']]],
    // What follows from the clause before, « …, donc … », "…, so …": a claim of its own, the joining word set aside as nothing.
    ['The Rabat meeting was on Monday 1 December and the Marrakech one on Tuesday 25 November, so Rabat came first.', [['claim', 'The Rabat meeting was on Monday 1 December'], ['claim', 'the Marrakech one on Tuesday 25 November'], ['claim', 'Rabat came first']]],
    ['Shahkar a vu Hammouchi le 25, donc Zouev est venu après', [['claim', 'Shahkar a vu Hammouchi le 25'], ['claim', 'Zouev est venu après']]],
    // ("said so", "so did B" are no such joining.)
    ['Zouev wants to learn from the Moroccan experience, he said so in Rabat', [['claim', 'Zouev wants to learn from the Moroccan experience'], ['claim', 'he said so in Rabat']]],
    ["ils ont parlé du Sahel, par contre l'Afghanistan n'a pas été abordé", [['claim', 'ils ont parlé du Sahel'], ['claim', "l'Afghanistan n'a pas été abordé"]]],
    // "and said …" goes on with the same subject; an attribution stands after a comma, not after "and".
    ['Zouev praised the experience and said the UN wanted to learn from it', [['claim', 'Zouev praised the experience'], ['claim', 'said the UN wanted to learn from it']]],
    // A word that asks ("rôle", "headline"), after an article, is a noun: the sentence states.
    ['le rôle du Maroc au Sahel est important', [['claim', 'le rôle du Maroc au Sahel est important']]],
    // "…, and also X" after what was said: one more of it; an aside that ends a clause read with the one before is still an aside.
    ["à Rabat ils ont parlé du Sahel, et aussi de la Libye apparemment", [['claim', 'à Rabat ils ont parlé du Sahel'], ['claim', 'aussi de la Libye'], ['remark', 'apparemment']]],
    // What someone should have done is the writer's judgement of it, not a report (check z24's first run: it got ✅).
    ['Shahkar met Hammouchi in Marrakech. Honestly the UN should have come sooner lol', [['claim', 'Shahkar met Hammouchi in Marrakech'], ['remark', 'Honestly the UN should have come sooner lol']]],
    ["l'ONU aurait dû venir plus tôt", [['remark', "l'ONU aurait dû venir plus tôt"]]],
    // After a semicolon, a day or a place opens another account (check z26, z25's first runs: one claim, ❔).
    ['Tuesday 25 Nov, Marrakech, Shahkar; Monday 1 Dec, Rabat, Zouev.', [['claim', 'Tuesday 25 Nov, Marrakech, Shahkar'], ['claim', 'Monday 1 Dec, Rabat, Zouev']]],
    ["Hammouchi a reçu Shahkar le 25 novembre à Marrakech ; lundi 1er, il reçoit Zouev à Rabat", [['claim', 'Hammouchi a reçu Shahkar le 25 novembre à Marrakech'], ['claim', 'lundi 1er, il reçoit Zouev à Rabat']]],
    // After a whole date, a lower-case sentence that opens with someone or with hearsay is a sentence of its own.
    ['Hammouchi hosted Shahkar in Marrakech on Tuesday 25 Nov. apparently they signed an agreement', [['claim', 'Hammouchi hosted Shahkar in Marrakech on Tuesday 25 Nov'], ['remark', 'apparently'], ['claim', 'they signed an agreement']]],
    ['Hammouchi met Shahkar on 25 Nov. in Marrakech', [['claim', 'Hammouchi met Shahkar on 25 Nov. in Marrakech']]],
    // ", where" after a place, with a whole date of its own, is a claim about the place; a date past a comma is the clause before's.
    ['Shahkar was received by Hammouchi in Marrakech, where the Interpol GA ran until Nov 27.', [['claim', 'Shahkar was received by Hammouchi in Marrakech'], ['claim', 'where the Interpol GA ran until Nov 27']]],
    // A hedge of several words between two clauses, no punctuation, parts them (check z31's first run gave the whole ✅);
    // right after "and", it does not: what follows goes on from the clause before.
    ["Hammouchi a vu Zouev le 2 décembre si je dis pas de betise zouev voulait connaitre l'expérience marocaine", [['claim', 'Hammouchi a vu Zouev le 2 décembre'], ['remark', 'si je dis pas de betise'], ['claim', "zouev voulait connaitre l'expérience marocaine"]]],
    ['they talked about the Sahel in Rabat, and I think Iraq too', [['claim', 'they talked about the Sahel in Rabat'], ['claim', 'I think Iraq too']]],
    // What ought to be is the writer's judgement (check z26's first run gave it ✅), unless someone is said to have said or thought it.
    ['honestly the UN should learn from Morocco.', [['remark', 'honestly the UN should learn from Morocco']]],
    ["selon moi l'ONU devrait payer plus les policiers", [['remark', "selon moi l'ONU devrait payer plus les policiers"]]],
    ['Zouev thinks Morocco should do more against terrorism financing', [['claim', 'Zouev thinks Morocco should do more against terrorism financing']]],
    ['Shahkar said Morocco should lead UN peacekeeping in the Sahel', [['claim', 'Shahkar said Morocco should lead UN peacekeeping in the Sahel']]],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('keeps every span where it stands in the message', () => {
    const text = '**Hammouchi** a reçu <@123> Zouev à Rabat. Et Shahkar ? lol';
    const report = engine.check(text);
    for (const part of [...report.claims, ...report.setAside]) expect(text.slice(part.start, part.end)).toBe(part.text);
  });
});

describe('the verdict on each claim', () => {
  const table: [string, Verdict[]][] = [
    // Supported: said in so many words, or in the articles' words.
    ['Hammouchi a reçu Zouev à Rabat le 1er décembre 2025.', ['supported']],
    ['Shahkar met Hammouchi in Marrakech during the Interpol General Assembly.', ['supported']],
    ['Zouev is the new Under-Secretary-General of the UN Office of Counter-Terrorism.', ['supported']],
    // A title with its organisation, however it is attached ("the UN's police chief", "of Interpol").
    ["Shahkar is the UN's police chief.", ['supported']],
    // A negation « personne » completes, after « ne »; a "no" a comma parts from the name answers, the verb is denied.
    ["Hammouchi n'a reçu personne de l'ONU pendant l'AG d'Interpol.", ['contradicted']],
    ["lol no, Zouev isn't new", ['contradicted']],
    // Any word for whoever leads, of someone who leads; "=" says what someone is.
    ['Hammouchi est le boss de la DGSN.', ['supported']],
    ['Zouev = ONU antiterrorisme', ['supported']],
    ["Hammouchi's guests were both UN officials.", ['supported']],
    ['Both meetings were with Hammouchi.', ['supported']],
    ['The two meetings were less than a week apart.', ['supported']],
    // A span in weeks is a round figure (six days is about a week); "exactly" means to the day.
    ['The two meetings were a week apart.', ['supported']],
    // What a document says is its content, not a claim about who issued it.
    ['Morocco is an essential and reliable partner according to the communiqué.', ['supported']],
    // A meeting's day against an event's start or end.
    ["Zouev a été reçu après la fin de l'AG d'Interpol.", ['supported']],
    ['Shahkar met Hammouchi before the end of the Interpol General Assembly.', ['supported']],
    ['Les deux rencontres ont eu lieu au Maroc.', ['supported']],
    // Contradicted: the articles say otherwise, and show it.
    ['Hammouchi received Shahkar in Rabat.', ['contradicted']],
    ['Both meetings were in Marrakech.', ['contradicted']],
    ['Hammouchi a reçu Shahkar à l’aéroport de Marrakech.', ['contradicted']],
    ['Zouev is the outgoing UNOCT chief.', ['contradicted']],
    ["Shahkar is Interpol's president.", ['contradicted']],
    ['Zouev is UN Police.', ['contradicted']],
    // Chatter's negation is not the claim's; "one" stands for the noun said before it; an acronym is as typed.
    ["ngl I didn't know Interpol's general assembly was hosted in Rabat this year", ['contradicted']],
    ['The Rabat statement came from the Interior Ministry; the Marrakech one came from the UN.', ['contradicted', 'contradicted']],
    ['Zouev works for UNODC.', ['contradicted']],
    // Hearsay from someone the articles do not name is no claim about what they said; a list after "both" is each of them.
    ["Mon cousin dit que les deux rencontres ont eu lieu à Marrakech.", ['contradicted']],
    ["Hammouchi a reçu les deux responsables de l'ONU, Shahkar et Zouev.", ['supported']],
    // Everyone named must be in each meeting meant; each guest must be the organisation's.
    ['Both meetings were with Shahkar.', ['contradicted']],
    ['Both guests came from the UN Office of Counter-Terrorism.', ['contradicted']],
    ["Les deux invités venaient de la police de l'ONU.", ['contradicted']],
    // People said to be an organisation's: each of those meant must belong to it.
    ["Hammouchi a reçu Shahkar puis Zouev, les deux étaient des responsables d'Interpol.", ['supported', 'supported', 'contradicted']],
    ["Les deux rencontres ont eu lieu à exactement une semaine d'intervalle.", ['contradicted']],
    ["Hammouchi a rencontré Shahkar après la clôture de l'AG d'Interpol.", ['contradicted']],
    ['Hammouchi met Zouev before the Interpol assembly even started.', ['contradicted']],
    ['Zouev is the Secretary General of Interpol.', ['contradicted']],
    ['Zouev était au Maroc en vacances.', ['contradicted']],
    ['Shahkar n’a pas rencontré Hammouchi.', ['contradicted']],
    ['Hammouchi received Shahkar in Marrakech but the Interpol General Assembly had already ended by then.', ['supported', 'contradicted']],
    ['Le 1er décembre 2025 était un mardi.', ['contradicted']],
    // A denial of what happened, however it is written; who received whom.
    ['Zouev was not received by Hammouchi.', ['contradicted']],
    ["Zouev wasn't received by Hammouchi.", ['contradicted']],
    ["L'ONU a reçu Hammouchi.", ['contradicted']],
    // A verb of several words read across an adverb said inside it.
    ['La rencontre avec Shahkar a vraiment eu lieu à Rabat.', ['contradicted']],
    // Days in figures: day then month, unless only the other order makes a day.
    ['Zouev a rencontré Hammouchi le 30/11.', ['contradicted']],
    ['1) Nov 25, Marrakech: Hammouchi receives Faisal Shahkar', ['supported']],
    ['Zouev reçu à Rabat le 1er décembre.', ['supported']],
    ['Hammouchi reçu par Zouev.', ['contradicted']],
    ['Shahkar met Hammouchi on 25/11/2025.', ['supported']],
    ['Shahkar met Hammouchi on 11/25.', ['supported']],
    // Order and rank, what is shared, and who met whom among the guests.
    ['So the Rabat one came first.', ['contradicted']],
    ['Zouev a été reçu après Shahkar.', ['supported']],
    ['The Rabat meeting happened before the Marrakech one.', ['contradicted']],
    ['La rencontre de Rabat a eu lieu après celle de Marrakech.', ['supported']],
    ['Les deux communiqués viennent du même organisme.', ['contradicted']],
    ['Hammouchi a rencontré les deux responsables onusiens à Marrakech.', ['contradicted']],
    ['Zouev et Shahkar étaient tous les deux à Marrakech en novembre.', ['contradicted']],
    // Not stated: never said, nor denied.
    ['Zouev is Russian.', ['not_stated']],
    ['They talked about the 2030 World Cup.', ['not_stated']],
    ['The Rabat meeting took place at the UN offices.', ['not_stated']],
    ['Il va inviter Hammouchi à New York en 2026.', ['not_stated']],
    ['Zouev asked Morocco to host a new UNOCT regional office.', ['not_stated']],
    ['Both meetings were organised by Interpol.', ['not_stated']],
    // The place a verb of going takes is where one went, not a topic someone mentioned.
    ['Hammouchi visited New York.', ['not_stated']],
    // How long a visit lasted is no span between meetings; a verb of someone inviting is not a noun.
    ["Zouev's visit to Morocco lasted three days.", ['not_stated']],
    ['Zouev a invité Hammouchi à New York.', ['not_stated']],
    // What mattered most is never ranked; "both" said of what each said is each of them.
    ['Zouev venait surtout pour parler de la Syrie.', ['not_stated']],
    ['Both UN officials praised the language skills of Moroccan police officers.', ['not_stated']],
    // How long anyone has held a post, and names the articles never write.
    ["Zouev n'est en poste que depuis un mois.", ['not_stated']],
    ['The UN counter-terrorism office is called UNOCT.', ['not_stated']],
    ['Les deux responsables de l’ONU se sont croisés entre eux.', ['not_stated']],
    ['Zouev est russe et ancien diplomate.', ['not_stated']],
    ['Shahkar invited Hammouchi to visit UN HQ in New York.', ['not_stated']],
    ['Zouev met Hammouchi on 12/1.', ['not_stated']],
    ["Il va d'ailleurs inviter Hammouchi à New York en 2026.", ['not_stated']],
    ["Shahkar a été chef de la police de son pays avant.", ['not_stated']],
    ['Morocco currently has 1,700 officers deployed with the UN.', ['not_stated']],
    ['Zouev est venu pour une conférence internationale à Rabat.', ['not_stated']],
    ['It was his 3rd trip to Morocco.', ['not_stated']],
    // "There", "that": the one place, or what was said, just before.
    ["La 93e AG d'Interpol se tenait à Rabat, c'est là que Hammouchi a vu le chef de la police onusienne.", ['contradicted', 'contradicted']],
    ['Ils ont discuté des défis, notamment en Syrie. Et ça c’était à Marrakech avec Shahkar.', ['supported', 'supported', 'not_stated']],
    // A denial is judged for what it denies.
    ['Shahkar was not received in Rabat.', ['supported']],
    ['The Rabat meeting was about Syria and Afghanistan, not about sports at all.', ['supported', 'contradicted']],
    // « non plus » denies what the clause before denied, of someone else; a name alone after a post denied takes the post.
    ["Hammouchi n'a pas rencontré Zouev à Marrakech, et Shahkar non plus.", ['supported', 'contradicted']],
    ["Shahkar n'est pas le chef de la police onusienne, c'est Zouev.", ['contradicted', 'contradicted']],
    ["Zouev n'est pas le chef du bureau antiterroriste, c'est Shahkar.", ['contradicted', 'contradicted']],
    // An attribution to a body no article names is a claim of its own; what follows it is judged apart.
    ['According to the Interior Ministry communiqué, they talked about terror risks in the Sahel.', ['contradicted', 'supported']],
    // "it was the 92nd": the number of the event the claim before named.
    ['Hammouchi met Shahkar during the Interpol General Assembly. It was the 92nd assembly.', ['supported', 'contradicted']],
    ['Hammouchi met Shahkar during the Interpol General Assembly, it was the 93rd one.', ['supported', 'supported']],
    // Whom a list names after "two officials": those received; when someone took office, no article says; a number
    // before what it counts is no year.
    ['Hammouchi has received two UN officials in under a week: Shahkar on Nov 25 and Zouev on Nov 30.', ['supported', 'supported', 'contradicted']],
    ['Zouev a pris ses fonctions en octobre.', ['not_stated']],
    ['2000 policiers marocains sont déjà dans les missions.', ['not_stated']],
    // A place no article names, after the claim it places; an emoji or a semicolon between two clauses; a speech.
    ['Hammouchi received Zouev on Monday, in Casablanca I think.', ['supported', 'contradicted']],
    ["lol there's 'leave a reply' under the article but no comments 😂 anyway Hammouchi met delegation heads from lots of countries during the AG", ['not_stated', 'supported']],
    ["La 93e AG d'Interpol se tenait à Marrakech jusqu'au 27 novembre ; Zouev y a fait un discours.", ['supported', 'not_stated']],
    // An event talked about is no occasion of the meeting.
    ['Hammouchi met Zouev in Rabat to discuss the Interpol assembly resolutions.', ['not_stated']],
    // With a verb the reader does not know, a day is no meeting's day; a sentence that only adds goes on from the last;
    // whom a question names is whom "il" means next.
    ['Zouev est arrivé au Maroc dimanche.', ['not_stated']],
    ['They discussed Syria. Also Yemen.', ['supported', 'not_stated']],
    ["Quelqu'un sait si Zouev est déjà venu au Maroc avant ? Il fait une visite de travail au Royaume.", ['supported']],
    // A place denied right after the one said, no comma; « ni … ni »; "both" of no noun, the meetings; a meeting named
    // before the pronoun that stands for it.
    ["La 93e AG d'Interpol c'était à Rabat pas Marrakech.", ['contradicted']],
    ["Ni Zouev ni Shahkar n'ont rencontré Hammouchi.", ['contradicted']],
    ['Both meetings were with Hammouchi, and both were about terrorism.', ['supported', 'not_stated']],
    ["Rabat, Monday December 1: Hammouchi and Zouev. Marrakech, Tuesday November 25: Hammouchi and Shahkar. Both at Interpol's 93rd GA.", ['supported', 'supported', 'contradicted']],
    ["La rencontre avec Shahkar, c'était aux Jardins de la Ménara. Elle a eu lieu mercredi.", ['supported', 'contradicted']],
    // "…, including C": one more of those met, where and when the clause before says; « même semaine » of the meetings meant.
    ['Hammouchi met heads of delegations at the Interpol GA, including Zouev.', ['supported', 'contradicted']],
    ['Hammouchi a reçu Zouev lundi à Rabat et Shahkar mardi à Marrakech, même semaine.', ['supported', 'supported', 'contradicted']],
    // Sarcasm is an opinion, set aside.
    ["ouais bien sur, l'ONU qui vient 'apprendre' du Maroc 🙄 mais bon, Zouev a bien dit vouloir s'informer sur l'expérience sécuritaire marocaine", ['supported']],
    // "nothing else" says "only" again; "he" after "the U counter-terrorism guy" is the one from that office.
    ['The Rabat meeting was only about the Sahel, nothing else on the table.', ['contradicted']],
    ['À Rabat ils ont parlé du Sahel, rien d’autre.', ['contradicted']],
    ["So the UN counter-terrorism guy wants to learn from Morocco's security experience, he said so in Marrakech.", ['supported', 'contradicted']],
    // An opening that denies is the claim's own verb, not an aside to cut off.
    ["Shahkar praised Moroccan police officers' operational experience. Didn't say anything about languages tho", ['supported', 'contradicted']],
    // A source named after the claim is a claim of its own, and the claim is judged without it.
    ['Les échanges de Marrakech visent à lutter contre toutes les formes de criminalité transnationale, selon le communiqué de l’ONU.', ['supported', 'contradicted']],
    // "All" of a group no article lists is more than any says; the group itself is said.
    ["Hammouchi voit tous les chefs de délégation de l'AG d'Interpol en bilatéral.", ['not_stated']],
    ['Hammouchi met all the heads of delegation at the Interpol GA.', ['not_stated']],
    ['Hammouchi met heads of delegation at the Interpol GA.', ['supported']],
    // After places talked of, a place denied that no meeting was in is denied of the talks, not of where they were.
    ['Zouev a discuté avec Hammouchi des risques terroristes en Afghanistan mais pas en Syrie', ['supported', 'contradicted']],
    ['The Rabat article mentions Syria and Afghanistan but not the Horn of Africa', ['supported', 'contradicted']],
    ["Interpol's 93rd GA was in Marrakech, not Rabat", ['supported']],
    // A name, a verb the reader does not know, and what it is said of: a clause of its own, and a claim, not an aside.
    ['The UN police units are deployed in peacekeeping missions around the world, and Morocco already commands two of those missions', ['supported', 'not_stated']],
    ['Morocco commands two UN missions.', ['not_stated']],
    // A building after a locative and whose it is: where the meeting was, which no article says.
    ['Hammouchi received Zouev at his office.', ['not_stated']],
    ['Hammouchi a reçu Zouev dans son bureau.', ['not_stated']],
    // "that one" stands for the meeting last spoken of, a clause's subject.
    ["Hammouchi didn't meet Shahkar in Rabat, that one was in Marrakech during the Interpol assembly", ['supported', 'supported']],
    // "Also" a post besides those given is not denied by them; their own post said of another organisation is.
    ['Hammouchi is head of both the DGSN and DGST, and he also chairs Interpol', ['supported', 'not_stated']],
    ['Zouev is the deputy head of Interpol', ['contradicted']],
    ["Shahkar c'est le sous-secretaire general chargé de l'etat de droit et aussi chef de la police d'Interpol", ['contradicted']],
    // "the X one", « celle de X » after "and" is the noun said before, at that place: a clause of its own.
    ['The Marrakech communiqué came from the DGSN and the Rabat one from the DGSN-DGST pole', ['supported', 'supported']],
    ['The Rabat meeting was on Dec 1 and the Marrakech one on Nov 26', ['supported', 'contradicted']],
    ["La rencontre de Rabat c'était le 1er décembre et celle de Marrakech le 25 novembre", ['supported', 'supported']],
    ['Les deux rencontres étaient avec des responsables onusiens, mais celle de Rabat portait sur le terrorisme', ['supported', 'supported']],
    // Days before or after an event's edge are counted from the one meeting meant to that edge, when the record gives it.
    ['Shahkar met Hammouchi two days before the end of the Interpol assembly', ['supported']],
    ["Shahkar a vu Hammouchi trois jours avant la fin de l'AG", ['contradicted']],
    ['The Zouev meeting took place 4 days after the Interpol GA wrapped up', ['supported']],
    ['Shahkar met Hammouchi two days after the start of the Interpol assembly', ['not_stated']],
    ['Zouev met Hammouchi two weeks after the Interpol meeting with Shahkar', ['contradicted']],
    // A post after a name and a comma is said of that name, not a claim of its own that someone holds it.
    ["Hammouchi a reçu à Rabat Zouev, chef de la police de l'ONU", ['contradicted']],
    ["Hammouchi a reçu à Rabat Zouev, sous-secrétaire général de l'ONU chargé de l'État de droit", ['contradicted']],
    ['Hammouchi received Zouev in Rabat, the UN police chief.', ['contradicted']],
    ["Hammouchi a reçu à Marrakech Shahkar, chef de la police de l'ONU", ['supported']],
    ["Shahkar est sous-secrétaire général de l'ONU chargé de l'État de droit", ['supported']],
    ['Hammouchi is both national police chief (DGSN) and head of the DGST', ['supported']],
    // "he" before a passive verb is the one it was done to.
    ['Hammouchi a reçu Shahkar. Il a été reçu par Hammouchi à Marrakech.', ['supported', 'supported']],
    ['Shahkar met Hammouchi on Tuesday, and then he was received by the King', ['supported', 'not_stated']],
    // Check z25's first run: "the 25th", a day said with its ordinal ending, was read as a number, and the end of the
    // assembly confirmed (it ran until the 27th); a region someone is said to have visited is where he went, not the
    // Sahel his meeting spoke of.
    ['Interpol GA wrapped up on the 25th, the day Shahkar met Hammouchi', ['contradicted']],
    ['Interpol GA wrapped up on the 27th', ['supported']],
    ['Zouev a aussi visité le Sahel après Rabat', ['not_stated']],
    ['Zouev visited the Sahel', ['not_stated']],
    ['Zouev visited Morocco', ['supported']],
    // A building said with what kind it is, "at the (Marrakech) police headquarters": not the Menara Gardens, where
    // the meeting was (z25's first run: the ideas "police" and "headquarters" were read as topics, and confirmed).
    ['Shahkar met Hammouchi at the police headquarters', ['contradicted']],
    ['The DGSN communiqué says Shahkar met Hammouchi at the Marrakech police headquarters', ['contradicted']],
    ['they discussed support for police units at headquarters', ['supported']],
    // A cleft goes on past the commas around where: Syria was discussed in Rabat, with Zouev (z25's first run: the
    // clause after « que » was checked alone, and confirmed). What the cleft puts first is the one place and person it
    // happened at and with: the articles put it in Rabat, with Zouev, so the claim is contradicted (round 21).
    ["C'est avec Shahkar, à Marrakech, que Hammouchi a parlé de la Syrie et de l'Afghanistan", ['contradicted']],
    ['It was with Shahkar, in Marrakech, that Hammouchi talked about Syria', ['contradicted']],
    ["C'est avec Zouev, à Rabat, que Hammouchi a parlé de la Syrie", ['supported']],
    // When a communiqué came out, no article says (z25's first run: the issuer was checked, and the day dropped).
    ['Le communiqué de la DGSN sur Shahkar a été publié le 30 novembre', ['not_stated']],
    ['The DGSN communiqué was released on 30 November', ['not_stated']],
    ['The DGSN published a communiqué about the Marrakech meeting', ['supported']],
    // A place after what someone asked for is where that would be, not where the asking was (z25's first run: ❌).
    ['The UN asked Morocco to set up a training centre for UN police in Rabat', ['not_stated']],
    ['Shahkar asked Hammouchi to open an office in Rabat', ['not_stated']],
    ["Shahkar a demandé au Maroc d'ouvrir un centre à Rabat", ['not_stated']],
    // When someone took up his post, no article says; "in 2023" is no day of a meeting (z25's first run: ❌).
    ['Faisal Shahkar is the UN Assistant Secretary-General for the Rule of Law. He got the job in 2023.', ['supported', 'not_stated']],
    ['Zouev a été nommé en 2025', ['not_stated']],
    // Less cooperation is the opposite of the stronger cooperation Shahkar conveyed the wish for.
    ['Shahkar said the UN Secretary-General wants less cooperation with Moroccan police', ['contradicted']],
    // Someone somewhere on the day the articles have them at a meeting in another city: denied; on another day, or in a
    // month, the articles do not account for it.
    ['Shahkar came to Rabat on 25 November', ['contradicted']],
    ['Zouev visited Marrakech le 1er décembre', ['contradicted']],
    ['Shahkar was in Rabat in November', ['not_stated']],
    ['Shahkar flew to Rabat on 26 November', ['not_stated']],
    // A rank: "the first visit" is the earliest of the meetings (Shahkar's, 25 November; Zouev's was 1 December);
    // "the first UNOCT visit of the year", a rank among visits no article counts (check z24's first run: it got ✅).
    ['The first visit was by Shahkar', ['supported']],
    ['it was the first UNOCT visit of the year', ['not_stated']],
    ['the first visit was by UNOCT', ['not_stated']],
    ["c'était la première visite de l'UNOCT cette année", ['not_stated']],
    // "Not true that…" denies what follows; it is no aside to set apart.
    ['Not true that the Rabat meeting was about sports events', ['contradicted']],
    ['Pas vrai que la rencontre de Rabat portait sur le sport', ['contradicted']],
    // A superlative no article gives ("the most important partner"); what they say ("essential and reliable") holds.
    ["Le communiqué de la DGSN-DGST dit que le Maroc est le partenaire le plus important de l'ONU", ['not_stated']],
    ['Morocco is an essential and reliable partner of the UN', ['supported']],
    // With no verb, someone said to be at an organisation is one of its people; "at the O venue" is a place there.
    ['Hammouchi is his counterpart at the UN', ['contradicted']],
    ["Zouev est à l'ONU", ['supported']],
    // A cleft names the one who spoke; in a meeting where the other one said it, that is the wrong one.
    ["C'est Hammouchi qui a parlé de priver les groupes terroristes de financement", ['contradicted']],
    ['It was Hammouchi who talked about cutting off terrorist funding', ['contradicted']],
    ["C'est Zouev qui a parlé de priver les groupes terroristes de financement", ['supported']],
    // "according to A": the words must be A's; the communiqué's are not.
    ['According to Zouev, Morocco is a reliable partner of the UN', ['not_stated']],
    ["Selon Zouev, le Maroc est un partenaire fiable de l'ONU", ['not_stated']],
    ['According to Zouev, the Moroccan experience in fighting terrorism is important', ['supported']],
    ['Les policiers marocains ont une expérience opérationnelle, selon Shahkar', ['supported']],
    // "first B, then C" after the meetings: each guest stands for their meeting, not for one they shared.
    ["les deux rencontres ont eu lieu en 2025, d'abord Shahkar puis Zouev", ['supported', 'supported']],
    ["les deux rencontres ont eu lieu en 2025, d'abord Zouev puis Shahkar", ['supported', 'contradicted']],
    // « il a été reçu », with no "by": "il" is the one received; « est venu » is no passive, and its negation is read once.
    ["Shahkar est à l'ONU. Il a été reçu mardi à Marrakech.", ['supported', 'supported']],
    ['Shahkar works for the UN. He was received on Tuesday in Marrakech.', ['supported', 'supported']],
    ["Shahkar n'est pas venu à Rabat", ['not_stated']],
    ["Zouev n'est pas venu à Rabat", ['contradicted']],
    // "over when B came": the event ended by the day of B's meeting, not on it.
    ['the Interpol GA had finished when Zouev was received in Rabat', ['supported']],
    ["l'AG d'Interpol était terminée quand Zouev est venu à Rabat", ['supported']],
    ['the Interpol GA was over when Shahkar met Hammouchi', ['contradicted']],
    // "before the O assembly closed": the event's own verb says which edge; a later clause with its own span is not measured from it.
    ['Shahkar was received on 25 November, two days before the Interpol assembly closed', ['supported']],
    ["Hammouchi a reçu Shahkar deux jours avant la clôture de l'AG d'Interpol, et Zouev six jours plus tard", ['supported', 'supported']],
    ["Hammouchi a reçu Shahkar deux jours avant la clôture de l'AG d'Interpol, et Zouev dix jours plus tard", ['supported', 'contradicted']],
    // « pas à X mais à Y », « et non à X »: a place denied once, the other one said.
    ["La rencontre avec Zouev n'était pas à Marrakech mais à Rabat.", ['supported']],
    ["La rencontre avec Zouev n'était pas à Rabat mais à Marrakech.", ['contradicted']],
    ['Hammouchi a reçu Zouev à Rabat, et non à Marrakech.', ['supported']],
    ['Hammouchi a reçu Zouev à Marrakech, et non à Rabat.', ['contradicted']],
    // "the units C spoke of are at Z": where the thing spoken of is, not where it was said.
    ['the UN police units Shahkar spoke of are at the New York headquarters and in peacekeeping missions', ['supported']],
    ["les unités de police de l'ONU dont parlait Shahkar sont au siège de New York", ['supported']],
    ['what Shahkar said was in Rabat', ['contradicted']],
    // "that" before "the", after no verb, opens a clause; it is not "that meeting".
    ['I heard that the Horn of Africa came up in the Rabat talks', ['supported']],
    ['Cool that the Horn of Africa came up in the Rabat talks', ['supported']],
    // One of a group no article names anyone in: only where a fact of their meeting counts it among the group's.
    ['Shahkar came to Marrakech as one of the heads of delegation', ['supported']],
    ['Zouev was one of the heads of delegation at the Interpol assembly', ['not_stated']],
    ['Zouev is the UN Secretary-General', ['contradicted']],
    // "the 25th was a Tuesday and the 1st a Monday": a day said after "and" is a claim of its own.
    ["Le 25 novembre c'était un mardi et le 1er décembre un lundi", ['supported', 'supported']],
    ["Le 25 novembre c'était un mardi et le 1er décembre un mardi", ['supported', 'contradicted']],
    // "…had already ended by then": as of the day of the meeting just named.
    ['Zouev met Hammouchi on 1 December, and the Interpol assembly had already ended by then', ['supported', 'supported']],
    ['Shahkar met Hammouchi on 25 November, and the Interpol assembly had already ended by then', ['supported', 'contradicted']],
    // "…talked about X, but not Y": a place denied after anything talked of is denied of the talks.
    ["à Rabat, ils ont discuté de la sécurisation des grands événements sportifs, mais pas de l'Afghanistan", ['supported', 'contradicted']],
    ['in Rabat they talked about preventing violent extremism, but not about Syria', ['supported', 'contradicted']],
    // The one meeting named, with someone said to be in it who was not: "Marrakech meeting: A and B", "between A and B".
    ['Marrakech meeting: Hammouchi and Zouev.', ['contradicted']],
    ['Rabat meeting: Hammouchi and Zouev.', ['supported']],
    ['The Marrakech meeting was between Hammouchi and Zouev', ['contradicted']],
    ["la rencontre de Rabat était entre Hammouchi et Zouev", ['supported']],
    // "…, and B came six days later": after the meeting just named, not only six days from it.
    ['Zouev met Hammouchi on 1 December, and Shahkar came six days later', ['supported', 'contradicted']],
    ['Shahkar met Hammouchi on 25 November, and Zouev came six days later', ['supported', 'supported']],
    // "B was at O", of an organisation that holds an event: perhaps at the event, which the articles do not say of B.
    ["Zouev wasn't at Interpol", ['not_stated']],
    ['Zouev is from Interpol', ['contradicted']],
    ["Hammouchi est à l'ONU", ['contradicted']],
    // "that's the gist of the X piece": a word about an article, set aside; the claim before it is checked.
    ["Hammouchi received Zouev in Rabat, that's the gist of the Rabat piece", ['supported']],
    // « A, qui dirige la P, a reçu B »: a clause about A after a comma singles no one out, and « a reçu B » is A's too.
    ["Hammouchi, qui dirige la DGSN, a reçu Shahkar à Marrakech", ['supported', 'supported']],
    ["Hammouchi, qui dirige la DGSN, a reçu Shahkar à Rabat", ['supported', 'contradicted']],
    // "X and Y were both mentioned": "both" of the two things talked of, not of the meetings.
    ['Syria and the Sahel were both mentioned in the Rabat talks', ['supported']],
    ['Syria and Ukraine were both mentioned in the Rabat talks', ['not_stated']],
    // "…, the first in X", "first in X then in Y": which of the meetings came first is a claim of its own.
    ["Les deux rencontres ont eu lieu en 2025, la première à Marrakech", ['supported', 'supported']],
    ['the two meetings were in 2025, the first in Rabat', ['supported', 'contradicted']],
    ['Hammouchi saw two UN officials, first in Marrakech then in Rabat', ['supported', 'supported']],
    ['Hammouchi saw two UN officials, first in Rabat then in Marrakech', ['supported', 'contradicted']],
    // "the Y piece says…": what it says must be in that article; the other one's is not its.
    ['the Rabat article says the Interpol GA ends on the 27th', ['not_stated']],
    ['the Marrakech article says the Interpol GA ends on the 27th', ['supported']],
    ["l'article de Rabat dit qu'ils ont parlé de la Syrie", ['supported']],
    // « dans un hôtel de X »: a building, even where the word also asks something.
    ['Shahkar a rencontré Hammouchi dans un hôtel de Marrakech', ['contradicted']],
    // "it was all X": only X, which the list of what was discussed denies; "the very same day", a day no article gives.
    ['in Rabat they discussed Syria, it was all Africa', ['supported', 'contradicted']],
    ['les deux communiqués ont été publiés le jour même', ['not_stated']],
    // « je parle de B », "I mean": the writer's words about their own message, set aside.
    ['Zouev a été reçu à Rabat. Je parle de Zouev hein', ['supported']],
    // Days from an event's end for the meeting a place names, with no one named.
    ['The Menara Gardens meeting took place two days before the Interpol assembly ended', ['supported']],
    ['The Menara Gardens meeting took place five days before the Interpol assembly ended', ['contradicted']],
    // "X because Y": the reason is a claim of its own; "because of" a noun stays with what it explains.
    ['Zouev came to Rabat because Morocco is hosting the 2030 World Cup', ['supported', 'not_stated']],
    ['Zouev est venu à Rabat parce que le Maroc organise la Coupe du monde 2030', ['supported', 'not_stated']],
    ['The UN wants Moroccan police in its missions because of their operational experience', ['supported']],
    // « à son bureau au siège de la P »: one building, said twice, that no article gives for the Y meeting.
    ['Hammouchi a reçu Zouev à son bureau au siège de la DGSN', ['not_stated']],
    ['the UN police units are at HQ in New York', ['supported']],
    // A place said ahead of "they", against the place the claim before named, sets a new scene: whoever met there.
    ['Funny how the UN asked for more cooperation in Marrakech, then in Rabat they discussed coordinating counterterrorism initiatives', ['not_stated', 'supported']],
    ["Bref, à Marrakech c'était police et maintien de la paix, à Rabat c'était antiterrorisme.", ['supported', 'supported']],
    // (With no place before, "they" are those just named, and the place is said of their meeting.)
    ['Hammouchi met Shahkar. In Rabat they talked about cooperation.', ['supported', 'contradicted']],
    // "No U official came…", « Personne n'a reçu… »: said of no one, the verb is denied.
    ['No UN official came to Marrakech.', ['contradicted']],
    ["Personne n'a reçu Zouev.", ['contradicted']],
    // A cleft names who did it; a fact of "the two sides" names the people of its meeting, whom it was not.
    ["c Shahkar qui a parlé de la Corne de l'Afrique avec Hammouchi", ['contradicted']],
    ['it was Shahkar who discussed Syria with Hammouchi', ['contradicted']],
    // (One of the two sides singled out: the facts do not say which of them spoke.)
    ["c'est Zouev qui a parlé de la Corne de l'Afrique avec Hammouchi", ['not_stated']],
    // Places no one meeting can all be at, said of several meetings: one each ("respectively": in the order named).
    ['both UN officials were received by Hammouchi, one in Marrakech and one in Rabat', ['supported']],
    ['Rabat and Marrakech both hosted meetings with UN officials', ['supported']],
    ['the two meetings were in Marrakech and Rabat', ['supported']],
    ['Hammouchi received Zouev and Shahkar in Rabat and Marrakech respectively', ['supported']],
    ['Hammouchi received Shahkar and Zouev in Rabat and Marrakech respectively', ['contradicted']],
    ["Hammouchi a reçu Zouev et Shahkar, respectivement à Rabat et à Marrakech", ['supported']],
    ['Hammouchi met Shahkar in Marrakech and Rabat', ['contradicted']],
    // A place that names the meeting picks it; another place is said of that one, not of another meeting.
    ['La réunion de Rabat a eu lieu dans les Jardins de la Ménara.', ['contradicted']],
    ['The meeting in Rabat took place in the Menara Gardens', ['contradicted']],
    ['La réunion de Marrakech a eu lieu à Rabat', ['contradicted']],
    ['The meetings in Rabat and Marrakech were with UN officials', ['supported']],
    // (Places with nothing joining them are one place, said twice.)
    ['Une réunion a eu lieu à Rabat dans les Jardins de la Ménara', ['contradicted']],
    ['Une réunion a eu lieu à Marrakech dans les Jardins de la Ménara', ['supported']],
    // (Someone new with an auxiliary and words the reader does not know: what he did there is no meeting of the clause before.)
    ["la 93e AG d'Interpol se tenait à Marrakech jusqu'au 27 novembre ; Zouev y a fait un discours.", ['supported', 'not_stated']],
    // A month's short form before a capital ends the sentence; a date that opens one does not.
    ['Shahkar met Hammouchi in Marrakech on Tuesday 25 Nov. Zouev came six days later.', ['supported', 'supported']],
    ['Le 25 nov. Shahkar était à Marrakech.', ['supported']],
    // After a semicolon, when it was and then someone and a verb: a claim of its own, its day counted from the one before.
    ['Hammouchi received Zouev in Rabat on Monday 1 December; the day before he had met Shahkar.', ['supported', 'contradicted']],
    ['Hammouchi received Shahkar on 25 November and Zouev the next day.', ['supported', 'contradicted']],
    ['Hammouchi a reçu Shahkar le 25 novembre ; le lendemain il a reçu Zouev.', ['supported', 'contradicted']],
    // (Not of what no meeting says: leaving, arriving, visiting the next day.)
    ['Zouev a rencontré Hammouchi à Rabat et il est reparti le lendemain', ['supported', 'not_stated']],
    ['Shahkar arrived in Marrakech the day before the meeting', ['not_stated']],
    ['Shahkar a aussi rencontré le roi Mohammed VI le lendemain', ['not_stated']],
    // A year after the coverage's last, in what someone said or agreed, is a plan: no meeting's day denies it.
    ['Morocco and UNOCT agreed to hold joint counter-terrorism exercises in 2026.', ['not_stated']],
    ['Shahkar asked Morocco to deploy 1,000 police officers to UN peacekeeping missions by 2026.', ['not_stated']],
    // (Of a meeting, a wrong year is still wrong.)
    ['Hammouchi received Zouev on 1 December 2026', ['contradicted']],
    // After what someone wants, "both in X and in Y" says where what was spoken of is, not that both meetings were there.
    ['The UN wants to consolidate and support its police units, both in New York and in peacekeeping missions.', ['supported', 'supported']],
    // A meeting noun after a document's "said" is the subject of what it said, not a meeting someone asked for.
    ['The Marrakech statement said the exchanges aim to fight all forms of transnational crime', ['supported']],
    ['Shahkar asked for the meeting', ['not_stated']],
    // After a joiner, "by" and who: who did it next, a claim of its own.
    ["Zouev a été reçu par Hammouchi, puis par le ministre des Affaires étrangères dans l'après-midi.", ['supported', 'not_stated']],
    ['Shahkar was received by Hammouchi, then by Zouev.', ['supported', 'not_stated']],
    // ("respectively" with no list in the claim pairs with people said elsewhere: not checked.)
    ['Both met Hammouchi, in Rabat and Marrakech respectively', ['not_stated']],
    // "represents", « au nom de »: whose someone is, as "works for" says it.
    ['Zouev, qui représente Interpol, a été reçu à Rabat', ['contradicted']],
    ["Zouev est venu au nom de l'ONU", ['supported']],
    ['Shahkar represents the UN', ['supported']],
    ["pendant la réunion de Rabat ils ont parlé du Sahel, et aussi de la Libye et du Mali", ['supported', 'not_stated']],
    // ", not at P headquarters": a building, whose it is before it; what the meeting was not held in.
    ['The Marrakech sit-down was at the Menara, not at DGSN headquarters', ['supported']],
    ['The Marrakech sit-down was at DGSN headquarters, not at the Menara', ['contradicted']],
    // The event's end in the past tense: « se poursuivait jusqu'au ».
    ["l'AG d'Interpol se poursuivait jusqu'au 27 novembre", ['supported']],
    ["l'AG d'Interpol se poursuivait jusqu'au 28 novembre", ['contradicted']],
    // An order of two meetings with nothing else said is checked.
    ['the two meetings were in 2025, first Zouev then Shahkar', ['supported', 'contradicted']],
    ["les deux rencontres étaient en 2025, d'abord Shahkar puis Zouev", ['supported', 'supported']],
    // A title said past a word the reader does not know (perhaps the verb) is not said of the one named before.
    ["Shahkar était accompagné du secrétaire général d'Interpol", ['not_stated']],
    ["Shahkar, secrétaire général d'Interpol", ['contradicted']],
    // "newly appointed", « vient de prendre ses fonctions »: new in the post.
    ['Zouev was the newly appointed USG', ['supported']],
    // « chapeaute », "oversees": heads.
    ["Hammouchi chapeaute à la fois la DGSN et la DGST", ['supported']],
    ['Hammouchi oversees Interpol', ['contradicted']],
    // "the U Secretary-General's envoy": someone else's post, not the Secretary-General said to be B.
    ["Zouev is the UN Secretary-General's special envoy for the Sahel", ['not_stated']],
    ['Zouev is the UN Secretary-General', ['contradicted']],
    // "the meeting with B before the X one": the person a meeting is named by stands for it in an order.
    ['the meeting with Zouev came before the Marrakech one', ['contradicted']],
    ['the meeting with Shahkar came before the Rabat one', ['supported']],
    // "…during his working visit": someone's occasion is what any fact of the meeting says.
    ["Zouev wanted to learn from Morocco's counter-terror experience during his working visit", ['supported']],
    ["it was Shahkar who wanted to learn from Morocco's counter-terror experience during his working visit", ['contradicted']],
    // "tighten", "beef up": strengthening.
    ['Shahkar wants to tighten cooperation with the DGSN', ['supported']],
    // « Quand A a reçu B à X, … »: a clause of time up front, with no question mark, dates the claim after it.
    ["Quand Hammouchi a reçu Zouev à Marrakech, ils ont parlé du Sahel", ['contradicted']],
    ["Quand Hammouchi a reçu Zouev à Rabat, ils ont parlé du Sahel", ['supported']],
    ['When Hammouchi received Shahkar, they talked about Syria', ['not_stated']],
    // "…, and the Y one four days after it ended": "it", with the event's own verb, is the event named before.
    ['The Marrakech meeting took place two days before the Interpol GA wrapped up, and the Rabat one four days after it ended.', ['supported', 'supported']],
    ['The Marrakech meeting took place two days before the Interpol GA wrapped up, and the Rabat one six days after it ended.', ['supported', 'contradicted']],
    // (A meeting said by a pronoun for one, "the meeting in Y", is a meeting, not a place talked of.)
    ['the meeting in Rabat was four days after the Interpol GA ended', ['supported']],
    // "strengthen the P" is the P's strengthening, which no fact gives; "strengthen cooperation with the P" is said.
    ['Shahkar wants to strengthen the DGSN', ['not_stated']],
    ['Shahkar veut renforcer la police marocaine', ['not_stated']],
    ['Shahkar wants to strengthen cooperation with the DGSN', ['supported']],
    // The opposite of what a fact says, ahead of a negation that does not reach it, stays contradicted.
    ['Zouev described Moroccan CT experience as outdated and said the UN had nothing to learn from it', ['contradicted', 'contradicted']],
    ['Zouev found the experience outdated with nothing to learn from it', ['contradicted']],
    ["Zouev a jugé l'expérience marocaine dépassée, l'ONU n'a rien à en apprendre", ['contradicted', 'contradicted']],
    ["Zouev didn't call the experience outdated", ['supported']],
    // "déjà terminée", "already over": ended by the day said, or by the day of the clause before.
    ["La rencontre de Rabat s'est tenue le lundi 1er decembre 2025, et l'AG d'Interpol etait deja terminee", ['supported', 'supported']],
    ["Hammouchi a reçu Shahkar le 25 novembre, et l'AG d'Interpol était déjà terminée", ['supported', 'contradicted']],
    ['By Dec 1 the Interpol GA was already over', ['supported']],
    ["l'AG d'Interpol était déjà terminée le 26 novembre", ['contradicted']],
    // After "both meetings …:", a clause that names one person says one meeting.
    ['Both meetings were with Hammouchi: Shahkar in Marrakech on Nov 25 and Zouev in Rabat on Dec 1', ['supported', 'supported', 'supported']],
    // The organisation someone is from is not where a place after it stands.
    ['Both received by Hammouchi: Shahkar (UN Police) in Fès and Zouev (counter-terrorism) in Rabat', ['supported', 'contradicted', 'supported']],
    ['Hammouchi hosted Alexandre Zouev from UNOCT in Tangier', ['contradicted']],
    // With no verb and no one, what is named is said of each other: one fact must say it of the body named.
    ['Interpol has its headquarters in New York', ['not_stated']],
    ['UNOCT has its headquarters in New York', ['not_stated']],
    // (…and "its" headquarters are the body's own, which the fact says are the UN's.)
    ['the DGSN has its headquarters in New York', ['not_stated']],
    ["the DGSN's headquarters are in New York", ['not_stated']],
    ['UN police units at the New York headquarters', ['supported']],
    ["the Rabat meeting is part of the DGSN-DGST's commitment to bilateral and multilateral security cooperation", ['supported']],
    // A continent or region a hotspot is in is broader than it (geography curated in places.yaml).
    ['they discussed terror risks in Africa and Asia', ['supported']],
    ['Hammouchi and Zouev discussed terror threats in Africa and the Middle East', ['supported']],
    ["le Maroc est un partenaire essentiel et fiable de l'ONU contre le terrorisme, et son importance ne fait que croitre", ['supported']],
    // A post at an organisation no article names a holder for is not stated; one the articles give someone else is denied.
    ["Hammouchi est le président d'Interpol", ['not_stated']],
    ['Hammouchi dirige aussi la DGED', ['not_stated']],
    ['Zouev is the head of the UN police', ['contradicted']],
    // A place said right after an event is where the event was.
    ['Interpol a organisé sa 93e AG à Casablanca', ['contradicted']],
    // Their languages said to be lacking, where the facts praise their command of several.
    ['Shahkar criticised the Moroccan police for their lack of language skills', ['contradicted']],
    ['Shahkar a pointé les lacunes linguistiques des policiers marocains', ['contradicted']],
    // The order that "then" and "later" claim is checked, whichever joiner says it and wherever "later" stands.
    ['Hammouchi a reçu Zouev, puis une semaine plus tard il a reçu Shahkar à Marrakech', ['supported', 'contradicted']],
    ['Hammouchi met Zouev and then Shahkar', ['supported', 'contradicted']],
    ['Hammouchi met Zouev. A week later he met Shahkar', ['supported', 'contradicted']],
    ['Hammouchi a reçu Shahkar, puis six jours plus tard il a reçu Zouev à Rabat', ['supported', 'supported']],
    // "a week earlier", « plus tôt »: the clause's meeting came first; a round span said with an order is give or take a day.
    ['Hammouchi met Shahkar on Nov 25, and Zouev earlier', ['supported', 'contradicted']],
    ['Hammouchi a reçu Zouev le 1er décembre et Shahkar une semaine plus tôt', ['supported', 'supported']],
    ['Hammouchi received Shahkar on Nov 25 and then Zouev on Dec 1, two UN guys in one week', ['supported', 'supported']],
    // A venue named in the singular is the venue ("au jardin de la Ménara").
    ["l'AG d'Interpol se tient au jardin de la Ménara", ['supported']],
    // "the X one" after a comma, as after "and": the noun said before, in a claim of its own.
    ['The Rabat statement came from the DGSN-DGST pole, the Marrakech one from the DGSN', ['supported', 'supported']],
    ['The Rabat statement came from the DGSN pole, the Marrakech one from the DGSN-DGST', ['contradicted', 'contradicted']],
    // A source said first, « Selon un communiqué de O, … », is a claim of its own: what follows is judged on its own too.
    ["Selon un communiqué du ministère de l'Intérieur, Zouev et Hammouchi ont évoqué la prévention de l'extrémisme violent", ['contradicted', 'supported']],
    // Held "for years": the opposite of the new post the articles give him, and of nothing they say of another's.
    ['Zouev has been UNOCT chief for years', ['contradicted']],
    ['Shahkar has been UN police chief for years', ['not_stated']],
    // "relevant" is said by "important"; "irrelevant", relying "less": the opposite of what the facts say.
    ["Zouev said Morocco's experience wasn't that relevant to international cooperation", ['contradicted']],
    ["Zouev a jugé l'expérience marocaine pertinente", ['supported']],
    ['the UN wants to rely less on Moroccan police in its missions', ['contradicted']],
    // « portait le message », "carried the message": conveying a wish.
    ["Faisal Shahkar a rencontré Hammouchi. Il portait le message du SG de l'ONU", ['supported', 'supported']],
    // Where an idea is (a concept's `at`): the U's headquarters are in New York, said broader or narrower or elsewhere.
    ["le siège des unités de police de l'ONU c'est à Genève", ['contradicted']],
    ['the UN police units they want to support are at the HQ in geneva', ['contradicted']],
    ['the UN HQ is in the United States', ['supported']],
    ['the UN HQ is in Manhattan', ['not_stated']],
    // (…of its owner only: the DGSN's headquarters are another building.)
    ['Zouev met Hammouchi at DGSN headquarters in Rabat', ['not_stated']],
    // "it was X (himself) who met A in Y": when the articles put someone else in that meeting, X is the wrong one.
    ['it was the UN Secretary-General himself who met Hammouchi in Marrakech', ['contradicted']],
    ["c'est le SG de l'ONU lui-même qui a rencontré Hammouchi à Marrakech", ['contradicted']],
    ['it was Shahkar who met Hammouchi in Marrakech', ['supported']],
    ['the UN Secretary-General met Hammouchi', ['not_stated']],
    // « O a organisé son assemblée », "O held its assembly": the event word, the one organisation's own, is its event.
    ['Interpol a organisé son assemblée à Rabat cette année', ['contradicted']],
    ['Interpol held its assembly in Marrakech', ['supported']],
    // « ne dirige que la Q »: only that organisation, as "only runs the Q" (he heads both).
    ['Hammouchi ne dirige que la DGSN', ['contradicted']],
    ['Hammouchi ne dirige que le pôle DGSN-DGST', ['supported']],
    // How good someone is at something, « bon en », "good at": a judgement no fact makes.
    ['le Maroc est bon en antiterrorisme', ['not_stated']],
    ['Morocco is good at counter-terrorism', ['not_stated']],
    ['la DGSN est efficace', ['not_stated']],
    // How a meeting went (« super rencontre », "huge", « se sont bien entendus »): an appraisal no fact makes.
    ['the marrakech meeting was huge', ['not_stated']],
    ["c'était une super rencontre à Marrakech", ['not_stated']],
    ['Hammouchi et Zouev se sont bien entendus', ['not_stated']],
    // A superlative ("the most reliable partner", « le plus fiable »): a ranking the articles never give.
    ["Morocco is the UN's most reliable partner", ['not_stated']],
    ["le Maroc est le partenaire le plus fiable de l'ONU", ['not_stated']],
    // "B, the O guy, …": which organisation B is of, between commas; not someone else met.
    ['Shahkar, the UN counter-terrorism guy, met Hammouchi on Nov 25', ['contradicted']],
    ['Zouev, the UN counter-terrorism guy, met Hammouchi in Rabat', ['supported']],
    // One organisation said to be part of another: only as the knowledge nests them, never from a meeting of their people.
    ["la DGSN fait partie de l'ONU", ['not_stated']],
    ["la police de l'ONU fait partie de l'ONU", ['supported']],
    // How big an organisation is (« une grosse organisation », "a big organisation"): a size no fact gives.
    ['Interpol est une grosse organisation', ['not_stated']],
    ['the UN police is a big organisation', ['not_stated']],
    // How important or powerful someone is: a judgement no fact makes (the importance the facts give is the experience's).
    ['Zouev is an important official', ['not_stated']],
    ["Zouev juge l'expérience marocaine importante", ['supported']],
    // Who organises an event is its record's organiser; a person said to is someone the records never name so.
    ['Hammouchi organised the Interpol General Assembly', ['not_stated']],
    ["L'AG d'Interpol a été organisée par Hammouchi", ['not_stated']],
    // A hedge denied ("I don't think…", « je ne crois pas que… ») denies what follows; "I didn't know" is an aside.
    ["I don't think the SG's message was mentioned", ['contradicted']],
    ["je ne crois pas qu'ils aient parlé du Sahel", ['contradicted']],
    ["je crois pas que Shahkar ait vu Hammouchi", ['contradicted']],
    ["I didn't know Zouev was new", ['supported']],
    // A day of the month said with its weekday and no month ("tuesday 25th") is a day, not an edition's number.
    ['Hammouchi a reçu Shahkar on tuesday 25th', ['supported']],
    ['Hammouchi received Shahkar on Tuesday the 26th', ['contradicted']],
    ['Zouev was received on Monday, 3 days after the GA', ['contradicted']],
    // How long someone stayed (« il reste jusqu'au 30 ») is no event's end, and no record gives it.
    ["Shahkar reste jusqu'au 30 novembre", ['not_stated']],
    // …whatever the stay is bounded by, and whatever verb says it (check z26: « …que Shahkar restera au Maroc jusqu'à la fin
    // de l'AG » got ✅ once a verb of stating stopped hiding it); the day after "until" is no meeting's day.
    ["Shahkar est resté au Maroc jusqu'à la fin de l'AG", ['not_stated']],
    ['Shahkar stayed in Morocco until the end of the GA', ['not_stated']],
    ["Shahkar est resté à Marrakech jusqu'au 27 novembre", ['not_stated']],
    ["Le communiqué de la DGSN précise que Shahkar restera au Maroc jusqu'à la fin de l'AG", ['not_stated']],
    // A title over two bodies joined by "and" is one person's title over both, not a body met (check z26: ❌).
    ['Hammouchi received Shahkar in his capacity as DG of national security and territorial surveillance', ['supported']],
    // A country said of a person with only "is" between is a nationality, which no article gives (check z27: ✅).
    ['Faisal Shahkar is Moroccan', ['not_stated']],
    ['Shahkar est marocain', ['not_stated']],
    // A building visited at a meeting whose building no article names (check z27: ✅).
    ['Hammouchi lui a fait visiter le siège de la DGST', ['not_stated']],
    ['Zouev a visité le siège de la DGST', ['not_stated']],
    // Whose wish it is, the fact must say: Shahkar conveyed the SG's, to Hammouchi (check z27: ✅).
    ["Shahkar conveyed Hammouchi's wish to strengthen ties with the UN", ['not_stated']],
    ["Shahkar conveyed the UN Secretary-General's wish to strengthen cooperation", ['supported']],
    // A year right after a word no record knows is part of a name, not a day to weigh (check z27: ❌).
    ['A Marrakech, Shahkar et Hammouchi ont parlé des JO de Los Angeles 2028', ['not_stated']],
    ["Hammouchi a reçu Shahkar en 2024", ['contradicted']],
    // "It was Z who described X as…" is Z's own describing, not a description by no one named.
    ['It was Zouev himself who described Morocco as an essential and reliable partner', ['not_stated']],
    // Who stood for a body at a meeting named must be at it (check z28: ✅ for Shahkar at the Rabat meeting).
    ['At the Rabat meeting the UN was represented by Faisal Shahkar.', ['contradicted']],
    ['The Rabat meeting happened on Dec 1, and the UN side was represented by Faisal Shahkar.', ['supported', 'contradicted']],
    ['Zouev represented the UN Secretary-General at the Rabat meeting', ['not_stated']],
    // "du 24 au 27 novembre": both days are named; the first, a start no article gives (check z28: ✅).
    ["L'AG d'Interpol se tenait aux Jardins de la Menara, du 24 au 27 novembre.", ['not_stated']],
    // A title after "by" names someone else, not the subject (check z27: ❌).
    ['Hammouchi was accompanied by the head of the DGED', ['not_stated']],
    // What someone will do, the articles never report.
    ['Shahkar restera au Maroc', ['not_stated']],
    // An event's own end is given.
    ["L'AG d'Interpol se poursuit jusqu'au 27 novembre", ['supported']],
    // Someone only a title names, whom no record has, is in none of the meetings "the same week" compares.
    ["Hamouchi a rencontré le patron d'Interpol la meme semaine", ['not_stated']],
    ['Hammouchi a reçu Shahkar et Zouev la même semaine', ['contradicted']],
    // A part of an event ("the GA sessions", « les séances de l'AG »): its hours are no record's, and not the event's end.
    ['Hammouchi met Shahkar after the GA sessions', ['not_stated']],
    ["Hammouchi a reçu Shahkar après les séances de l'AG", ['not_stated']],
    ['Hammouchi met Shahkar after the GA', ['contradicted']],
    // "Pretty sure" is a hedge; "purely about" says only.
    ['pretty sure it was Zouev who praised moroccan cops for speaking a bunch of languages', ['contradicted']],
    ["They didn't talk about sports events at all in Rabat, it was purely about the Sahel", ['contradicted', 'contradicted']],
    // A word after an article that the speller mended into a verb is a noun (« l'accueil », not « accueilli »).
    ["Shahkar a remercié Hammouchi pour l'organisation de l'AG d'Interpol, et il a salué l'accueil marocain.", ['not_stated', 'not_stated']],
    ["Shahkar a salué l'accueil marocain", ['not_stated']],
    // "help" before another verb adds nothing to check; "against", "vs" are grammar, as « contre » is.
    ['Zouev wants to help deprive terrorist groups of safe havens, funding and recruitment pools', ['supported']],
    ['Zouev offered to help with security for the 2030 World Cup', ['not_stated']],
    ['the communiqué du pole DGSN-DGST says Morocco is a partenaire essentiel et fiable for the UN against terrorism', ['supported']],
    ["Zouev a parlé d'empecher les terroristes d'avoir des refuges et des sources de financement", ['supported']],
    // A place the knowledge locates, said to be in another: against its `within` links.
    ['The Menara Gardens are in Rabat', ['contradicted']],
    ['the Menara Gardens are in Marrakech', ['supported']],
    ['The Shahkar meeting took place at the Menara Gardens, which is in Rabat', ['supported', 'contradicted']],
    ["la reunion de marrakech c'etait aux jardins de la menara", ['supported']],
    // Speaking "on behalf of" an organisation, « au nom de », says whose one is: against the speaker's organisations.
    ["Zouev parlait au nom d'Interpol", ['contradicted']],
    ['Zouev spoke on behalf of Interpol', ['contradicted']],
    ["Shahkar a parlé au nom de l'ONU", ['supported']],
    ['Shahkar spoke on behalf of the UN Secretary-General', ['supported']],
    ["Zouev c'est pas nouveau a son poste, ca fait des annees qu'il est la", ['contradicted', 'contradicted']],
    // When someone was appointed (« a été nommé en 2024 ») is something no article gives; not the day of a meeting.
    ['Shahkar a été nommé à ce poste en 2024', ['not_stated']],
    ['Zouev a été nommé en octobre', ['not_stated']],
    // « les 2 parties », "the 2 sides": the two sides, in figures.
    ['a Rabat les 2 parties ont parlé des grands evenements sportifs', ['supported']],
    // "Still in X", « encore à X »: at a time the claim does not pin, which no record gives; with a day, it is checked.
    ["C'etait pas Hammouchi mais son adjoint qui a reçu Zouev, Hammouchi etait encore a Marrakech", ['not_stated', 'not_stated']],
    ['Hammouchi was still in Marrakech on 25 November', ['supported']],
    // A span said with "both" is between their meetings; none is between a meeting and someone only a title names.
    ['both UN guys met Hammouchi within a week', ['supported']],
    ['both UN guys met Hammouchi on the same day', ['contradicted']],
    ["Shahkar also sat down with Interpol's secretary general the same day", ['not_stated']],
    // ", not the police guy" after what someone is: what he is said not to be, not someone else in his place.
    ['fyi Shahkar is the deputy head of the UN counter-terrorism office, not the police guy', ['contradicted', 'contradicted']],
    ['Shahkar is the deputy head of the UN counter-terrorism office, not the UN police chief', ['contradicted', 'contradicted']],
    ["Shahkar est le chef de la police de l'ONU, pas le chef de l'antiterrorisme", ['supported', 'not_stated']],
    // A relative clause past the event's number said again is said of the event, not of the meeting.
    ["le 25 novembre, mardi, Hammouchi reçoit Faisal Shahkar à Marrakech en marge de l'AG d'Interpol, la 93e, qui dure jusqu'au 27", ['supported', 'supported']],
    ['Hammouchi met Shahkar during the Interpol GA, the 92nd, which runs until the 29th', ['contradicted', 'contradicted']],
    // A title is not that of someone who only says which meeting.
    ['i think the head of the Moroccan army sat in on the Zouev meeting too', ['not_stated']],
    // How many were somewhere is a figure no record gives, not the count of a list of what was said.
    ['Around 190 countries were there', ['not_stated']],
    ['4 hotspots were discussed in Rabat', ['supported']],
    // « un ancien de l'ONUDC »: someone who was at an office no article names, not a post that is not new.
    ["Zouev c'est un ancien de l'ONUDC", ['not_stated']],
    ["Zouev est l'ancien chef de l'UNOCT", ['contradicted']],
    // A verb of wishing that opens a clause with no one before it is the writer's own wish.
    ['Both received by Hammouchi. Hope Morocco gets more of these', ['supported']],
    // Denied at one place, "but at" another: the same claim at that place.
    ["Zouev n'a pas rencontré Hammouchi à Marrakech mais à Casablanca", ['supported', 'contradicted']],
    ["Zouev n'a pas rencontré Hammouchi à Marrakech mais à Rabat", ['supported', 'supported']],
    // "his first": someone's own first visit, which no article gives.
    ['Zouev was on a working visit, his first to Morocco', ['supported', 'not_stated']],
    // Words of the knowledge's language files: a short weekday after "on" or before a date in figures, a clipped idea, an aside.
    ['UN police chief in Marrakech on Tue 25/11', ['supported']],
    ['Zouev was received in Rabat on Tue 2/12', ['contradicted']],
    ['fun fact Hammouchi runs both the DGSN and the DGST', ['supported']],
    ['Shahkar a parlé de la qualif des policiers marocains', ['supported']],
    // A region before "it was" is what the meeting was about, not where it was.
    ["le Sahel c'était pas au menu à Rabat", ['contradicted']],
    // At whose request or invitation, after a comma: a claim of its own, which no article settles; "got it" is an aside.
    ['Le DG Hammouchi a reçu Zouev samedi, à la demande du Palais', ['contradicted', 'not_stated']],
    ["Zouev = UNOCT, Shahkar = police de l'ONU. got it", ['supported', 'supported']],
    // A word more said of someone named beside their organisation is checked, not dropped with the organisation.
    ["Le mec de l'ONU, Shahkar, il est pakistanais je crois. en tout cas il a dit que les flics marocains maitrisent plusieurs langues", ['not_stated', 'supported']],
    ['the UN guy, Shahkar, is Pakistani', ['not_stated']],
    // « que » between "was" and a noun, without « ne »: "only" that; the list of Y's talks names more.
    ["a Rabat ils ont pas du tout parlé de la Syrie, c'etait que l'Afrique", ['contradicted', 'contradicted']],
    // A day denied beside the day said: the day said settles it.
    ['la rencontre de Rabat a eu lieu en 2024 non pas en 2025', ['contradicted']],
    ['the Rabat meeting was in 2024 not in 2025', ['contradicted']],
    ['Shahkar a vu Hammouchi le 25 nov pas le 1er dec', ['supported']],
    // "Happened in Y": said of the claim before when it says something done; with nothing done before it, never a ✅.
    ['Hammouchi a reçu Zouev. A eu lieu à Marrakech.', ['supported', 'contradicted']],
    ['Zouev is the new UN counter-terrorism chief. happened in Rabat', ['supported', 'not_stated']],
    ['happened in Rabat', ['not_stated']],
    // After a claim about both meetings, a place and a day each: one claim each.
    ['both meetings were with UN officials and both were in Morocco, Marrakech on Nov 25 and Rabat on Dec 1', ['supported', 'supported', 'supported', 'supported']],
    ['both meetings were in Morocco, Marrakech on Nov 26 and Rabat on Dec 1', ['supported', 'contradicted', 'supported']],
    // A verb right after the comma, no one named after it, is said of the name the clause opens with.
    ['lol the Interpol general assembly in Marrakech was the 94th one, ran till Nov 27', ['contradicted', 'supported']],
    // "which" right after an event, no comma: more said of the event.
    ["Shahkar c'est le chef de la UN police, and he met Hammouchi in Marrakech during the Interpol thing which ended on the 25th", ['supported', 'supported', 'contradicted']],
    // One language only is the opposite of the several the articles praise.
    ["Shahkar a dit que les policiers marocains ne parlent qu'une seule langue", ['contradicted']],
    ['Shahkar said Moroccan cops only speak one language', ['contradicted']],
    // "had to do with", « à voir avec »: what a meeting was about.
    ['the Marrakech meeting had to do with peacekeeping', ['supported']],
    ["la rencontre de Rabat n'avait rien à voir avec le sport", ['contradicted']],
    // A building the articles do not name, said of an event whose venue they name, is another one.
    ['the Interpol GA is being held at the royal palace', ['contradicted']],
    // ", where…" after a place: what is said to be at that place, a claim of its own (not when it says a when of its own).
    ['The Marrakech meeting happened at the royal palace, where the Interpol GA is being held', ['contradicted', 'contradicted']],
    ["Hammouchi a reçu Shahkar aux jardins de la Ménara, où se tient l'AG d'Interpol", ['supported', 'supported']],
    // (The day before the meeting of the 25th the assembly was still going on: it ran until the 27th.)
    ['Hammouchi met Shahkar in the Menara Gardens, where the Interpol GA had wrapped up the day before.', ['contradicted']],
    // A tag that asks and names nothing, after a comma, is an aside: the claim before it is still checked.
    ["Hammouchi et Zouev ont parlé de la Syrie mais pas de l'Afghanistan, weird no?", ['supported', 'contradicted']],
    // "lack", « manquent »: a verb that denies what follows it.
    ['Shahkar said Moroccan officers lack field experience', ['contradicted']],
    // A post at an organisation whose holder no article names is not said, whatever post the articles give; the organisation
    // the post names is the post's to settle, not a membership of its own.
    ['hammouchi is the interpol president btw and he met zouev in rabat', ['not_stated', 'supported']],
    // Meetings some of many — "bilateral meetings with heads of delegations", counted by no article —: more than the records
    // name is not said; fewer is denied.
    ['hammouchi held like 40 bilateral meetings during the interpol GA', ['not_stated']],
    ['hammouchi had only one meeting', ['contradicted']],
    // Days between the meetings, then the two days: one claim each, each a meeting's day whichever the claim before was about.
    ["les 2 rencontres ont eu lieu à moins d'une semaine d'écart, 25 nov et 1er déc", ['supported', 'supported', 'supported']],
    ["les 2 rencontres ont eu lieu à moins d'une semaine d'écart, 25 nov et 2 déc", ['supported', 'supported', 'not_stated']],
    // A name and then a bare verb, a "no" or a tag, after a claim: that claim said again of the name, never a claim that
    // the name is in the articles.
    ["Zouev is new in the job, Shahkar isn't", ['supported', 'not_stated']],
    ['Zouev est nouveau à son poste, Shahkar non', ['supported', 'not_stated']],
    ["Shahkar talked about peacekeeping, Zouev didn't", ['supported', 'not_stated']],
    ['Shahkar was received by Hammouchi, Zouev was too', ['supported', 'supported']],
    // A word the language profile lists is known as it is typed: "esp" (especially) is no misspelt "sep", a month.
    ['the goal of the Marrakech meeting is to fight all forms of transnational crime, esp drug trafficking', ['supported', 'not_stated']],
    // What will be, said after what was, is a claim of its own: the assembly's end is checked alone.
    ["Interpol GA 2025 in Marrakech ends Nov 27, and next year's will be in Lyon", ['supported']],
    // A clause joiner that ends the sentence joins nothing: "though" at the end is the writer's.
    ["Zouev didn't mention Afghanistan though", ['contradicted']],
    // « ça c'est C » after a denial of one person: C is who the denied clause holds of instead — « A n'est pas le SG
    // adjoint…, ça c'est C » says C is, which the articles deny (never "the meeting", confirmed by any meeting C was in).
    ["Shahkar n'est pas le SG adjoint du bureau antiterroriste, ça c'est Hammouchi", ['supported', 'contradicted']],
    ["Shahkar n'est pas le SG adjoint du bureau antiterroriste, ça c'est Zouev", ['supported', 'supported']],
    // « ça c'est C » alone, after no denial: a pronoun the clause does not tie to anything; set aside.
    ["Shahkar est le chef de la police de l'ONU, ça c'est sûr", ['supported']],
    // "it wasn't A …, it was B": B in A's place, where the clause before placed A.
    ["nn c'était pas Zouev à Marrakech, c'était le chef de la police de l'ONU, Faisal Shahkar, et c'était un lundi", ['supported', 'supported', 'contradicted']],
    ["non c'était pas Shahkar à Rabat, c'était Zouev", ['supported', 'supported']],
    // A cleft that denies who did it, then who did: « ce n'est pas A qui…, c'est B ».
    ["ce n'est pas Zouev qui a reçu Shahkar, c'est Hammouchi", ['supported', 'supported']],
    ["it wasn't Hammouchi who met Shahkar", ['contradicted']],
    // Run on with no punctuation: a pronoun and its verb open a claim of their own.
    ['hammouchi a reçu zouev ils ont parlé de la coupe du monde', ['supported', 'not_stated']],
    ["c'était pas une visite de travail c'était des vacances", ['contradicted', 'contradicted']],
    // (…not after a verb of saying: "told A he wanted…" is what he said.)
    ["Zouev told Hammouchi he wanted to learn about Morocco's experience", ['supported']],
    // "everything but Z": Z was not.
    ["ils ont parlé de tout sauf des organisations terroristes", ['contradicted']],
    // A list going on after a comma with names no article uses: partly unstated.
    ['talks on the Sahel, Syria, Afghanistan, Yemen and Iraq', ['supported', 'not_stated']],
    // "mostly": which topic came first, the articles never rank.
    ['they discussed Syria mostly', ['not_stated']],
    // « le nombre de X », "the number of X": a figure no record gives, whatever the verb; « compter sur » is no count.
    ['ils ont pas évoqué le nombre de policiers', ['not_stated']],
    ["L'ONU veut compter sur les policiers marocains dans ses missions", ['supported']],
    // The writer's own doing, after a comma, is set aside: « je l'ai vu sur 2M » is no claim of the coverage.
    ['Hammouchi a reçu Zouev le 1er décembre à Rabat, je l\'ai vu sur 2M', ['supported']],
    ['hi all, the UN police chief met hammouchi in marrakech on nov 25', ['supported']],
    // (A post then « c'est C » is one claim: who holds the post.)
    ["Le chef de la police de l'ONU, c'est Zouev, pas Shahkar", ['contradicted', 'contradicted']],
    // "little", « peu de »: what is said to be scant is denied; the article praises their « expérience opérationnelle ».
    ["les policiers marocains ont peu d'expérience opérationnelle d'après Shahkar", ['contradicted']],
    ['shahkar said moroccan officers had little experience', ['contradicted']],
    // "from the U not from the O": the issuer after "not", its preposition said again, is the one denied. The Rabat
    // account rests on « un communiqué du pôle DGSN-DGST ».
    ['the Rabat communiqué came from the UN not from the DGSN-DGST', ['contradicted']],
    ['the Rabat communiqué came from the DGSN-DGST not from the UN', ['supported']],
    // « B reçu un mardi » is passive: a day after the participle.
    ['shahkar recu un mardi', ['supported']],
    ['zouev reçu un mardi', ['contradicted']],
    // Whom someone took over from is never given; not another organisation he works for.
    ['Zouev took over from Vladimir Voronkov', ['not_stated']],
    // A country's "role" in something is something no fact gives.
    ["Morocco's role in the Horn of Africa is important", ['not_stated']],
    // Days from the assembly's end, for the one meeting the place and day leave.
    ['Hammouchi saw a UN official in Rabat in early December, a week after the Interpol assembly ended', ['contradicted']],
    ['Hammouchi saw a UN official in Rabat in early December, four days after the Interpol assembly ended', ['supported']],
    // "Both", of no one, after claims about people: which two is not clear (it was the meetings' guests).
    ['Zouev is the new UNOCT deputy and Hammouchi is his counterpart at the UN, both work for the UN', ['supported', 'contradicted', 'not_stated']],
    // One said to be the other is a claim, and "et il est…" after it one of its own.
    ["Le chef de la police de l'ONU c'est Faisal Shahkar et il est aussi sous-secrétaire général chargé de l'État de droit", ['supported', 'supported']],
    ['Shahkar dirige le bureau antiterroriste', ['contradicted']],
    // A name said first, then a pronoun that takes it up (« l'AG … elle s'est finie »): the name's claim; « l'a », done to
    // someone, with no one before, stays unclear.
    ["l'AG d'Interpol à Marrakech elle s'est finie le 30 novembre", ['contradicted']],
    ["Hammouchi l'a reçu à Rabat", ['not_stated']],
    // A post after the one who received, not the one received; and a second body of that post, not someone received.
    ["À Marrakech, Shahkar a été reçu par Hammouchi, patron de la DGSN et de la DGST.", ['supported']],
    ["Faisal Shahkar was received in Marrakech by Abdellatif Hammouchi, head of Morocco's national security and territorial surveillance", ['supported']],
    ['Hammouchi received Zouev, head of the UN police', ['contradicted']],
    ["Hammouchi, head of Morocco's police, received Zouev", ['not_stated', 'supported']],
    ['Hammouchi received Shahkar at the Menara Gardens, where the Interpol GA was taking place, on 26 November', ['contradicted']],

    // A cheer before a comma or a flag is set aside, the claim after it checked; "after", last, is after the event just said.
    ['kudos to the DGSN, Hammouchi met Shahkar in Marrakech', ['supported']],
    ["Franchement bravo la DGSN 🇲🇦🇲🇦 l'AG d'Interpol à Marrakech s'est terminée le 27 novembre, et la rencontre Zouev était après", ['supported', 'supported']],
    ["l'AG d'Interpol s'est terminée le 27 novembre, et la rencontre avec Shahkar était après", ['supported', 'contradicted']],
    // "…, then B": B's meeting is said to come after the one just said.
    ['Hammouchi received Zouev on December 1, then Shahkar', ['supported', 'contradicted']],
    ['Hammouchi a reçu Shahkar le 25 novembre, puis Zouev', ['supported', 'supported']],
    // "he", with no one before, is someone of the meeting last talked of, not anyone the articles quote.
    ['The Rabat meeting was on Monday. He praised Moroccan police languages.', ['supported', 'not_stated']],
    ['The Marrakech meeting was on Tuesday. He says the UN SG wants stronger cooperation with Morocco’s Sûreté nationale.', ['supported', 'supported']],
    // « c'est C qui l'a dit »: « l' » is what was said, and the cleft says who — Shahkar said it, not Zouev.
    ["l'ONU veut s'appuyer sur les policiers marocains dans ses missions de maintien de la paix, et c'est Zouev qui l'a dit", ['supported', 'contradicted']],
    // (What someone is said to have said is the clause before; no one is quoted saying a meeting took place.)
    ["Hammouchi a reçu Zouev, c'est Shahkar qui l'a dit", ['supported', 'not_stated']],
    // "there" after a clause with no place but one event is that event; no article puts Zouev at the assembly.
    ['Hammouchi hosted Shahkar on Tuesday Nov 25, during the Interpol GA that runs until Nov 27, and Zouev was there too', ['supported', 'not_stated']],
    // (The day right after the event's own verb is the event's; a day past a comma may be the meeting's: it was on the 25th.)
    ['Hammouchi received Shahkar at the Menara Gardens, where the Interpol GA was taking place, on 26 November', ['contradicted']],
    // People of one's own brought along are more people at the meeting, whom no record lists.
    ['Shahkar a rencontré Hammouchi avec toute sa délégation', ['not_stated']],
    // « pas sur l'X » is "not about X" — the Rabat talks named Afghanistan; « pas sur » alone is still "not sure".
    ["à Rabat, la rencontre a porté sur les foyers de tension mais pas sur l'Afghanistan", ['supported', 'contradicted']],
    ["pas sur mais je crois qu'ils se sont vus à Rabat", ['supported']],
    // "one of them", "another": the claim before, said of that person in the group's place.
    ['Hammouchi met the heads of delegations at the Interpol GA in bilateral meetings, Shahkar being one of them, and Zouev was another', ['supported', 'supported', 'contradicted']],
    // "the U guy was B": the one the claim before spoke of by a noun, now named.
    ['the DGSN met with a UN guy in Marrakech on the 25th, and the UN guy was Zouev', ['supported', 'contradicted']],
    ['the DGSN met with a UN guy in Marrakech on the 25th, and the UN guy was Shahkar', ['supported', 'supported']],
    // What a short name stands for is its full name as the articles write it (« Direction générale de la Sûreté
    // nationale (DGSN) »), or it is wrong — not confirmed because some of its words are in a fact.
    ['DGSN stands for general directorate of national services', ['contradicted']],
    ['the DGSN stands for General Directorate for National Security', ['supported']],
    ['DGSN ça veut dire direction générale de la sûreté nationale, et hammouchi la dirige depuis 2015', ['supported', 'not_stated']],
    ['la DGSN ne veut pas dire direction générale des services nationaux', ['supported']],
    ["the DGSN doesn't stand for General Directorate for National Security", ['contradicted']],
    // (No one says how many came with Shahkar: a number after a noun and "of" is a figure the claim states.)
    ['the UN police chief brought a delegation of 10', ['not_stated']],
    // An example is one more thing said: no article names a cup ("for example" opens a claim of its own; "like", which
    // may be a hedge — "like 40 meetings" — stays in the claim, which an article said to speak of topics no longer confirms).
    ['the two sides discussed securing major sports events, for example the africa cup', ['supported', 'not_stated']],
    ['the rabat piece says the two sides discussed expanding counter-terror initiatives to cover securing major sports events, like the africa cup', ['not_stated']],
    // "B said the same": the clause before, said by B — Shahkar is not quoted on Morocco being a reliable partner.
    ['the communique says morocco is an essential and reliable partner in UN counter-terror efforts, and shahkar said the same in marrakech', ['supported', 'not_stated']],
    ["Shahkar a salué l'expérience des policiers marocains, et Zouev a dit la même chose", ['supported', 'not_stated']],
    // "the assembly": the one event the coverage calls an assembly (held in Marrakech, until 27 November); "a press
    // conference" is no assembly, even though the assembly is also called "Interpol conference".
    ['the assembly is being held in rabat and it wraps up on nov 27', ['contradicted', 'supported']],
    ['the Rabat meeting was followed by a press conference', ['not_stated']],
    // « elle », after the assembly and no one else, is the assembly, claim after claim.
    ["l'AG d'interpol a commencé le 24 novembre, elle se tient a marrakech et elle se termine le 27 novembre", ['not_stated', 'supported', 'supported']],
    // A day said of an article as when it was written: no fact quotes a date line (the Marrakech article has none);
    // "l'article du 1er décembre" says which article, and claims nothing.
    ["l'article est daté du 25 novembre", ['not_stated']],
    ['the marrakech article was published on nov 26', ['not_stated']],
    ["l'article du 1er décembre parle de Zouev", ['supported']],
    // A cleft naming a country as the one who asked: the articles have the UN Secretary-General's wish conveyed by Shahkar.
    ['it was morocco that asked the UN for more cooperation in marrakech', ['contradicted']],
    ["c'est le maroc qui a demandé plus de coopération à l'onu", ['contradicted']],
    ["c'est l'onu qui a demandé plus de coopération au maroc", ['supported']],
    // "requested by K" after a passive verb: K is who asked; what was asked for is the meeting, which no one is said to have asked for.
    ['the meeting was requested by morocco', ['not_stated']],
    ['la rencontre a été demandée par le maroc', ['not_stated']],
    // A quality of someone's post their role does not carry is not stated (the articles call Zouev new, not Shahkar); a
    // field their post does not have is denied (Shahkar is in charge of the rule of law).
    ["shahkar est le nouveau chef de la police de l'onu", ['not_stated']],
    ['Shahkar est le sous-secrétaire général aux opérations de paix', ['contradicted']],
    // A place beside an article noun names the article, past a relative and when a link of it is named too: the
    // assembly is not said to be in Rabat. The Rabat page does print a « Lire aussi » link about the 93rd assembly
    // (kept as a link paragraph); the Marrakech page prints none.
    ["the rabat piece has a 'read also' link about interpol's 93rd GA", ['supported']],
    ["the marrakech piece has a 'read also' link about interpol's 93rd GA", ['not_stated']],
    // « ni A ni B »: a denial of both, which the articles contradict.
    ["ni Zouev ni Shahkar n'ont rencontré Hammouchi", ['contradicted']],
    // "it", after a clause about the assembly, is the assembly; who hosted it no article says.
    ['I think the Interpol assembly was held in Rabat, Hammouchi hosted it', ['contradicted', 'not_stated']],
    ["hammouchi a accueilli l'AG d'interpol", ['not_stated']],
    // "missed A", « a raté A »: not meeting A, which the articles deny of those they show together; with no one after it,
    // « ceux qui ont raté » is no verb of the claim.
    ['zouev a raté hammouchi', ['contradicted']],
    ['shahkar missed hammouchi', ['contradicted']],
    ['Petit résumé pour ceux qui ont raté : le 2 décembre à Rabat, Hammouchi a reçu Alexandre Zouev', ['contradicted']],
    // Laughter parts what follows: "i can't keep track" is the writer's, its negation no part of the claim before.
    ["the zouev meeting happened on a sunday and the shahkar one on a wednesday lmao i can't keep track", ['contradicted', 'contradicted']],
    // "they met", after a clause naming two people the articles never show together, is those two.
    ["shahkar et zouev ont parle de la corne de l'afrique, et ils se sont vus a marrakech", ['not_stated', 'not_stated']],
    // Heading a field is a post of that field: the UN police's definition names peacekeeping missions, Shahkar's post does not.
    ['shahkar heads UN peacekeeping', ['not_stated']],
    // Somewhere on a day no meeting of theirs accounts for: people travel. Where their own meeting was, another day is wrong.
    ['zouev was in new york on dec 3', ['not_stated']],
    ['Shahkar was in Marrakech on the 24th', ['contradicted']],
    // A cheer before a comma leaves the claim after it to be checked.
    ['bravo, hammouchi met zouev in rabat', ['supported']],
    // A second place talked of, after "and", is talked of too: what is denied after it is checked (check z38: ✅ for the Horn
    // of Africa, which the Rabat article names).
    ["l'article de rabat parle de terrorisme au sahel et au sahara, mais pas de la corne de l'afrique", ['supported', 'contradicted']],
    // What one side said is theirs: the other "talked about it" is not stated (check z38: ✅); both talking of it still holds.
    ["c'est hammouchi qui a vanté la maitrise des langues des policiers marocains, et il a aussi parlé de leur expérience opérationnelle", ['contradicted', 'not_stated']],
    ["hammouchi a parlé de l'expérience des policiers marocains", ['not_stated']],
    ["shahkar a parlé de l'expérience des policiers marocains", ['supported']],
    ["hammouchi et shahkar ont parlé de l'expérience des policiers marocains", ['supported']],
    // The organising of an event is no body, and nothing a fact says was praised (check z38: ✅).
    ["shahkar a exprimé la volonté de l'onu de renforcer le partenariat avec la police marocaine et il a salué l'organisation de l'AG", ['supported', 'not_stated']],
    // "the one with C at the same venue": shared with the meeting before; 25 November and 1 December are no same day (check z38: ✅ both).
    ['the meeting in marrakech took place at the menara gardens on the 25th and the one with zouev at the same venue', ['supported', 'contradicted']],
    ['la rencontre avec shahkar était le 25 et celle avec zouev la même semaine', ['supported', 'contradicted']],
    ['hammouchi met shahkar in marrakech and zouev in rabat, both UN officials, on the same day', ['supported', 'supported', 'contradicted']],
    // Who someone is, said beside where they were: the place is judged too (it was ✅ on the post alone).
    ['Shahkar, from the UN police, was in Rabat', ['not_stated']],
    ['Zouev, the UN counterterrorism guy, was in Marrakech', ['not_stated']],
    ['Zouev, from the UN police, was in Rabat', ['contradicted']],
    ['Zouev, from the UN counterterrorism office, was in Rabat on a working visit', ['supported']],
    ['Zouev, from the UN counterterrorism office, was in Rabat on a holiday', ['contradicted']],
    // "…, but only Y": the clause before, then the same said to be all there was, each checked.
    ['hammouchi and zouev discussed coordinating counterterrorism initiatives, but only at the national level', ['supported', 'not_stated']],
    ['ils ont parlé du sahel, mais seulement du sahel', ['supported', 'contradicted']],
    ['Zouev came to Rabat on a vacation trip and just dropped by on a sunday', ['contradicted', 'contradicted']],
    // "A said nothing" is a claim, not an attribution of the clause before.
    ['zouev said moroccan experience was important for international cooperation, hammouchi said nothing', ['supported', 'not_stated']],
    // "says that A, and that B": a second thing the same verb of saying says, checked on its own (not "mostly" of the first).
    ["le communiqué de rabat dit que le maroc est un partenaire essentiel et fiable, et que c'est le premier partenaire de l'onu en afrique", ['supported', 'not_stated']],
    ["le communiqué conclut que le maroc est un partenaire essentiel et fiable 💪 mais que son importance diminue", ['supported', 'contradicted']],
    ['shahkar said moroccan officers are mostly deployed in africa and that their qualification level is high', ['not_stated', 'supported']],
    // A list of what was talked about with one name no article uses is not stated as a whole (check z39: ✅ on the rest).
    ['hammouchi and zouev talked about the sahel, syria and yemen apparently', ['not_stated']],
    // "his meeting", after a clause about C, is C's (check z39: ✅ for Shahkar's meeting).
    ['zouev is the UN police chief and his meeting with hammouchi was in marrakech', ['contradicted', 'contradicted']],
    // A place denied of what is said, with no one named: the same said there (check z39: ✅ for the headquarters the article names).
    ["les unités de police de l'onu sont déployées dans les missions de maintien de la paix, mais pas au siège de new york", ['contradicted']],
    ["les unités de police de l'onu sont dans les missions mais pas à rabat", ['not_stated']],
    // « c'est la qu'… », « la » typed for « là »: the place the clause before named (check z39: ✅ with the place lost).
    ["la 93e AG d'interpol se tenait a rabat, c'est la qu'hammouchi a recu shahkar", ['contradicted', 'contradicted']],
    // "that", after the communiqué's words, is theirs: Zouev saying it is not stated (check z39: ✅).
    ["The Rabat communiqué says the meeting reflects Morocco's growing importance as an essential and reliable partner in UN counter-terrorism efforts. zouev said that himself", ['supported', 'not_stated']],
    // A place alone after a clause that names none, parted by a hedge, is where that was (check z39: ✅ as where some meeting was).
    ["la rencontre avec zouev c'était un mardi, a marrakech si je me souviens bien", ['contradicted']],
    // A greeting is set aside.
    ['morning all ☕ hammouchi met zouev in rabat', ['supported']],
  ];
  it.each(table)('%s', (text, verdicts) => {
    const report = engine.check(text);
    expect(report.claims.map((c) => c.verdict), report.claims.map((c) => `${c.text}: ${c.explanation}`).join('\n')).toEqual(verdicts);
    expect(verbatim(report)).toEqual([]);
  });

  it('shows each element where it stands in the claim', () => {
    // (The part the articles never give is « la veille de », not the first "la … de" of the sentence.)
    const [claim] = engine.check("La rencontre de Marrakech a eu lieu le 25 novembre 2025, la veille de la fin de l'AG d'Interpol.").claims;
    expect(claim?.parts?.filter((p) => p.verdict === 'not_stated').map((p) => p.text)).toEqual(['la veille de']);
  });

  it('says which elements of a mixed claim hold', () => {
    const report = engine.check("Hammouchi a reçu le chef de la police de l'ONU à Rabat pendant l'AG d'Interpol, et ils ont parlé de la Coupe du monde 2030.");
    const [meeting, talk] = report.claims;
    expect(meeting?.verdict).toBe('contradicted');
    // The place is wrong (Marrakech, where the articles put it), the occasion right.
    expect(meeting?.parts?.find((p) => p.text.includes('Rabat'))?.verdict).toBe('contradicted');
    expect(meeting?.parts?.find((p) => p.text.includes('AG'))?.verdict).toBe('supported');
    expect(meeting?.explanation).toContain('Marrakech');
    expect(talk?.verdict).toBe('not_stated');
    expect(report.summary).toMatch(/^2 affirmations vérifiées/);
  });
});

describe('the report', () => {
  it('sets aside questions and remarks, and says so', () => {
    const report = engine.check("Qui a reçu Zouev ? franchement c'est top");
    expect(report.claims).toEqual([]);
    expect(report.setAside.map((s) => s.kind)).toEqual(['question', 'remark']);
    expect(report.summary).toBe(engine.kb.languages.fr.templates.check_nothing);
    expect(report.notes.join(' ')).toMatch(/question/);
  });

  it('checks at most five claims and names the rest', () => {
    const claims = ['Hammouchi received Zouev in Rabat.', 'Hammouchi received Shahkar in Marrakech.', 'Zouev is Russian.', 'Shahkar is Canadian.', 'The meeting was secret.', 'They signed a treaty.', 'They had lunch.'];
    const report = engine.check(claims.join(' '));
    expect(report.claims).toHaveLength(5);
    expect(report.unchecked.map((u) => u.text)).toEqual(['They signed a treaty', 'They had lunch']);
    expect(report.notes.join(' ')).toContain('They had lunch');
  });

  it('numbers quotes across the whole report, once each', () => {
    const report = engine.check('Hammouchi received Zouev in Rabat. Hammouchi received Zouev on 1 December.');
    const keys = report.citations.map((c) => `${c.article}#${c.paragraph}#${c.quote}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(verbatim(report)).toEqual([]);
  });

  it('answers in the language of the message', () => {
    expect(engine.check('Zouev est russe.').language).toBe('fr');
    expect(engine.check('Zouev is Russian.').language).toBe('en');
  });

  it('never throws, and keeps its spans and citations sound, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const report = engine.check(text);
        for (const c of report.claims) expect(c.start).toBeGreaterThanOrEqual(0);
        expect(report.claims.length).toBeLessThanOrEqual(5);
        expect(verbatim(report)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe.each(checkSets().map((s) => [s.name, s] as const))('the fact-check batch %s', (_, set) => {
  const scored = set.cases.map((c) => ({ c, report: engine.check(c.message), score: scoreCheck(c, engine.check(c.message)) }));
  const claims = scored.flatMap((s) => s.score.claims.map((x) => ({ ...x, id: s.c.id })));

  it(`judges at least ${Math.round(floorOf(set.name, 'checks') * 100)}% of its claims right`, () => {
    const wrong = claims.filter((x) => !x.correct).map((x) => `${x.id} «${x.span}» expected ${x.expected}, got ${x.got ?? 'nothing'}`);
    expect(1 - wrong.length / claims.length, wrong.join('\n')).toBeGreaterThanOrEqual(floorOf(set.name, 'checks'));
  });

  it('never gives ✅ to a claim the articles contradict or do not make', () => {
    expect(claims.filter((x) => x.falseConfirmation).map((x) => `${x.id} «${x.span}»`)).toEqual([]);
    expect(scored.filter((s) => !checkedOnPurpose(set.name, s.c.id)).flatMap((s) => s.score.checkedAside.filter((x) => x.got === 'supported').map((x) => `${s.c.id} «${x.text}»`))).toEqual([]);
  });

  it('cites only verbatim quotes', () => {
    expect(scored.flatMap((s) => verbatim(s.report).map((b) => `${s.c.id}: ${b}`))).toEqual([]);
  });
});
