// How the engine behaves, beyond the question set: purity, refusals,
// corrections, follow-ups, suggestions.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Answer, Turn } from '../../src/types.js';

const engine = createEngine(loadKnowledge());

function converse(...questions: string[]): Answer[] {
  const turns: Turn[] = [];
  return questions.map((question) => {
    const answer = engine.answer(question, { conversation: turns });
    turns.push({ question, answer });
    return answer;
  });
}

describe('the answer engine', () => {
  it('is deterministic', () => {
    const q = 'pourquoi hammouchi a reçu zouev ?';
    expect(engine.answer(q)).toEqual(engine.answer(q));
  });

  it('corrects a false premise instead of confirming it', () => {
    const a = engine.answer('Did Hammouchi meet Zouev in Marrakech?');
    expect(a.premise).toBe('corrected');
    expect(a.text).toMatch(/^No: /);
    expect(a.text).toContain('Rabat');
    expect(a.citations.some((c) => c.quote.includes('Rabat'))).toBe(true);
  });

  it('confirms a true premise with its evidence', () => {
    const a = engine.answer('Hammouchi a-t-il reçu Shahkar à Marrakech ?');
    expect(a.text).toMatch(/^Oui : /);
    expect(a.premise).toBe('confirmed');
  });

  it('answers a negated question with what happened, not a bare yes', () => {
    const en = engine.answer("Didn't Hammouchi meet Zouev in Rabat?");
    expect(en.text).toMatch(/^Yes, in fact: /);
    expect(en.text).toContain('1 December 2025');
    const fr = engine.answer("Hammouchi n'a pas reçu Zouev à Rabat ?");
    expect(fr.text).toMatch(/^Si : /);
    expect(engine.answer("Didn't Hammouchi meet Zouev in Marrakech?").text).toMatch(/^No: .*Rabat/);
  });

  // (Each was read as a yes/no question, or answered with another fact.)
  it.each([
    ["qu'est-ce qu'ils se sont dit à marrakech ?", 'topics', /coopération/],
    ['ils se sont dit quoi a marrakech hammouchi et le chef de la police onusienne ?', 'topics', /coopération/],
    ['what did they tell each other in rabat?', 'topics', /Sahel/],
    ['hammouchi est directeur général de quoi ?', 'role', /Sûreté nationale et de la Surveillance du territoire/],
    ['hammouchi il est le patron de quoi exactement ?', 'role', /Sûreté nationale et de la Surveillance du territoire/],
    ['selon le communiqué, la rencontre de rabat reflète quoi a la fin ?', 'why', /partenaire essentiel et fiable/],
    ["les deux rencontres c'etait bien en 2025 ?", 'yesno', /^Oui/],
  ])('answers what is asked in %s', (question, intent, expected) => {
    const a = engine.answer(question);
    expect(a.intent).toBe(intent);
    if (intent !== 'yesno') expect(a.text).not.toMatch(/^(Oui|Yes|Non|No)\b/);
    expect(a.text).toMatch(expected);
  });

  it('reads "it" after a verb of being somewhere as the meeting last talked of, and as nothing in a first message', () => {
    expect(engine.answer('did zouev attend it?').answered).toBe(false);
    const [, , attended] = converse('which number was the interpol general assembly in marrakech?', 'where exactly in marrakech?', 'did zouev attend it?');
    expect(attended?.verdict).not.toBe('supported');
  });

  it('takes "il" after a question about someone unnamed for the one the answer found', () => {
    const [met, said, fresh] = converse("coucou ! j'ai pas bien suivi, Hammouchi a vu un mec de l'ONU à Marrakech pendant Interpol c ça ?", 'il a dit quoi sur les policiers marocains ?', 'et lui il était nouveau dans son poste, comme Zouev ?');
    expect(met?.verdict).toBe('supported');
    expect(said?.text).toMatch(/^Faisal Shahkar/);
    expect(fresh?.verdict).toBe('not_stated');
  });

  it('corrects a wrong weekday', () => {
    const a = engine.answer('Why did Hammouchi receive Shahkar on Monday?');
    expect(a.text).toMatch(/^No: /);
    expect(a.text).toContain('Tuesday');
  });

  it.each([
    ['what was the weather in Marrakech?', 'en'],
    // (Where someone comes from was answered with where the meeting took place.)
    ['where is zouev from?', 'en'],
    ['what country is shahkar from?', 'en'],
    ['hammouchi il a quel age', 'fr'],
    ['who will host the next Interpol general assembly?', 'en'],
    ['What did Guterres say to Hammouchi?', 'en'],
    ['qui a gagné la coupe du monde ?', 'fr'],
  ])('declines %s with suggestions and no citation', (question, language) => {
    const a = engine.answer(question);
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
    expect(a.language).toBe(language);
    expect(a.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('suggests only questions it can answer', () => {
    for (const s of engine.kb.suggestions) {
      for (const text of [s.fr, s.en]) {
        const a = engine.answer(text);
        expect(a.answered, text).toBe(true);
        expect(a.citations.length, text).toBeGreaterThan(0);
      }
    }
  });

  it('resolves follow-ups against the conversation', () => {
    const [, where, why] = converse('qui a reçu zouev ?', 'et où ?', 'pourquoi ?');
    expect(where?.text).toContain('Rabat');
    expect(why?.citations.every((c) => c.article === 'rabat-2025-12-01')).toBe(true);
    const [, he] = converse('who is shahkar?', 'and who did he meet?');
    expect(he?.text).toContain('Hammouchi');
    expect(he?.text).toContain('Marrakech');
  });

  it('reads « y » after a verb as the place of the turn before, not as « il y a »', () => {
    // Zouev was received in Rabat, not at the assembly's city: the follow-up gets a no, with Rabat.
    const [, there] = converse("Où se tenait l'AG d'Interpol ?", 'Et Zouev y a été reçu aussi ?');
    expect(there?.text).toMatch(/^Non/);
    expect(there?.text).toContain('Rabat');
    const [, shahkar] = converse("Où se tenait l'AG d'Interpol ?", 'Et Shahkar y a été reçu ?');
    expect(shahkar?.text).toMatch(/^Oui/);
  });

  it('reads a surname two slips off after the first name it goes with', () => {
    expect(engine.answer('c ki Faisal Chakar ??').text).toContain('police des Nations Unies');
    // (Alone, the word is too far from any name to be mended.)
    expect(engine.answer('c ki Chakar ??').answered).toBe(false);
  });

  it('takes "it" in "when did it end?" for the event the answer before gave', () => {
    const [, , end] = converse("c'est où que Hammouchi a vu Shahkar ?", 'y avait quel événement là-bas ?', 'ça finissait quand ?');
    expect(end?.text).toContain('27 novembre');
  });

  it('reads the words people use for when, how long and what post', () => {
    expect(engine.answer("Jusqu'à quand se poursuivait l'Assemblée générale d'Interpol à Marrakech ?").text).toContain('27 novembre');
    expect(engine.answer("L'assemblée d'Interpol se poursuivait-elle jusqu'au 27 novembre 2025 ?").text).toMatch(/^Oui/);
    expect(engine.answer('Who did Abdellatif Hammouchi receive in Rabat at the start of December 2025?').text).toContain('Zouev');
    expect(engine.answer("shahkar's title?").text).toContain('rule of law');
    expect(engine.answer('what was Zouev hoping to get out of the trip').text).toContain('experience');
  });

  it('reads others at a meeting, naming no one, as others than its own people', () => {
    // (Both were "yes", with a fact of the meeting, or of no meeting, as proof.)
    for (const q of ['were there other people at the rabat meeting?', "il y avait d'autres responsables marocains a la reunion de rabbat ?", "y avait-il d'autres personnes à la réunion de Rabat ?"]) {
      const a = engine.answer(q);
      expect(a.text, q).not.toMatch(/^(Yes|Oui)\b/);
      expect(a.text, q).toContain('Zouev');
    }
    // The heads of delegation Hammouchi met at the assembly are others, and the articles say so.
    expect(engine.answer('were there other people at the interpol assembly?').text).toMatch(/^Yes.*delegation/);
  });

  it('mends a long word only within a few edits: a different prefix is a different word', () => {
    expect(engine.answer('did zouev talk about cyberterrorism?').text).not.toMatch(/^Yes/);
    expect(engine.answer('quelles orgas internationales apparaissent dans tes articles').text).toContain('Interpol');
  });

  it('reads a cleft\'s focus as the one place or person it happened at or with, and corrects it from where it did', () => {
    for (const q of ["c'est à Marrakech qu'ils ont parlé du Sahel ?", "c'est avec shahkar qu'on a parlé des grands evenements sportifs ?"]) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/^Non : .*Rabat/);
    }
    expect(engine.answer('was it in rabat that they talked about the sahel?').text).toMatch(/^Yes/);
    // (Without the cleft, a topic the articles report of one meeting is not denied of the other.)
    expect(engine.answer('did they talk about the sahel in marrakech?').text).not.toMatch(/^No/);
  });

  it('does not take passing on for wanting', () => {
    expect(engine.check("Zouev voulait transmettre l'expérience onusienne au Maroc").claims[0]?.verdict).not.toBe('supported');
    expect(engine.check("Shahkar a transmis la volonté du Secrétaire général de l'ONU").claims[0]?.verdict).toBe('supported');
  });

  it('sets aside what the writer says of themselves, and still answers the question beside it', () => {
    expect(engine.answer('i was reading about hammouchi and zouev. did they talk about afghanistan?').text).toMatch(/^Yes: .*Afghanistan/);
    expect(engine.answer('ok so i was reading about hammouchi and zouev — did they talk about afghanistan in the rabat meeting?').text).toMatch(/^Yes/);
    // (Not what they ask however they put it, nor what they suppose happened.)
    expect(engine.answer('i was wondering who met zouev').text).toContain('Hammouchi');
    expect(engine.check('je suppose que Zouev arrivait directement de New York').claims).toHaveLength(1);
    expect(engine.check('i was reading about hammouchi and zouev').claims).toHaveLength(0);
    // (A dash after a claim, before a question, keeps the claim in the question: its premise is still corrected.)
    expect(engine.answer('hammouchi hosted shahkar at DGSN HQ in rabat — what was the point?').text).toMatch(/^No: .*Marrakech/);
  });

  it('reads chatty openers and everyday wording for posts, topics and taking part', () => {
    expect(engine.answer("uhh what's shahkar's official title again? keep forgetting").text).toContain('rule of law');
    expect(engine.answer('shahkar il fait quoi exactement dans la vie ?').text).toContain('police des Nations Unies');
    expect(engine.answer('petite verif : hamouchi a rencontré shahkar un mardi ?').text).toMatch(/^Oui/);
    expect(engine.answer("jsp si j'ai bien lu mais la corne de l'afrique faisait partie des sujets avec zouev?").text).toMatch(/^Oui/);
    expect(engine.answer('what did zouev say terror groups must be deprived of').answered).toBe(true);
  });

  it('reads a follow-up about a meeting picked by its rank, and « en » after a topic, without confirming on a neighbouring fact', () => {
    // (Both were « Oui » on be's first run: the rank was lost to the question before, « en » to nothing.)
    const [, , second] = converse('hammouchi a reçu quels responsables onusiens dernièrement ?', 'lequel est venu en premier ?', "et le deuxième c'était a marrakech aussi ?");
    expect(second?.text).toMatch(/^Non : .*Rabat/);
    const [, withShahkar] = converse("c quoi l'histoire des grands événements sportifs ?", "c'est avec shahkar qu'ils en ont parlé ?");
    expect(withShahkar?.text).toMatch(/^Non : .*Zouev/);
    const [, withZouev] = converse("c quoi l'histoire des grands événements sportifs ?", 'ils en ont parlé avec zouev ?');
    expect(withZouev?.text).toMatch(/^Oui : .*sportifs/);
  });

  it('tells the story of something talked about from the facts that say it, and of the meetings from the meetings', () => {
    expect(engine.answer("c quoi l'histoire des grands événements sportifs ?").text).toMatch(/^Ils ont examiné .*sportifs/);
    expect(engine.answer('summarise both meetings in 2 lines max').text).toMatch(/Zouev/);
  });

  it('says who each of the people named is', () => {
    for (const q of ['who are Zouev and Shahkar?', 'qui sont Zouev et Shahkar ?']) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/terroris/i);
      expect(a.text, q).toMatch(/police/i);
      expect(a.text, q).not.toMatch(/^(Yes|No|Oui|Non)\b/);
    }
    // (Who someone's guests were is still a who-question.)
    expect(engine.answer('qui sont les invités de Hammouchi ?').text).toContain('Shahkar');
  });

  it('answers in the language of the question, quotes staying French', () => {
    const a = engine.answer('Where did Hammouchi receive Shahkar?');
    expect(a.language).toBe('en');
    expect(a.text).toContain('Menara Gardens');
    expect(a.citations[0]?.quote).toMatch(/Marrakech|Ménara/);
  });

  it('counts what the articles list', () => {
    expect(engine.answer('combien de rencontres ?').text).toContain('2');
    expect(engine.answer('how many hotspots were named?').text).toContain('4');
  });

  it('refuses to name what the articles only speak of ("which languages?"), and says so, with nothing quoted as if it named them', () => {
    for (const q of ['which languages do the Moroccan officers speak?', 'quelles langues parlent les policiers marocains ?']) {
      const a = engine.answer(q);
      expect(a.answered).toBe(false);
      expect(a.citations).toEqual([]);
      expect(a.text).toMatch(/don't say which|ne disent pas lesquelles/);
    }
  });

  it('answers a negated statement about the positive claim, and a negation inside what was said as what was said', () => {
    // The Zouev meeting was in Rabat: "not in Marrakech" holds, and the answer says where it was, as to "was it in Marrakech?".
    expect(engine.answer("La rencontre avec Zouev n'était pas à Marrakech, hein ?").text).toMatch(/^Non : .*Rabat/);
    // Shahkar praised their experience: saying they had none is denied, without "in fact".
    const a = engine.answer('Shahkar said Moroccan officers were not experienced?');
    expect(a.verdict).toBe('contradicted');
    expect(a.text).toMatch(/^No: /);
  });

  it('reads a mention typed as text as whom the message is for, and two-letter shorthand as no town', () => {
    expect(engine.answer('@Yassine check this: the UN police chief was received in Marrakech, right?').verdict).toBe('supported');
    expect(engine.answer("jusqu'a qd dure l'AG d'interpol ?").text).toMatch(/27 novembre/);
  });

  it('checks the day a summary question takes for granted', () => {
    expect(engine.answer('What happened at the Monday 25 November meeting in Marrakech?').text).toMatch(/^No: .*Tuesday 25 November/);
  });

  it('does not take who received someone for who organised the meeting', () => {
    const a = engine.answer('who organised the Rabat meeting?');
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it('refuses the hour of a meeting rather than answering with its day', () => {
    for (const q of ['what time was the rabat meeting?', 'à quelle heure Hammouchi a reçu Zouev ?']) {
      const a = engine.answer(q);
      expect(a.answered).toBe(false);
      expect(a.text).not.toMatch(/1(er)? d[ée]cembre/);
    }
  });

  it('asks the last yes/no question again for a follow-up with no verb, keeping what it does not replace', () => {
    const [, inMarrakech] = converse('did they talk about syria in rabat?', 'and in marrakech?');
    expect(inMarrakech?.verdict).toBe('not_stated');
    expect(inMarrakech?.text).not.toMatch(/^(Yes|No)\b/);
    const [, shahkar] = converse('was zouev received on a monday?', 'and shahkar?');
    expect(shahkar?.verdict).toBe('contradicted');
    expect(shahkar?.text).toMatch(/^No: .*Tuesday 25 November/);
  });

  it('does not read "A was meeting the delegation heads" as A being one of them', () => {
    const a = engine.answer('why was hammouchi meeting all these delegation heads in marrakech?');
    expect(a.verdict).not.toBe('contradicted');
    expect(a.text).toContain('Interpol');
  });

  it('lists the names the articles give when they are what is asked, and only then', () => {
    expect(engine.answer('quelles organisations sont citées ?').text).toContain('Interpol');
    expect(engine.answer('which international orgs show up in the coverage').text).toContain('Interpol');
    // (Terrorist organisations are what is spoken of, not the ones the articles name.)
    expect(engine.answer('ils veulent priver les organisations terroristes de quoi exactement ?').text).toMatch(/financement/);
  });

  it('corrects what the articles deny, said before a question in the same message, before answering it', () => {
    const a = engine.answer("non mais shahkar c'est le nouveau, zouev c'est l'ancien. bref zouev a dit quoi ?");
    expect(a.verdict).toBe('contradicted');
    expect(a.text).toMatch(/^Les articles disent autre chose/);
    expect(a.text).toContain('nouveau secrétaire général adjoint');
    // A true statement before a question adds nothing: the answer is the question's.
    expect(engine.answer('Zouev est venu à Rabat. il a dit quoi ?').text).toMatch(/^Alexandre Zouev a souhaité/);
  });

  it('says a rumour beside a question is unsaid, after the answer, when the articles do not bear it out', () => {
    const a = engine.answer('i heard zouev signed a deal with hammouchi. where did they meet?');
    expect(a.text).toMatch(/^The meeting between .*Rabat/);
    expect(a.text).toContain("As for “zouev signed a deal with hammouchi”: the articles don't say so.");
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
    // Without hearsay, a statement the articles neither say nor deny adds nothing to the answer.
    expect(engine.answer('zouev signed a deal with hammouchi. where did they meet?').text).not.toContain('As for');
  });

  it("does not pass off someone's words about something else as what he thinks of the person asked about", () => {
    // (Batch az's first run: Zouev's wish to learn from Morocco's experience was given as his view of Hammouchi.)
    for (const q of ['what does zouev think of hammouchi personally?', 'que pense zouev de hammouchi ?']) {
      const a = engine.answer(q);
      expect(a.verdict).toBe('not_stated');
      expect(a.text).toMatch(/^(The articles report nothing Alexandre Zouev said about Abdellatif Hammouchi|Les articles ne rapportent aucun propos tenu par Alexandre Zouev sur Abdellatif Hammouchi)\./);
    }
    // What he said of a country he did speak of is the answer itself.
    const morocco = engine.answer('what does zouev think of morocco?');
    expect(morocco.verdict).toBeUndefined();
    expect(morocco.text).toMatch(/^Alexandre Zouev wished to learn about Morocco's security experience/);
  });

  it.each([
    // Words that only frame what a wh-question asks (batch az's first run declined each "about" them).
    ['Quelles fonctions exerce Faisal Shahkar ?', /chef de la police des Nations Unies/],
    ["Quel poste occupe Alexandre Zouev à l'ONU ?", /secrétaire général adjoint/],
    ['Dans quel lieu précis de Marrakech le chef de la police onusienne a-t-il été reçu ?', /Jardins de la Ménara/],
    ["Why did Zouev consider Morocco's security experience worth learning about?", /Morocco's security experience/],
  ])('answers %s, whose framing words say nothing', (q, expected) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('keeps framing words where they are what is said: a negated question, a claim', () => {
    expect(engine.answer("why doesn't zouev care about morocco?").answered).toBe(false);
    expect(engine.check('Shahkar cares about the Moroccan police').claims.map((c) => c.verdict)).toEqual(['not_stated']);
  });

  it('reads "last" after a meeting as how long it lasted, never given, not as its rank', () => {
    // (Batch az's first run: "No", the Marrakech meeting not being the last one.)
    const a = engine.answer('Did the Marrakech meeting last more than an hour?');
    expect(a.verdict).toBe('not_stated');
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
    expect(engine.answer('was the rabat meeting the last one?').text).toMatch(/^Yes\b/);
  });

  it('reads "is C described as X?" as "is C X?", whoever describes is not named', () => {
    // (Batch az's first run: "not stated", the describing read as C's own words.)
    expect(engine.answer('Is Zouev described as new?').text).toMatch(/^Yes: .*the new Under-Secretary-General/);
    expect(engine.answer('Zouev est-il décrit comme nouveau ?').text).toMatch(/^Oui : /);
    expect(engine.answer('was zouev described as the outgoing official?').text).toMatch(/^No: /);
    // Someone who describes is someone who says: what Zouev did not say stays unsaid.
    expect(engine.answer('did zouev describe morocco as a reliable partner?').verdict).toBe('not_stated');
  });

  it("does not give words someone passed on as the words of the one he spoke for", () => {
    // (Batch ba's first run: what Shahkar conveyed of the SG's wish, as what the SG himself told Hammouchi.)
    const a = engine.answer('What did the UN Secretary-General himself tell Hammouchi in Marrakech?');
    expect(a.verdict).toBe('not_stated');
    expect(a.text).toMatch(/^The articles don't report any words of the UN Secretary-General's own\. What they do report: Faisal Shahkar conveyed/);
    // The one who did speak is answered with his words.
    expect(engine.answer('what did shahkar tell hammouchi?').verdict).toBeUndefined();
  });

  it("reads a place after a question word used as a noun as that thing's place, not the meeting's", () => {
    // (Batch ba's first run: "No", the meeting read as held in Syria.)
    const a = engine.answer("did zouev talk about russia's role in syria?");
    expect(a.verdict).toBe('not_stated');
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
  });

  it('does not drop « peu » before what it lessens', () => {
    // (Batch bb's first run: « peu expérimentés » read as « expérimentés », and confirmed.)
    for (const q of ['Les policiers marocains ont-ils été décrits comme peu expérimentés ?', 'Les policiers marocains sont-ils peu expérimentés ?']) {
      const a = engine.answer(q);
      expect(a.verdict).toBe('not_stated');
      expect(a.text).not.toMatch(/^(Oui|Non)\b/);
    }
  });

  it('answers "all this" as every meeting', () => {
    expect(engine.answer('what year did all this happen?').text).toContain('2025');
  });

  it('never throws on odd input', () => {
    for (const q of ['', ' ', '?', '@everyone', '<@123>', '💥'.repeat(500), 'a'.repeat(10_000), '\u0000\u0007', 'où'.repeat(3000)]) {
      const a = engine.answer(q);
      expect(typeof a.text).toBe('string');
      expect(a.text.length).toBeGreaterThan(0);
    }
  });
});
