// Paraphrases an engineer wrote while probing the verifier for false "yes":
// each was checked by hand against the two articles. The untrue ones must
// never be confirmed, as a question or as a claim to check; the true ones must
// be, both ways. (Unlike the blind batches, these were written knowing the
// engine: they guard the mechanisms they exposed, they measure nothing.)
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createEngine(loadKnowledge());

/** The answer to the last of these questions, asked one after the other in one conversation. */
const converse = (...questions: string[]) => {
  const conversation: { question: string; answer: ReturnType<typeof engine.answer> }[] = [];
  for (const question of questions) conversation.push({ question, answer: engine.answer(question, { conversation }) });
  return conversation.at(-1)!.answer;
};

const UNTRUE = [
  // (A word that may ask for a post, "jobs", is what the claim is about here: it must not vanish from it.)
  'Morocco asked the UN for more police jobs in peacekeeping.',
  "Hammouchi c'est un fonctionnaire de l'ONU.",
  'La réunion de Rabat a eu lieu dans les Jardins de la Ménara.',
  // Contradicted: another city, day, person, title, issuer, count or order.
  'Shahkar was received in Rabat.',
  'Hammouchi received Zouev on 25 November.',
  'Zouev met Hammouchi during the Interpol General Assembly.',
  'The Marrakech communiqué came from the DGSN-DGST pole.',
  'Zouev heads the UN Police.',
  'It was the 92nd Interpol General Assembly.',
  'The two meetings were ten days apart.',
  'Both meetings took place in Rabat.',
  'Zouev was the first to be received.',
  'The meeting with Zouev took place at the Menara Gardens.',
  "Zouev est le chef de la police de l'ONU.",
  'Les deux rencontres ont eu lieu le même jour.',
  "Shahkar est venu à Rabat pour l'AG d'Interpol.",
  'Both meetings were with Shahkar.',
  "Hammouchi's meeting with the UN police chief was on a Monday.",
  // A field the articles give as another's post at the same organisation (the rule of law is Shahkar's, counter-terrorism Zouev's).
  'Zouev is in charge of the rule of law at the UN.',
  "Zouev c'est le responsable ONU de l'état de droit.",
  'Shahkar is in charge of counter-terrorism.',
  // Praise of someone no fact says was praised (Shahkar praised Moroccan officers, not Hammouchi).
  'Shahkar praised Hammouchi.',
  // A day before the first the records show the assembly under way (25 November; its opening is never given).
  "L'AG d'Interpol c'était le lundi 24.",
  // Which topic took most of the talks, the articles never say.
  'They discussed Syria mostly.',

  "Le communiqué sur la visite de Zouev vient bien de l'ONU.",
  'La rencontre avec Shahkar a vraiment eu lieu à Rabat.',
  'Les deux rencontres ont eu lieu le même mois.',
  // A month is a range of days; a span said without "?" is still a claim.
  "Il y a eu un mois d'écart entre les deux visites.",
  'i read the two meetings were 2 weeks apart',
  'Both meetings were reported by the UN.',
  // Batch aj's first run (30 November): who put out word of a meeting, with no document named.
  'The Rabat meeting was reported by the UN.',
  "La rencontre de Rabat a été annoncée par l'ONU.",
  'The Rabat meeting news came from the UN.',
  'Other UN officials came with Shahkar.',
  "Il y avait d'autres responsables de l'ONU avec Shahkar.",
  'The Interpol General Assembly wrapped up on schedule on 27 November.',
  "L'AG d'Interpol s'est terminée comme prévu le 27 novembre.",
  // A noun for one person with an idea next to it is the one person whose post has that idea.
  'Hammouchi met the UN counter-terror guy in Marrakech.',
  'The police guy was received in Rabat.',
  // Batch ak's first run (1 December): a body visited is one whose people received the visitor as a guest.
  'Hammouchi visited the UN.',
  "Zouev's trip was a vacation, not work.",
  "Hammouchi a fait une visite de travail à l'ONU.",
  'Zouev visited the UN.',
  "Shahkar a visité une école de police marocaine.",
  "Le mec de l'antiterrorisme a été reçu à Marrakech.",
  // Not stated: never said, or more specific than the articles.
  'Hammouchi visited New York.',
  'Hammouchi travelled to Vienna.',
  'Shahkar discussed Syria with Hammouchi.',
  'Zouev talked about UN peacekeeping missions.',
  'Hammouchi and Zouev discussed football.',
  'Shahkar met Zouev in Marrakech.',
  'Hammouchi met the UN Secretary-General.',
  'Shahkar conveyed the wish of the UN Security Council.',
  'Both meetings were organised by Interpol.',
  'The two UN officials travelled together.',
  'Morocco currently has 1,700 officers deployed with the UN.',
  'Zouev est venu pour la Coupe du monde.',
  'Les policiers marocains parlent arabe selon Shahkar.',
  'Ils ont signé un accord à Rabat.',
  'Zouev a critiqué le Maroc.',
  // Batch i and check h's first run (30 November): the mechanisms they exposed.
  'The 93rd Interpol General Assembly took place in October 2025.',
  'Hammouchi met Shahkar on the first day of the Interpol assembly.',
  "La rencontre avec Shahkar a eu lieu le dernier jour de l'AG.",
  "C'est la première fois que le Maroc accueille l'AG d'Interpol.",
  "C'est son adjoint qui a reçu Zouev.",
  'Hammouchi flew to Rabat.',
  'Shahkar visited the police headquarters in Marrakech.',
  'Zouev met Shahkar, not Hammouchi.',
  'Hammouchi strengthened partnerships between Morocco and the EU.',
  // (A clause before the question is set aside as chatter only when it shows it is: this one holds the claim's place.)
  'Royal palace, Shahkar was received there.',
  "Shahkar came to Marrakech as Interpol's head.",
  'Zouev is the head of the DGSN-DGST pole.',
  'Zouev was received the day after Shahkar.',
  'Zouev a été reçu le lendemain de la rencontre avec Shahkar.',
  'The Interpol General Assembly ended on the 25th.',
  'The Rabat meeting happened on the sidelines of the Interpol General Assembly.',
  "C'est Shahkar qui a demandé à voir Hammouchi.",
  'Le communiqué sur Shahkar a été publié en arabe et en français.',
  'Hammouchi dirige seulement la DGST.',
  'Shahkar a juste parlé du siège de New York.',
  'Zouev stayed in Morocco until 3 December.',
  'The UN asked the DGSN for more cooperation in Rabat.',
  'The meeting was requested by the UN Secretary-General.',
  "C'était son adjoint qui a reçu Zouev.",
  "Shahkar est chef de la police d'Interpol.",
  'Hammouchi a reçu une délégation américaine à Marrakech.',
  'Hammouchi et Zouev ont laissé de côté la Syrie.',
  "Zouev is Shahkar's boss.",
  "Hammouchi n'a rencontré que Shahkar pendant l'AG d'Interpol.",
  'Hammouchi only met Shahkar during the Interpol General Assembly.',
  'The two UN officials were in the same meeting.',
  'Shahkar arrived in Marrakech the day before the meeting.',
  'Shahkar came for a peacekeeping conference.',
  'Morocco asked for the meeting with Zouev.',
  'Zouev met someone else in Morocco.',
  "Le Maroc a été désigné siège régional du Bureau antiterroriste de l'ONU.",
  "À Rabat, c'était que du Sahel.",
  'Zouev was received by Hammouchi while the Interpol General Assembly was still going on.',
  'Shahkar was received on the second day of the Interpol General Assembly.',
  'The UN police has 12 missions in Africa.',
  'Zouev was the outgoing official at the UN counter-terrorism office.',
  'Zouev had visited Morocco several times before.',
  "Zouev était déjà venu au Maroc l'an dernier.",
  'Shahkar served in a peacekeeping mission.',
  'Morocco got UN funding as part of this cooperation.',
  'Zouev came with a big UN delegation.',
  'The Marrakech meeting took place at DGSN headquarters.',
  'Hammouchi a dit oui.',
  'Shahkar dropped by to see Hammouchi on the opening day of the Interpol General Assembly.',
  'The UN Secretary-General called Hammouchi before the Marrakech meeting.',
  "That's what Zouev said.",
  'Les deux articles racontent la même rencontre.',
  'Zouev avait déjà visité le Maroc avant.',
  'Shahkar flew in from New York.',
  'Shahkar a ensuite visité Rabat.',
  // Round p/o: a lower-case place no article names; whose an idea is; a title without its rank; "together";
  // "only" said of a kind of people; an adjective that turns praise round.
  'UN police units are at the HQ in geneva.',
  "Zouev wants Morocco to learn from the UN's experience.",
  'Zouev est le secrétaire général du Bureau de lutte contre le terrorisme.',
  'Shahkar and Zouev travelled to Morocco together.',
  'Zouev et Shahkar sont venus ensemble.',
  "Pendant l'AG, Hammouchi n'a reçu que des responsables onusiens.",
  'Selon Shahkar, les policiers marocains ont un niveau de qualification moyen.',
  // The opposite of what a fact praises, with a word the fact does use right after it; a negation and an opposite do not cancel.
  "Shahkar a souligné que les policiers marocains manquent d'expérience opérationnelle.",
  "Zouev a dit que l'expérience marocaine n'était pas nécessaire.",
  "Zouev called Morocco's counter-terrorism approach outdated.",
  // Round q/p: who asked whom, said of a country; another organisation's assembly; "more" of people; the same week;
  // when someone took a post; a rank among people the articles never order; one more adjective after "and".
  'Morocco asked the UN for more cooperation.',
  "C'est le Maroc qui a sollicité l'ONU pour renforcer la coopération.",
  'Hammouchi met Zouev during the UN General Assembly.',
  "Hammouchi a vu Shahkar pendant l'AG de l'ONU.",
  'Shahkar wants more Moroccan officers in UN missions.',
  'Shahkar et Zouev ont vu Hammouchi la même semaine.',
  'Hammouchi a été nommé à la tête de la DGSN en 2015.',
  'Of the delegation heads Hammouchi met at the assembly, Shahkar was the first of them.',
  "Zouev a jugé l'expérience marocaine importante et exemplaire.",
  // Round r/q: each article must say it; all three at once; a building no article gives; "it was A who";
  // an organisation denied of its own head; "did nothing but"; "both" of two people, one of whom did not.
  'Les deux articles parlent de terrorisme.',
  'Hammouchi met Zouev and Shahkar together in the same meeting.',
  'My buddy says the Rabat meeting was at DGSN headquarters.',
  'It was Hammouchi who asked the UN to step up cooperation in Marrakech.',
  'Hammouchi is just head of the DGST, not the DGSN.',
  "Shahkar n'a fait que transmettre le message.",
  'Both Shahkar and Zouev talked about terrorism in the Horn of Africa.',
  // Round s/r: a title at an organisation no one named holds; whose funding; the same person; "both" saying something;
  // a document said to say what no fact says; a source no article has.
  'Shahkar said the Interpol Secretary-General wants more cooperation with Morocco.',
  "Zouev a annoncé un financement de l'ONU pour le Maroc.",
  'Zouev announced UN funding for Morocco.',
  "C'est le même responsable onusien dans les deux articles.",
  'Both praised the language skills of Moroccan police officers.',
  "Les deux responsables onusiens ont évoqué l'Afghanistan avec Hammouchi.",
  'The Marrakech statement says the UN Secretary-General himself came to Marrakech.',
  "Le communiqué de Rabat dit que le Maroc n'est qu'un partenaire secondaire de l'ONU.",
  // Round t/s: how long a stay lasted; a reason; "only" spoken without « ne »; one side of a discussion both sides held;
  // a comparison no article makes; a body no article names, taken for granted.
  'Zouev was only in Morocco for a day.',
  "Le 1er décembre l'AG d'Interpol était encore en cours, c'est pour ça que Zouev était au Maroc.",
  "Les unités de police de l'ONU sont qu'au siège de New York.",
  "C'est Zouev qui a parlé de la Corne de l'Afrique.",
  'Hammouchi lui a parlé de la Syrie.',
  'Shahkar has the same rank as Zouev.',
  "L'ONU sollicite un renforcement de la coopération avec la Gendarmerie royale.",
  // Round u/t: a word found only inside a name ("Office" of the U office); a verb read as an event's opening;
  // a number said of no numbered thing; a body no article names, by its title.
  'UNOCT is opening an office in Morocco.',
  'The Marrakech meeting was during the 92nd assembly.',
  'Shahkar came for the 92nd edition.',
  "C'est le ministère des affaires étrangères qui a publié le communiqué sur Zouev.",
  'The foreign ministry published the statement about Zouev.',
  // Someone other than those the articles name; a naming verb with a person for its only complement.
  'The DGSN has a different director.',
  'Another person heads the DGSN.',
  'La DGSN a un autre patron.',
  'Shahkar said the UN Secretary-General personally called Hammouchi.',
  // A word that asks someone's post, as what was wanted ("a UN job"): a thing no record holds.
  "Shahkar voulait un poste à l'ONU pour Hammouchi.",
  'Shahkar wanted a UN job for Hammouchi.',
  // Round v/u: a meeting named is the one someone is said to have attended.
  'Zouev attended the Marrakech meeting.',
  // One fact's subject with another fact's place; "both" of the two meetings.
  "Les policiers marocains de l'ONU sont déployés au siège à New York.",
  'Both meetings were about terrorism.',
  'Hammouchi organised the Interpol General Assembly.',
  // ("together" found the meeting they were both in, and nothing checked what they did together.)
  'They had dinner together after the Marrakech meeting.',
  // (The one who received was taken for the same official said to be received twice.)
  'Hammouchi received the same official both times.',
  // ("his first" was read as the first of the meetings.)
  "Zouev's visit was his first to Morocco.",
  // (« la can », the Africa Cup of Nations in lowercase, was read as the English "can" that opens a question.)
  'la can a ete evoquée avec zouev.',
  // (Heading a body inside an organisation, or belonging to it, was taken for heading it.)
  'Shahkar is the head of the UN.',
  'Zouev is the head of the UN.',
  'Hammouchi is the head of Morocco.',
  // (The « h » of « 3h » was lost, and "they met" checked alone.)
  'Hammouchi et Zouev se sont vus pendant 3h.',
  // (« à la demande de » was read as a verb of asking said of Morocco.)
  'Shahkar a rencontré Hammouchi à la demande du Maroc.',
];

const TRUE = [
  // « secrétaire général adjoint », word for word.
  'Zouev is the deputy secretary-general of the UN counter-terrorism office.',
  // Useful is less than the "important and necessary" the article reports.
  "Zouev said Morocco's counter-terrorism experience was useful.",
  'The UN wants more cooperation with the DGSN.',
  'Shahkar and Zouev met Hammouchi the same year.',
  'Hammouchi received Shahkar in Marrakech on Tuesday.',
  'Zouev was received in Rabat on Monday 1 December 2025.',
  'The Interpol assembly ran until 27 November.',
  "Zouev is the UN's new counter-terrorism chief.",
  'Shahkar praised their operational experience and language skills.',
  'They discussed preventing violent extremism.',
  'The Rabat communiqué came from the DGSN-DGST pole.',
  'Morocco is an essential and reliable partner according to the communiqué.',
  'Both guests were UN officials.',
  'Hammouchi leads the DGSN and the DGST.',
  "La rencontre de Marrakech a eu lieu en marge de l'AG d'Interpol.",
  'Shahkar a été reçu avant Zouev.',
  "Les deux rencontres ont eu lieu à moins d'une semaine d'intervalle.",
  "L'ONU compte sur les policiers marocains.",
  'Zouev was received in Rabat, not Marrakech.',
  'Shahkar works for the UN, not Interpol.',
  "The General Assembly's last day was 27 November.",
  'Zouev came to Rabat.',
  'Both men Hammouchi received work for the UN.',
  "Les invités de Hammouchi travaillent pour l'ONU.",
  'Zouev est le nouveau secrétaire général adjoint du bureau ONU contre le terrorisme.',
  'Hammouchi a reçu Zouev en tant que chef de la DGSN.',
  'Hammouchi is the head of the DGSN-DGST pole.',
  "Hammouchi c'est le DG de la Sûreté nationale.",
  'He (Zouev) talked about the Sahel.',
  'The General Assembly ends on the 27th.',
  'Zouev was received on the 1st.',
  'The Interpol assembly goes on till 27 November.',
  'The Rabat communiqué calls Morocco a reliable partner in UN counter-terrorism efforts.',
  'Hammouchi met someone from the UN in Rabat.',
  'Shahkar est chef de la police des Nations Unies.',
  'Hammouchi met several heads of delegation during the Interpol General Assembly, not only Shahkar.',
  'Hammouchi received two senior UN officials within a week.',
  'Shahkar was received by Hammouchi while the Interpol General Assembly was going on.',
  "Zouev said he wanted to learn from Morocco's counter-terrorism experience.",
  'The statement says Zouev hopes to learn from Morocco\'s experience.',
  // « quelques jours » is a range of days (2 to 9): Zouev came six days after Shahkar.
  'Zouev was received a few days after Shahkar.',
  'Zouev a été reçu quelques jours après Shahkar.',
  'Hammouchi met the UN counter-terror guy in Rabat.',
  "Hammouchi a reçu le mec de l'antiterrorisme à Rabat.",
  // Each person, then their place, in turn.
  'Zouev was in Rabat and Shahkar in Marrakech.',
  "Zouev c'était à Rabat et Shahkar à Marrakech.",
  'Zouev a fait une visite de travail au Maroc.',
  'Shahkar handles the rule of law at the UN.',
  'The UN police chief is also Assistant Secretary-General for the rule of law.',
];

const asQuestion = (claim: string) => claim.replace(/\.$/, ' ?');

describe('probes for false confirmations', () => {
  it.each(UNTRUE)('never confirms "%s"', (claim) => {
    expect(engine.check(claim).claims.map((c) => c.verdict)).not.toContain('supported');
    expect(engine.answer(asQuestion(claim)).verdict).not.toBe('supported');
  });

  it.each(TRUE)('confirms "%s"', (claim) => {
    // ("…, not Marrakech" may stand as a claim of its own: each must hold.)
    const verdicts = engine.check(claim).claims.map((c) => c.verdict);
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((v) => v === 'supported')).toBe(true);
    expect(engine.answer(asQuestion(claim)).verdict).toBe('supported');
  });
});

describe('a question that takes for granted who issued a communiqué', () => {
  // (Answered with the sources, the wrong issuer went uncorrected.)
  it.each(['pourquoi c\'est le ministère des affaires étrangères qui a publié le communiqué sur zouev ?', 'why did the foreign ministry publish the statement about zouev?', 'why did interpol issue a press release about the shahkar meeting?'])('%s', (question) => {
    const answer = engine.answer(question);
    expect(answer.verdict).toBe('contradicted');
    expect(answer.text).toMatch(/DGSN/);
  });
});

describe('"is it true that…" opens a question, it makes no passive', () => {
  // ("Is … received" read as a passive once turned the two men round: a true claim got a no.)
  it.each(['Is it true that Hammouchi received Faisal Shahkar in Marrakech on 25 November?', 'Est-il vrai que Hammouchi a reçu Zouev à Rabat ?'])('%s', (question) => {
    expect(engine.answer(question).verdict).toBe('supported');
  });
});

describe('a clause of time with no one named says where the claim\'s people met', () => {
  // ("when they met in Marrakech": the place was dropped with the clause, and Rabat's talks were given as Marrakech's.)
  it.each(['what did hammouchi and zouev discuss when they met in marrakech?', 'de quoi Hammouchi et Zouev ont parlé quand ils se sont vus à Marrakech ?'])('%s', (question) => {
    const answer = engine.answer(question);
    expect(answer.verdict).toBe('contradicted');
    expect(answer.text).toMatch(/Rabat/);
  });
  // (The clause names Hammouchi, who had two meetings; with Shahkar, whom the question names, one: Marrakech, not New York.)
  it.each(['what did shahkar tell hammouchi when hammouchi visited him at un hq in new york?', "qu'est-ce que shahkar a dit a hammouchi quand hammouchi est allé le voir a new york ?"])('%s', (question) => {
    const answer = engine.answer(question);
    expect(answer.verdict).toBe('contradicted');
    expect(answer.text).toMatch(/Marrakech/);
  });
  it('a place in a clause about someone else is theirs: "was the GA still on when Zouev came to Rabat?" is not about where the GA was', () => {
    expect(engine.answer('was the interpol GA still on when zouev came to rabat').text).toMatch(/27/);
  });
});

describe('"the Shahkar one": a person\'s meeting, with no noun before "one"', () => {
  // (Read as Shahkar himself "also in Rabat", it was a person elsewhere — not stated; his meeting was in Marrakech.)
  it.each(['and the shahkar one, also in rabat?', "celle avec zouev c'était à marrakech ?"])('%s', (question) => {
    expect(engine.answer(question).verdict).toBe('contradicted');
  });
  it('not across a comma: "received by Hammouchi, one in Marrakech and one in Rabat"', () => {
    expect(engine.check('both UN officials were received by Hammouchi, one in Marrakech and one in Rabat').claims.map((c) => c.verdict)).toEqual(['supported']);
  });
});

describe('"…or am I mixing stuff up", « …et pas l\'inverse ? »: tags that ask for the claim to be confirmed', () => {
  // (Read as words of the claim, "they never mention “mixing”" and « “inverse” » turned two true claims unstated.)
  it.each(['bro did hammouchi meet the un counter terrorism guy in rabat or am i mixing stuff up', "c bien hammouchi qui a reçu shahkar et pas l'inverse ?"])('%s', (question) => {
    expect(engine.answer(question).verdict).toBe('supported');
  });
});

describe('"…, and C too" says the clause before of C, where and when included', () => {
  // (Read as "Zouev" alone, it was ✅ from his own meeting; Zouev was in Rabat on 1 December, not in Marrakech.)
  it.each([
    ['hammouchi received shahkar in marrakech, and zouev too', ['supported', 'contradicted']],
    ['shahkar etait a rabat le 25 novembre et zouev aussi', ['contradicted', 'not_stated']],
    // ("neither" is no "too": the clause before's place does not carry — he did meet Shahkar, in Marrakech.)
    ["Hammouchi n'a pas rencontré Zouev a Marrakech, c'etait a Rabat, et Shahkar non plus", ['supported', 'supported', 'contradicted']],
  ] as const)('%s', (text, verdicts) => {
    expect(engine.check(text).claims.map((c) => c.verdict)).toEqual(verdicts);
  });
  it('"…, and C was with him": with the one just spoken of, there and then', () => {
    expect(engine.check('hammouchi was in rabat on nov 25 and zouev was with him').claims.map((c) => c.verdict)).not.toContain('supported');
  });
});

describe('a statement, then a question after the last comma: the statement is taken for granted', () => {
  // (Answered as "what happened at Zouev's meeting", the wrong city and post went uncorrected.)
  it.each(['hammouchi went to marrakech to meet zouev, from the un police, what happened', 'hammouchi went to marrakech to meet zouev, what happened?'])('%s', (question) => {
    const answer = engine.answer(question);
    expect(answer.verdict).toBe('contradicted');
    expect(answer.text).toMatch(/Rabat/);
  });
  it('a true statement is not repeated as a correction', () => {
    expect(engine.answer('hammouchi received shahkar in marrakech, what did they discuss?').text).not.toMatch(/^No/);
  });
});

describe('a building somewhere is not a meeting held there', () => {
  // (« …a un bureau à Rabat ? » got « Oui » from the Rabat meeting: "Bureau" is a word of the office's name in the facts.)
  it.each(["le bureau antiterroriste de l'onu a un bureau à rabat ?", 'the meeting took place at an office in rabat?', 'la rencontre a eu lieu dans un bureau à rabat ?'])('%s', (question) => {
    expect(engine.answer(question).verdict).toBe('not_stated');
  });
  it('a building named with capitals is a place name, and Marrakech\'s venue denies it', () => {
    expect(engine.check('I read it was at the Palais des Congrès in Marrakech').claims.map((c) => c.verdict)).toEqual(['contradicted']);
  });
});

describe('"the X headline says…" is a claim said to be in an article, not a question about sources', () => {
  // (Answered with the list of titles and no "no", it was taken for a yes; the headline says the UN asks, not Morocco.)
  it('the marrakech headline says morocco asked the un for more cooperation', () => {
    const answer = engine.answer('the marrakech headline says morocco asked the un for more cooperation');
    expect(answer.verdict).not.toBe('supported');
    expect(answer.verdict).toBeDefined();
  });
});

describe('a place named with another place as its adjective is a place no article names', () => {
  // (« le Sahara marocain » read as the Sahel and Sahara region plus Morocco: "Oui".)
  it.each(['ils ont parle du dossier du Sahara marocain avec Zouev ?', 'did they discuss the Moroccan Sahara with Zouev?'])('%s', (question) => {
    expect(engine.answer(question).verdict).toBe('not_stated');
    expect(engine.check(question.replace(/ \?$|\?$/, '.')).claims.map((c) => c.verdict)).not.toContain('supported');
  });
  it.each(['Hammouchi a reçu Shahkar à Marrakech, Maroc ?', 'did they talk about the Sahara?'])('a place within the other, or one alone, is not one: %s', (question) => {
    expect(engine.answer(question).verdict).toBe('supported');
  });
});

describe('"together" with someone each of them met apart', () => {
  // (The host's meeting with each is on record, on other days in other cities: not together. With no one they
  // all met, "Shahkar and Zouev met" stays unsaid.)
  it.each(['c vrai que Hammouchi a recu Shahkar et Zouev ensemble ?', 'hammouchi met zouev and shahkar together in the same meeting right?'])('%s', (question) => {
    expect(engine.answer(question).verdict).toBe('contradicted');
    expect(engine.check(question.replace(/^c vrai que /, '').replace(/ right\?$| \?$/, '.')).claims.map((c) => c.verdict)).toContain('contradicted');
  });
  it('Shahkar and Zouev met?', () => expect(engine.answer('Shahkar and Zouev met?').verdict).toBe('not_stated'));
});

describe('a cleft names the one who did it', () => {
  // ("c'est A qui…", "wasn't it A who…": the article names someone else as the one who said it.)
  it.each(["wasn't it zouev who praised moroccan police for speaking several languages?", "c'est Zouev qui a salué les compétences linguistiques des policiers marocains ?", 'it was Hammouchi who asked the UN for more cooperation', 'zouev is the one who praised moroccan police for speaking several languages, right?', 'zouev est celui qui a parlé des langues ?'])('%s', (text) => {
    expect(engine.answer(text).verdict).toBe('contradicted');
  });
  it('without the cleft, "A said X" of what someone else said stays unsaid', () => {
    expect(engine.check('Zouev praised the Moroccan police officers for their languages.').claims.map((c) => c.verdict)).toEqual(['not_stated']);
  });
});

describe('a question word where it stands, after a verb of saying, asks what was said', () => {
  // Zouev called Morocco's experience « importante et nécessaire » (rabat-2025-12-01).
  it.each(["zouev a qualifié l'expérience marocaine comment ?", "il l'a qualifiée comment, l'expérience marocaine ?"])('%s', (question) => {
    const answer = engine.answer(question);
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/importante et nécessaire/);
  });
});

describe('the same one said of both meetings', () => {
  // (The same one as the subject of "received" is the host; as its object, the guests.)
  it.each(["c'est le même gars qui a reçu les deux ?", 'did the same person receive both?'])('%s', (text) => expect(engine.answer(text).verdict).toBe('supported'));
  it('hammouchi a reçu le même responsable les deux fois ?', () => expect(engine.answer('hammouchi a reçu le même responsable les deux fois ?').verdict).toBe('contradicted'));
});

describe('two alternatives asked at once: the one the articles bear out is the answer', () => {
  // (Checked against the articles: Hammouchi received Zouev, in Rabat, on 1 December; Shahkar in Marrakech.)
  it.each([
    ["hammouchi a reçu zouev, ou c'est zouev qui a reçu hammouchi ?", 'rabat-2025-12-01', 'Hammouchi', /^(oui|non)\b/i],
    ['did zouev receive hammouchi or did hammouchi receive zouev?', 'rabat-2025-12-01', 'Hammouchi', /^(yes|no)\b/i],
    ['did zouev meet hammouchi in marrakech or in rabat?', 'rabat-2025-12-01', 'Rabat', /^(yes|no)\b/i],
    ['was shahkar received in rabat or was he received in marrakech?', 'marrakech-2025-11-25', 'Marrakech', /^(yes|no)\b/i],
  ])('%s', (question, article, said, opener) => {
    const answer = engine.answer(question);
    expect(answer.answered).toBe(true);
    expect(answer.verdict).toBeUndefined();
    expect(answer.text).not.toMatch(opener);
    expect(answer.text).toContain(said);
    expect(answer.citations.map((c) => c.article)).toContain(article);
  });
  // (Neither borne out: each is answered, and neither with a yes.)
  it('with neither borne out, no yes', () => {
    const answer = engine.answer('did zouev meet hammouchi in marrakech or in tangier?');
    expect(answer.text).not.toMatch(/^yes\b/i);
  });
});

describe('"only about Z" of one meeting none of whose topics is Z', () => {
  // (The Rabat meeting discussed terrorist risks in hotspots: never drug trafficking, nor the World Cup by name.)
  it.each(['so the rabat meeting was only about drug trafficking?', 'la réunion de rabat c\'était uniquement sur le trafic de drogue ?', 'ils ont parlé uniquement de la Coupe du monde à Rabat ?'])('%s', (question) => {
    expect(engine.answer(question).verdict).toBe('contradicted');
  });
  // (All its topics are of terrorism, broadly: the articles do not weigh it.)
  it('an idea some of its topics carry is not denied', () => {
    expect(engine.answer("la réunion de rabat c'était uniquement sur le terrorisme ?").verdict).not.toBe('contradicted');
  });
  // ("just" of something else than what was talked about.)
  it.each(['so uh did hammouchi and zouev sign some kind of agreement or was it just talk', 'Zouev only took the UNOCT job earlier this year.'])('%s is not denied by a topic', (text) => {
    expect(engine.answer(text).verdict).not.toBe('contradicted');
  });
});

describe('a city no article names is a place elsewhere', () => {
  // (…and a question about nothing reported but such a city is refused as off the coverage, not answered with a neighbour.)
  it.each(['What is the weather in Paris?', "what's the weather like in Geneva?"])('%s', (text) => expect(engine.answer(text).answered).toBe(false));
  it.each(['shahkar a ete recu a fes par hammouchi ?', 'hammouchi a reçu zouev à tanger ?', "la 93e ag d'interpol se tenait a paris"])('%s', (text) => expect(engine.answer(text).verdict).toBe('contradicted'));
});

describe('words of the language files: « héberger », « qqn », « aimerait »', () => {
  it.each(["le maroc a hebergé l'ag d'interpol en 2025 ?", "ya eu une rencontre entre hammouchi et qqn de l'onu pdt l'ag interpol ?", 'shahkar met hammouchi on tue?'])('%s', (text) => expect(engine.answer(text).verdict).toBe('supported'));
  it('« aimerait » wishes: of someone who wished nothing of the kind, it stays unsaid', () => expect(engine.answer("zouev aimerait envoyer des policiers marocains au siège de new york ?").verdict).not.toBe('supported'));
});

describe('an event runs without a break from the first day it is seen under way to its end', () => {
  it.each([['was the interpol GA still going on nov 26?', 'supported'], ["l'AG d'Interpol se tenait le 24 novembre ?", 'not_stated'], ['was the GA held on 28 november?', 'contradicted']])('%s', (text, verdict) => expect(engine.answer(text).verdict).toBe(verdict));
});

describe('days between places are days between the meetings held there', () => {
  it.each([
    ["entre marrakech et rabat ya eu 6 jours d'ecart", 'supported'],
    ["entre marrakech et rabat ya eu 10 jours d'ecart", 'contradicted'],
    ['6 jours entre la rencontre de marrakech et celle de rabat ?', 'supported'],
    ['10 jours entre la rencontre de marrakech et celle de rabat ?', 'contradicted'],
  ])('%s', (text, verdict) => expect(engine.answer(text).verdict).toBe(verdict));
});

describe('« SGA », « se renseigner »', () => {
  it("zouev c l'ancien sga du bureau", () => expect(engine.answer("zouev c l'ancien sga du bureau").verdict).toBe('contradicted'));
  it("zouev voulait se renseigner sur l'experience marocaine en antiterrorisme ?", () => expect(engine.answer("zouev voulait se renseigner sur l'experience marocaine en antiterrorisme ?").verdict).toBe('supported'));
});

describe('a building named with a word that says which is still a building', () => {
  it('Hammouchi a recu Zouev au siege central de la DGSN a Rabat', () => expect(engine.check('Hammouchi a recu Zouev au siege central de la DGSN a Rabat').claims.map((c) => c.verdict)).toEqual(['not_stated']));
});

describe('heading the part is not heading the whole; the field between says which part', () => {
  it.each([['Shahkar is the chief of UN police', 'supported'], ['Zouev = chef de la police ONU', 'contradicted']])('%s', (text, verdict) => expect(engine.check(text).claims.map((c) => c.verdict)).toEqual([verdict]));
});

describe('"get into", "go into" a region is talking about it, not meeting there', () => {
  it('what\'s the unoct guy doing in morocco → did they get into the horn of africa', () => expect(converse("what's the unoct guy doing in morocco", 'did they get into the horn of africa').verdict).toBe('supported'));
});

describe('a follow-up that could be either language is in the conversation\'s', () => {
  it("c'etait quand la rencontre hammouchi / shakar → un mercredi nn ?", () => {
    const a = converse("c'etait quand la rencontre hammouchi / shakar", 'un mercredi nn ?');
    expect([a.language, a.verdict]).toEqual(['fr', 'contradicted']);
  });
});

describe('« il occupe quel poste ? » asks the post', () => {
  it('slt, hammouchi a recu qui a rabat ? → il occupe quel poste ?', () => expect(converse('slt, hammouchi a recu qui a rabat ?', 'il occupe quel poste ?').text).toMatch(/secrétaire général adjoint/));
});

describe('"the same communiqué", asked, compares the meetings', () => {
  it('c le meme communique pour les deux rencontres ?', () => expect(engine.answer('c le meme communique pour les deux rencontres ?').verdict).toBe('contradicted'));
  it('y a eu un communique sur la visite de zouev ? → et pour marrakech c le meme communique ?', () => expect(converse('y a eu un communique sur la visite de zouev ?', 'et pour marrakech c le meme communique ?').verdict).toBe('contradicted'));
});

describe('"was it discussed…?" as a first message: what "it" is, nothing says', () => {
  it.each(['was it discussed with zouev?', 'ça a été évoqué avec zouev ?'])('%s', (text) => expect(engine.answer(text).verdict).not.toBe('supported'));
  // (…and in a conversation, "it" is what was last asked about, not the meeting last spoken of.)
  it('did they discuss the sahel? → was it discussed with zouev? → was it mentioned in marrakech too?', () => {
    expect(converse('did they discuss the sahel?', 'was it discussed with zouev?', 'was it mentioned in marrakech too?').verdict).toBe('not_stated');
  });
  it("ils ont parlé de la syrie a rabat ? → et ça a été évoqué à marrakech aussi ?", () => expect(converse('ils ont parlé de la syrie a rabat ?', 'et ça a été évoqué à marrakech aussi ?').verdict).toBe('not_stated'));
});

describe('"both U guys together": two of the group at one meeting with the one named, not him and one of them', () => {
  // Hammouchi received Shahkar in Marrakech on 25 November and Zouev in Rabat on 1 December.
  it('hamouchi met both un guys together at interpol?', () => expect(engine.answer('hamouchi met both un guys together at interpol?').verdict).toBe('contradicted'));
  it('did hammouchi meet both UN officials together?', () => expect(engine.answer('did hammouchi meet both UN officials together?').verdict).toBe('contradicted'));
  it("hammouchi a reçu les deux responsables de l'onu ensemble ?", () => expect(engine.answer("hammouchi a reçu les deux responsables de l'onu ensemble ?").verdict).toBe('contradicted'));
  // "guys" after a group's name is its people, not chatter: both, at Interpol, is one too many.
  it('hammouchi met both un guys at interpol?', () => expect(engine.answer('hammouchi met both un guys at interpol?').verdict).toBe('contradicted'));
  // …and opening a message it calls on the readers: the claim after it is checked alone.
  it('Guys the Marrakech meeting was on Tuesday Nov 25, 2025', () => {
    const report = engine.check('Guys the Marrakech meeting was on Tuesday Nov 25, 2025');
    expect(report.claims.map((c) => [c.text, c.verdict])).toEqual([['the Marrakech meeting was on Tuesday Nov 25, 2025', 'supported']]);
  });
});

describe('a request to tell, and a name with what is asked of it, are questions, not claims to check', () => {
  // "tell me about…" was read as a statement and answered "Yes: …".
  it('tell me about the marrakech meeting', () => {
    const a = engine.answer('tell me about the marrakech meeting');
    expect(a.verdict).toBeUndefined();
    expect(a.text).toMatch(/received Faisal Shahkar/);
  });
  // « parle-moi d' » is the request, not "Interpol was discussed" (which no article says).
  it("parle moi d'interpol", () => expect(engine.answer("parle moi d'interpol").text).toMatch(/^Interpol est l'Organisation internationale de police criminelle/));
  it('tell me more about the sahel part', () => expect(engine.answer('tell me more about the sahel part').text).toMatch(/^The two sides discussed .*Sahel/));
  // The article: Shahkar, « chef de la police des Nations Unies et sous-secrétaire général chargé de l'État de droit ».
  it('faisal shakar full title?', () => expect(engine.answer('faisal shakar full title?').text).toMatch(/^Faisal Shahkar is the head of the United Nations Police and Assistant Secretary-General for the rule of law/));
  it('hammouchi job?', () => expect(engine.answer('hammouchi job?').verdict).toBeUndefined());
});

describe('"on behalf of who?" asks whom someone spoke for', () => {
  // The article: Shahkar « a exprimé la volonté du Secrétaire général de l'ONU », whom it never names.
  it('what did shahkar ask for → on behalf of who', () => expect(converse('what did shahkar ask for', 'on behalf of who').text).toMatch(/Secretary-General's wish/));
  it('… → whats his name: the Secretary-General\'s, which the articles never give', () => {
    const a = converse('what did shahkar ask for', 'on behalf of who', 'whats his name');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/do not name the UN Secretary-General/);
  });
  it('au nom de qui, shahkar ?', () => expect(engine.answer('au nom de qui, shahkar ?').text).toMatch(/volonté du Secrétaire général/));
  // Zouev speaks for no one else the articles name: who he is, by his post.
  it('who does zouev represent', () => expect(engine.answer('who does zouev represent').text).toMatch(/Office of Counter-Terrorism/));
});

describe('what a question takes for granted on its way is judged before it is answered', () => {
  // Batch ax's first run (2 December): the question was answered as if its aside held.
  // The articles never name anyone Zouev replaced.
  it('why did zouev, who replaced voronkov, come to rabat?', () => {
    const a = engine.answer('why did zouev, who replaced voronkov, come to rabat?');
    expect(a.verdict).toBe('not_stated');
    expect(a.text).toMatch(/^The articles don't say so/);
    expect(a.text).toMatch(/working visit/);
  });
  // One meeting was in Marrakech (25 November), the other in Rabat.
  it('vu que les deux rencontres etaient a rabat, ils ont parle de quoi ?', () => {
    const a = engine.answer('vu que les deux rencontres etaient a rabat, ils ont parle de quoi ?');
    expect(a.verdict).toBe('contradicted');
    expect(a.text).toMatch(/^Non : .*Marrakech/);
  });
  it('since both meetings were in rabat, what did they talk about?', () => expect(engine.answer('since both meetings were in rabat, what did they talk about?').verdict).toBe('contradicted'));
  // Batch ay's first run: "after <a meeting on the wrong day>," — Zouev was received on 1 December.
  it("after zouev's meeting in rabat on nov 25, where did he go next?", () => expect(engine.answer("after zouev's meeting in rabat on nov 25, where did he go next?").text).toMatch(/^No: .*1 December 2025/));
  // He heads the UN police; New York is where its headquarters are, not whose police he heads.
  it('shahkar, le chef de la police de new york, a dit quoi ?', () => expect(['not_stated', 'contradicted']).toContain(engine.answer('shahkar, le chef de la police de new york, a dit quoi ?').verdict));
  // What the articles bear out is not said again; a "which" that asks is no relative clause.
  it('why did zouev, the new guy, come to rabat?', () => expect(engine.answer('why did zouev, the new guy, come to rabat?').verdict).toBeUndefined());
  it('regarding the marrakech meeting, which part … — HQ, field, both?', () =>
    expect(engine.answer('hey so, regarding the marrakech meeting, which part of the UN system did shahkar say the moroccan officers would support — HQ, field, both?').text).toMatch(/New York/));
});

describe('"seen as", « vu comme » is how someone is presented, not a meeting', () => {
  // Batch ax's first run: « vu » was read as "met", and the yes rested on the meetings. The Rabat article: the meeting
  // « reflète l'importance croissante du Maroc comme partenaire essentiel et fiable des efforts onusiens ».
  it("d'apres l'article, le maroc est vu comme un partenaire fiable contre le terrorisme ?", () => {
    const a = engine.answer("d'apres l'article, le maroc est vu comme un partenaire fiable contre le terrorisme ?");
    expect(a.verdict).toBe('supported');
    expect(a.text).toMatch(/partenaire essentiel et fiable/);
  });
  it('is morocco seen as a reliable partner?', () => expect(engine.answer('is morocco seen as a reliable partner?').text).toMatch(/^Yes: .*essential and reliable partner/));
  it('is morocco seen as a weak partner?', () => expect(engine.answer('is morocco seen as a weak partner?').verdict).not.toBe('supported'));
});

describe('a person named after the words that describe him is the one asked about', () => {
  // Batch ax's first run: « l'autre gars de l'onu, shahkar » asked about people other than Shahkar, and declined.
  it("wesh et l'autre gars de l'onu, shahkar, lui c'etait ou ?", () => expect(engine.answer("wesh et l'autre gars de l'onu, shahkar, lui c'etait ou ?").text).toMatch(/Marrakech/));
  it('and the other UN guy, shahkar, where was he?', () => expect(engine.answer('and the other UN guy, shahkar, where was he?').text).toMatch(/^The meeting between Abdellatif Hammouchi and Faisal Shahkar took place in Marrakech/));
  // After a question about Zouev, "it" asked of Shahkar, who was not at Zouev's meeting, is Shahkar's own.
  it("c'est qui zouev ? → shahkar c'etait ou ?", () => {
    const a = converse("c'est qui zouev ?", "shahkar c'etait ou ?");
    expect(a.verdict).toBeUndefined();
    expect(a.text).toMatch(/Marrakech/);
  });
  // …but "that's where B got received too, right?" says it is the same place: denied (Zouev was received in Rabat).
  it('the assembly → and that\'s where zouev got received too, right?', () =>
    expect(converse('whats this interpol general assembly thing in the marrakech article?', "and that's where zouev got received too, right?").verdict).toBe('contradicted'));
});

describe('« jcrois que », SMS for « je crois que », opens a claim and says nothing of its own', () => {
  // Batch ay's first run: "jcrois" was a word no article has, and the claim went unjudged. Zouev was in Rabat on 1 December.
  it("jcrois que zouev c'etait le 25 novembre a marrakech pendant interpol nan ?", () => expect(engine.answer("jcrois que zouev c'etait le 25 novembre a marrakech pendant interpol nan ?").text).toMatch(/^Non : .*1er décembre 2025, à Rabat/));
});

describe('"does the Y article mention Z?": a fact of that article that says it, whoever said it', () => {
  // Batch ay's first run: « parle de » was read as "discussed", which the Marrakech article's last paragraph does not
  // say; it says the talks aim at the fight « contre toutes les formes de criminalité transnationale ».
  it("l'article de marrakech parle de criminalite transnationale ?", () => expect(engine.answer("l'article de marrakech parle de criminalite transnationale ?").text).toMatch(/^Oui : .*criminalité transnationale/));
  // Syria is in the Rabat article only; New York in the Marrakech one only.
  it("l'article de marrakech parle de la syrie ?", () => expect(engine.answer("l'article de marrakech parle de la syrie ?").verdict).toBe('not_stated'));
  it('does the rabat article mention new york?', () => expect(engine.answer('does the rabat article mention new york?').verdict).not.toBe('supported'));
  it('does the marrakech article mention new york?', () => expect(engine.answer('does the marrakech article mention new york?').verdict).toBe('supported'));
});

describe('a follow-up\'s pronoun is bound, never read as anyone or anywhere', () => {
  // « l'a » lends its auxiliary to « vu »: "he saw him", both of the meeting last talked of.
  it("hammouchi a rencontre qui le 25 novembre → il l'a vu a rabat c ca ?", () => expect(converse('hammouchi a rencontre qui le 25 novembre', "il l'a vu a rabat c ca ?").verdict).toBe('contradicted'));
  // "there", after "where…?", is the place the answer gave.
  it('ou se trouvent les jardins de la menara dans cette histoire → c la que zouev a ete recu ?', () => expect(converse('ou se trouvent les jardins de la menara dans cette histoire', 'c la que zouev a ete recu ?').verdict).toBe('contradicted'));
  // « c t », SMS for « c'était »: the visit last talked of.
  it("yo c quand la visite de zouev → c t pendant l'ag d'interpol du coup ?", () => expect(converse('yo c quand la visite de zouev', "c t pendant l'ag d'interpol du coup ?").verdict).toBe('contradicted'));
  // (« qui l'a sorti »: what was issued is a thing; the verb keeps its auxiliary.)
  it("le communiqué de Rabat c'est le Bureau de l'ONU contre le terrorisme qui l'a sorti", () => expect(engine.check("le communiqué de Rabat c'est le Bureau de l'ONU contre le terrorisme qui l'a sorti").claims.map((c) => c.verdict)).toEqual(['contradicted']));
});

describe('where an idea is, said past a clause about it or with "is" alone', () => {
  // "the HQ B talked about is in Z": past "is", what is in Z is the idea again.
  it('the UN police HQ shahkar talked about is in geneva right', () => expect(engine.answer('the UN police HQ shahkar talked about is in geneva right').verdict).toBe('contradicted'));
  it('the HQ shahkar mentioned is in new york?', () => expect(engine.answer('the HQ shahkar mentioned is in new york?').verdict).toBe('supported'));
  // « c Genève »: "is", the locative left out.
  it("selon shahkar le siege des unites de police de l'onu c geneve ?", () => expect(engine.answer("selon shahkar le siege des unites de police de l'onu c geneve ?").verdict).toBe('contradicted'));
  // (Not where someone met: « le siège où A a reçu B à Y ».)
  it('le siège où Hammouchi a reçu Shahkar est à Marrakech ?', () => expect(engine.answer('le siège où Hammouchi a reçu Shahkar est à Marrakech ?').verdict).not.toBe('contradicted'));
});

describe('leaving a post is the opposite of being new in it', () => {
  it.each(["zouev il quittait son poste, c t une visite d'adieu ?", 'was zouev leaving his post, like a farewell visit?'])('%s', (text) => expect(engine.answer(text).verdict).toBe('contradicted'));
});

describe('a venue, then "in" a city: said of where the venue is too', () => {
  it("interpol c'etait aux jardins de la menara a rabat c ca", () => expect(engine.answer("interpol c'etait aux jardins de la menara a rabat c ca").verdict).toBe('contradicted'));
  it("interpol c'etait aux jardins de la menara a marrakech c ca", () => expect(engine.answer("interpol c'etait aux jardins de la menara a marrakech c ca").verdict).toBe('supported'));
  it('Hammouchi a reçu Shahkar aux jardins de la Ménara à Rabat', () => expect(engine.check('Hammouchi a reçu Shahkar aux jardins de la Ménara à Rabat').claims.map((c) => c.verdict)).toEqual(['contradicted']));
});

describe('a visit paid to someone is meeting them', () => {
  it.each(['why did shahkar visit hammouchi in casablanca', 'hammouchi a rendu visite a zouev au siege de l onu'])('%s', (text) => expect(engine.answer(text).verdict).toBe('contradicted'));
  // (Not someone invited to visit a place, nor a trip after a meeting; nor where a verb of meeting already says it.)
  it('Shahkar a invité Hammouchi à venir à New York en 2026', () => expect(engine.check('Shahkar a invité Hammouchi à venir à New York en 2026').claims.map((c) => c.verdict)).not.toContain('contradicted'));
  it('zouev il voulait quoi en venant voir hammouchi', () => expect(engine.answer('zouev il voulait quoi en venant voir hammouchi').text).toMatch(/expérience/));
});

describe('two places of someone not at the first one\'s meeting: where they went, not the meetings\' order', () => {
  it('shahkar est passé a rabat apres marrakech?', () => expect(engine.answer('shahkar est passé a rabat apres marrakech?').verdict).toBe('not_stated'));
  // (Of someone who was at the meeting held at the place said first, the order of the meetings stands.)
  it('hammouchi a reçu zouev à rabat après marrakech ?', () => expect(engine.answer('hammouchi a reçu zouev à rabat après marrakech ?').verdict).toBe('supported'));
});

describe('"received by C in Y": the one who received someone there, the articles name', () => {
  it.each(['pourquoi zouev a été reçu par shahkar a rabat?', 'did shahkar receive zouev in rabat?'])('%s', (text) => expect(engine.answer(text).verdict).toBe('contradicted'));
  // (Not said as one more: "also received by C" — nothing rules out another host too.)
  it('was zouev also received by shahkar in rabat?', () => expect(engine.answer('was zouev also received by shahkar in rabat?').verdict).toBe('not_stated'));
});

describe('"anywhere", « quelque part », « causé »: chatter and a verb of talking, read as such', () => {
  it.each(['la syrie est mentionnée quelque part ?', 'is the sahel mentioned anywhere?'])('%s', (text) => expect(engine.answer(text).verdict).toBe('supported'));
  it('de quoi ils ont causé hammouchi et zouev', () => expect(engine.answer('de quoi ils ont causé hammouchi et zouev').text).toMatch(/terroris/));
});

describe('a building said as where someone met: the place after it is where they met', () => {
  it('did hammouchi meet zouev at interpol HQ in lyon?', () => expect(engine.answer('did hammouchi meet zouev at interpol HQ in lyon?').verdict).toBe('contradicted'));
  // (After an idea, the building is the idea's: "units at HQ in New York".)
  it('the UN wants to support its police units at HQ in New York too', () => expect(engine.check('the UN wants to support its police units at HQ in New York too').claims.map((c) => c.verdict)).toEqual(['supported']));
});

describe('a meeting picked by its rank', () => {
  // (A false yes found while fixing round 9: the rank before the noun was dropped, and any meeting at the place did.)
  it.each(['was the second meeting in marrakech?', 'was the first meeting in rabat?', "la deuxième rencontre c'était à marrakech ?"])('%s', (text) => expect(engine.answer(text).verdict).toBe('contradicted'));
  it.each(['was the first meeting in marrakech?', "la première rencontre c'était avec shahkar ?", 'the second meeting was with zouev?'])('%s', (text) => expect(engine.answer(text).verdict).toBe('supported'));
  // (Not « la première fois que… »: someone's first time, which no article gives.)
  it('c la premiere fois que zouev vient au maroc ?', () => expect(engine.answer('c la premiere fois que zouev vient au maroc ?').verdict).toBe('not_stated'));
  it('how many meetings… → which came first? → and the second one was in marrakech too?', () => expect(converse('how many meetings did hammouchi have w UN ppl', 'which came first?', 'and the second one was in marrakech too?').verdict).toBe('contradicted'));
  // (…or a person picked by the rank of their meeting: "the second guy" is the one met at the second meeting, and what he said is his.)
  it('… → and the second one was where → did the second guy talk about peacekeeping too', () => {
    expect(converse('how many meetings did hammouchi have with UN people here', 'which one was first', 'and the second one was where', 'did the second guy talk about peacekeeping too').verdict).toBe('not_stated');
  });
  it.each([['did the second guy talk about terrorism?', 'supported'], ['le premier responsable a parlé du sahel ?', 'not_stated'], ['did the first guy talk about peacekeeping?', 'supported']])('%s', (text, verdict) => expect(engine.answer(text).verdict).toBe(verdict));
});

describe('"it" after "whom did A meet there?", and the last day of an event said as when', () => {
  // (« qui » right after the verb asks, question mark or not; the answer quotes one meeting, which "it" then is.)
  it("yo c koi la 93e AG d'interpol → hammouchi y a rencontré qui de l'onu → ah et c'était a la fin de l'AG, le 27 ?", () => {
    expect(converse("yo c koi la 93e AG d'interpol", "hammouchi y a rencontré qui de l'onu", "ah et c'était a la fin de l'AG, le 27 ?").verdict).not.toBe('supported');
  });
  it("hammouchi y a rencontré qui de l'onu (no question mark) asks who", () => expect(converse("yo c koi la 93e AG d'interpol", "hammouchi y a rencontré qui de l'onu").text).toMatch(/Shahkar/));
});

describe('a place or a day said of "the meeting", without a question mark', () => {
  it("la rencontre a marrakech c'etait un lundi si je me souviens bien", () => expect(engine.answer("la rencontre a marrakech c'etait un lundi si je me souviens bien").verdict).toBe('contradicted'));
});

describe('"the latter", « ce dernier »: the last one named before', () => {
  it.each(["Hammouchi a reçu Shahkar mardi. Ce dernier lui a transmis la volonté du SG de l'ONU de renforcer la coopération", "Hammouchi received Shahkar on Tuesday. The latter conveyed the UN Secretary-General's wish to strengthen cooperation."])('%s', (text) => {
    expect(engine.check(text).claims.map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });
});

describe('a name after a place said by a common noun names another place', () => {
  // ("aux jardins Majorelle": "jardins" alone is the Menara Gardens, but not with another name after it.)
  it('la rencontre avec Shahkar c\'etait aux jardins Majorelle ?', () => {
    const answer = engine.answer("la rencontre avec Shahkar c'etait aux jardins Majorelle ?");
    expect(answer.verdict).toBe('contradicted');
    expect(answer.text).toMatch(/Ménara/);
  });
  it('la rencontre avec Shahkar, c\'était aux jardins ?', () => expect(engine.answer("la rencontre avec Shahkar, c'était aux jardins ?").verdict).toBe('supported'));
});

describe('"all", "both" past grammar words', () => {
  // ("both of these meetings were in november?" got a yes from one of them.)
  it('both of these meetings were in november?', () => expect(engine.answer('both of these meetings were in november?').verdict).toBe('contradicted'));
  // (Something said of each member of a list a fact gives — "all the hotspots were in Africa" — no fact says of each.)
  it.each(['all the hotspots discussed in rabat were in africa, right?', 'tous les foyers de tension évoqués à Rabat sont en Afrique ?'])('%s', (question) => {
    expect(engine.answer(question).verdict).not.toBe('supported');
    expect(engine.answer(question).text).not.toMatch(/ de des /);
  });
  it('ils ont parlé de foyers de tension ?', () => expect(engine.answer('ils ont parlé de foyers de tension ?').verdict).toBe('supported'));
});

describe('a list\'s cue at the head asks nothing when the rest says something of the meetings', () => {
  // (« toutes les rencontres … c'était avec … ? » was answered with the list of meetings and no "no".)
  it("toutes les rencontres de Hammouchi pendant l'AG c'etait avec des organisations internationales ?", () => {
    const answer = engine.answer("toutes les rencontres de Hammouchi pendant l'AG c'etait avec des organisations internationales ?");
    expect(answer.intent).toBe('yesno');
    expect(answer.verdict).not.toBe('supported');
  });
  it('toutes les rencontres de Hammouchi ?', () => expect(engine.answer('toutes les rencontres de Hammouchi ?').intent).not.toBe('yesno'));
});

describe('follow-ups that name a place or a person by a pronoun', () => {
  // ("there" is the place, or the event, last talked of; it was any meeting of the person's: a yes from Rabat.)
  it.each([
    ['who did Hammouchi meet in Marrakech?', 'was Zouev there too?'],
    ["L'AG d'Interpol c'etait ou et jusqu'a quand ?", 'et Zouev y etait aussi ?'],
  ])('%s → %s', (first, then) => expect(converse(first, then).verdict).toBe('not_stated'));
  it('who did Hammouchi meet in Rabat? → was Zouev there?', () => expect(converse('who did Hammouchi meet in Rabat?', 'was Zouev there?').verdict).toBe('supported'));
  // (« il » after « ce dernier a rencontré A ? » is the one « ce dernier » stood for, not A.)
  it('« il » after « ce dernier a rencontré Hammouchi »', () => {
    expect(converse("Faisal Shahkar c'est qui ?", 'ce dernier a rencontre Hammouchi a Rabat c ca ?', 'et il a parle du terrorisme au Sahel avec lui ?').verdict).not.toBe('supported');
  });
});

describe('a date said with "since" is when something began, not the meeting\'s day', () => {
  it('…, he spoke for the SG. He has been head of UN police since October.', () => {
    expect(engine.check('Shahkar spoke for the SG. He has been head of UN police only since October.').claims.map((c) => c.verdict)).toEqual(['supported', 'not_stated']);
  });
});

describe('"one" of the people is not "the X one" of the meetings', () => {
  it('Both meetings were with senior UN officials, one from counter-terrorism and one from UN police.', () => {
    expect(engine.check('Both meetings were with senior UN officials, one from counter-terrorism and one from UN police.').claims.map((c) => c.verdict)).not.toContain('contradicted');
  });
});

describe('a place said by a common noun, capitalised, with another name after it', () => {
  it("La rencontre Hammouchi-Shahkar s'est tenue aux Jardins Majorelle", () => {
    expect(engine.check("La rencontre Hammouchi-Shahkar s'est tenue aux Jardins Majorelle").claims.map((c) => c.verdict)).toEqual(['contradicted']);
  });
});

describe('someone never named, between commas after a name, is said to be them', () => {
  it('why did zouev, the UN secretary-general, visit morocco?', () => expect(engine.answer('why did zouev, the UN secretary-general, visit morocco?').verdict).toBe('contradicted'));
});

describe('"A only met C": contradicted when the articles say whom else A met then', () => {
  it.each(['did Hammouchi meet only Shahkar during the GA?', 'during the GA did hammouchi only meet with UN people?', "Hammouchi n'a rencontré que Shahkar pendant l'AG d'Interpol ?"])('%s', (q) => expect(engine.answer(q).verdict).toBe('contradicted'));
  it('did Hammouchi only meet Zouev in Rabat?', () => expect(engine.answer('did Hammouchi only meet Zouev in Rabat?').verdict).toBe('not_stated'));
});

describe('a concept a fact says of someone carries it for them only', () => {
  // ("received Zouev, the new USG": "Hammouchi is new" was confirmed from it.)
  it.each(['Hammouchi is new in the job.', 'Hammouchi est nouveau à son poste.'])('%s', (claim) => expect(engine.check(claim).claims.map((c) => c.verdict)).not.toContain('supported'));
  it('Zouev is new in the job.', () => expect(engine.check('Zouev is new in the job.').claims.map((c) => c.verdict)).toEqual(['supported']));
  // ("Shahkar too": what was said of the one before, said of him — not his name alone, which any meeting shows.)
  it('Zouev is new in the job; Shahkar too', () => expect(engine.check('Zouev is new in the job; Shahkar too').claims.map((c) => c.verdict)).toEqual(['supported', 'not_stated']));
});

describe('"then", last in a follow-up, is the day of the meeting last talked of', () => {
  // (Answered "Yes" with where the assembly is held.)
  it('when was the rabat meeting? → was the interpol GA still going on then?', () => expect(converse('when was the rabat meeting?', 'was the interpol GA still going on then?').verdict).toBe('contradicted'));
  it('when was the marrakech meeting? → was the interpol GA still going on then?', () => expect(converse('when was the marrakech meeting?', 'was the interpol GA still going on then?').verdict).toBe('supported'));
});

describe('"he" after a question the articles cannot answer is still the one spoken of before', () => {
  // (The question in between once was "where are the UN police units based?", which the articles now answer: New York and the missions.)
  it('what did Shahkar want? → how many officers do the units have? → did he bring up Afghanistan?', () => expect(converse('what did Shahkar want from Morocco?', 'how many officers do the UN police units have?', 'did he bring up Afghanistan?').verdict).not.toBe('supported'));
  it('what did Zouev want? → how many officers do the units have? → did he bring up Afghanistan?', () => expect(converse('what did Zouev want from Morocco?', 'how many officers do the UN police units have?', 'did he bring up Afghanistan?').verdict).toBe('supported'));
});

describe('"A first, and B afterwards": an order of meetings, which "first" only says again', () => {
  it('Hammouchi saw Zouev first and Shahkar afterwards, right?', () => expect(engine.answer('Hammouchi saw Zouev first and Shahkar afterwards, right?').verdict).toBe('contradicted'));
  it('Hammouchi saw Shahkar first and Zouev afterwards, right?', () => expect(engine.answer('Hammouchi saw Shahkar first and Zouev afterwards, right?').verdict).toBe('supported'));
});

describe('"the people A received": a clause of its own, and an organisation after a passive verb, with no "by", is theirs', () => {
  it.each([
    ['were the two people Hammouchi received both from the UN?', 'supported'],
    ['the two people received by Hammouchi were UN officials, right?', 'supported'],
    ["les deux responsables reçus par Hammouchi sont de l'ONU ?", 'supported'],
    ['were the two people Hammouchi received both from the DGST?', 'contradicted'],
  ])('%s → %s', (question, verdict) => expect(engine.answer(question).verdict).toBe(verdict));
});

describe('a post asked of before ("his job before this post?") is one the articles never give, not the one he holds now', () => {
  it.each(["c'était quoi le poste de Shahkar avant ?", "what was Shahkar's job before this UN police post?"])('%s', (question) => {
    const a = engine.answer(question);
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });
  // (Nor who held it before him: the articles name no one before anyone.)
  it.each(["who held Shahkar's post before him?", 'who was the head of UN police before Shahkar?'])('%s', (question) => expect(engine.answer(question).answered).toBe(false));
});

describe('a clause of time that says its own day is checked as said; one that names a meeting says which', () => {
  it('what was said when Hammouchi met Shahkar on Monday? → No', () => expect(engine.answer('what was said when Hammouchi met Shahkar on Monday?').verdict).toBe('contradicted'));
  it('what was said when Hammouchi met Zouev on Monday? → the Rabat talks', () => {
    const a = engine.answer('what was said when Hammouchi met Zouev on Monday?');
    expect(a.verdict).not.toBe('contradicted');
    expect(a.citations.every((c) => c.article === 'rabat-2025-12-01')).toBe(true);
  });
  it('de quoi ils ont parlé quand Hammouchi a reçu Zouev ? is about the Rabat meeting', () => expect(engine.answer('de quoi ils ont parlé quand Hammouchi a reçu Zouev ?').citations.map((c) => c.article)).toContain('rabat-2025-12-01'));
  it('what did they discuss when Hammouchi met Zouev? is about the Rabat meeting', () => expect(engine.answer('what did they discuss when Hammouchi met Zouev?').citations.map((c) => c.article)).toContain('rabat-2025-12-01'));
});

describe('« A l\'a reçu »: the pronoun the verb is done to is the one spoken of before, not A named beside it', () => {
  it("Shahkar il est chef de quoi ? → et lui hammouchi l'a reçu à rabat c'est ça ? → No", () => expect(converse('Shahkar il est chef de quoi déjà ?', "et lui hammouchi l'a reçu à rabat c'est ça ?").verdict).toBe('contradicted'));
  it("Shahkar il est chef de quoi ? → Hammouchi l'a reçu à Marrakech ? → Yes", () => expect(converse('Shahkar il est chef de quoi déjà ?', "Hammouchi l'a reçu à Marrakech ?").verdict).toBe('supported'));
});

describe('"it" after an answer that settled nothing is nothing: not any meeting of the one named', () => {
  it('(declined as unclear) → did zouev attend it too?', () => {
    const a = converse('which interpol general assembly was it, number-wise, and where?', 'did zouev attend it too?');
    expect(a.verdict).not.toBe('supported');
    expect(a.text).not.toMatch(/^Yes/);
  });
});

describe('"any other city", « d\'autres villes »: places besides those of the meetings reported, which the articles never give', () => {
  it.each(['did zouev visit any other moroccan city during his trip?', "Zouev a visité d'autres villes du Maroc ?", 'did shahkar go to another place?'])('%s', (question) => expect(engine.answer(question).verdict).toBe('not_stated'));
  // (Other places talked of are topics, not places someone went: the Rabat talks named several.)
  it('besides the sahel what other places came up in rabat → named', () => expect(engine.answer('besides the sahel what other places came up in rabat').text).toMatch(/Afghanistan/));
});

describe('when someone was appointed, or took office, is a start no article gives', () => {
  it.each(['zouev a été nommé quand à son poste ?', 'when was zouev appointed?', 'when did Shahkar take office?'])('%s', (question) => {
    const a = engine.answer(question);
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });
});

describe('« il s\'appelle comment ? », « en deux mots »: how people ask who, and for a summary', () => {
  it("Shahkar il est chef de quoi ? → il s'appelle comment ?", () => expect(converse('Shahkar il est chef de quoi déjà ?', "il s'appelle comment ?").text).toMatch(/Shahkar/));
  it('en deux mots la rencontre de marrakech c\'était sur quoi ?', () => {
    const a = engine.answer("en deux mots la rencontre de marrakech c'était sur quoi ?");
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.article)).toContain('marrakech-2025-11-25');
  });
});

describe('"represents", « qui représente »: whose someone is, taken for granted in a question and checked', () => {
  it("pourquoi Zouev, qui représente Interpol, s'intéresse autant à l'expérience marocaine ? → No", () => expect(engine.answer("pourquoi Zouev, qui représente Interpol, s'intéresse autant à l'expérience marocaine ?").verdict).toBe('contradicted'));
});

describe('"list the hotspots", « liste les foyers de tension »: a list of what was talked of, not of the meetings', () => {
  it.each(['list the hotspots', 'liste les foyers de tension cités à Rabat'])('%s', (question) => expect(engine.answer(question).text).toMatch(/Afghan/));
});

describe('a title at an organisation said right beside a name is that person\'s, verb or not', () => {
  it("faisal shahkar le secrétaire général d'interpol il a dit quoi à hammouchi ? → No", () => expect(engine.answer("faisal shahkar le secrétaire général d'interpol il a dit quoi à hammouchi ?").verdict).toBe('contradicted'));
});

describe('"supposed to achieve", « servaient à quoi »: why, asked of what meetings were for', () => {
  it.each(['ces réunions bilatérales elles servaient à quoi du coup ?', "what were hammouchi's bilateral meetings there supposed to achieve?"])('%s', (question) => expect(engine.answer(question).text).toMatch(/coopération|cooperation/));
});

describe('« je confonds pas ? », "or am I mixing it up?": a tag that asks yes or no, not words of the claim', () => {
  it.each([
    ["le communiqué dit que zouev a qualifié l'expérience marocaine de nécessaire, je confonds pas ?", 'supported'],
    ['Zouev met Hammouchi in Rabat, or am i mixing it up?', 'supported'],
    ['Zouev met Hammouchi in Marrakech, or am i mixing it up?', 'contradicted'],
  ])('%s → %s', (question, verdict) => expect(engine.answer(question).verdict).toBe(verdict));
});

describe('an event asked about in the wrong place is corrected, not described', () => {
  it.each(["what's the interpol general assembly in rabat all about?", "c'est quoi l'AG d'Interpol à Rabat ?"])('%s → No', (question) => expect(engine.answer(question).verdict).toBe('contradicted'));
  it("what's the interpol general assembly in marrakech all about? → described", () => expect(engine.answer("what's the interpol general assembly in marrakech all about?").verdict).not.toBe('contradicted'));
});

describe('« il l\'a reçu »: two pronouns for the two people of the meeting last talked of', () => {
  it("qui a reçu shahkar ? → il l'a reçu à rabat c'est ça ? → No", () => expect(converse('qui a reçu shahkar ?', "il l'a reçu à rabat c'est ça ?").verdict).toBe('contradicted'));
  it("qui a reçu shahkar ? → il l'a reçu à Marrakech c'est ça ? → Yes", () => expect(converse('qui a reçu shahkar ?', "il l'a reçu à Marrakech c'est ça ?").verdict).toBe('supported'));
});

describe('« ce message », "that", after a verb of saying: what the last answer said, when it rested on one fact', () => {
  const before = ["l'ONU elle attend quoi de la DGSN au juste ?", 'c\'est pour renforcer quelles unités ?'];
  it("… → et c'est Zouev qui a transmis ce message, non ? → No", () => expect(converse(...before, "et c'est Zouev qui a transmis ce message, non ?").verdict).toBe('contradicted'));
  it("… → et c'est Shahkar qui a transmis ce message, non ? → Yes", () => expect(converse(...before, "et c'est Shahkar qui a transmis ce message, non ?").verdict).toBe('supported'));
});

describe('"the B meeting after the Y one": a person named with a noun for a meeting stands for it in an order', () => {
  it.each([
    ['did the shahkar meeting happen after the rabat one?', 'contradicted'],
    ['did the zouev meeting happen after the marrakech one?', 'supported'],
  ])('%s → %s', (question, verdict) => expect(engine.answer(question).verdict).toBe(verdict));
});

describe('"what came out of the X meeting": a result asked of, not someone coming; the day it takes for granted is checked', () => {
  it.each([
    ['what came out of the tuesday meeting with Zouev?', 'contradicted'],
    ['what came out of the monday meeting with Zouev?', undefined],
  ])('%s → %s', (question, verdict) => expect(engine.answer(question).verdict).toBe(verdict));
});

describe('a clause of time that places its meeting where it was not is corrected', () => {
  it.each([
    ['what was said when Hammouchi met Shahkar in Rabat?', 'contradicted'],
    ['de quoi ils ont parlé quand Hammouchi a reçu Zouev à Marrakech ?', 'contradicted'],
    ['what was said when Hammouchi met Shahkar in Marrakech?', undefined],
    ['de quoi ils ont parlé quand Hammouchi a reçu Zouev à Rabat ?', undefined],
  ])('%s → %s', (question, verdict) => expect(engine.answer(question).verdict).toBe(verdict));
});

describe('« il est venu faire quoi ? », "what did he come to do?": why he came', () => {
  it.each(['et Zouev est venu faire quoi au maroc ?', 'what did zouev come to do in morocco?'])('%s', (question) => expect(engine.answer(question).text).toMatch(/expérience|experience/));
});

describe('« quels jours de la semaine », "which days of the week": when, as weekdays', () => {
  it("les deux rencontres, c'était quels jours de la semaine ?", () => expect(engine.answer("les deux rencontres, c'était quels jours de la semaine ?").text).toMatch(/mardi.*lundi|lundi.*mardi/));
  it('which days of the week were the two meetings?', () => expect(engine.answer('which days of the week were the two meetings?').intent).toBe('when'));
});

describe('what "how many" counts is the noun right after it, not a word that can be counted elsewhere in the question', () => {
  it('how many terrorist attacks … according to the article? → declined, not the number of articles or meetings', () => {
    const a = engine.answer('how many terrorist attacks were there in the sahel this year according to the article?');
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });
  it('how many days between the two meetings? → the days', () => expect(engine.answer('how many days between the two meetings?').text).toMatch(/6|six/));
});

describe('names said after a question, "… I mean", say whom its pronoun stands for', () => {
  it.each([
    ["didn't they meet in rabat? the shahkar meeting i mean", 'contradicted'],
    ['did he go to rabat? I mean Shahkar', 'not_stated'],
    ['ils se sont vus à rabat ? je parle de hammouchi et zouev', 'supported'],
  ])('%s → %s', (question, verdict) => expect(engine.answer(question).verdict).toBe(verdict));
  it('il est venu quand ? je parle de shahkar → his day', () => expect(engine.answer('il est venu quand ? je parle de shahkar').text).toMatch(/25 novembre/));
});

describe('"anyone besides A?" after an answer asks for someone else, not for the other meeting', () => {
  const ask = (turns: string[]) => {
    const conversation: { question: string; answer: ReturnType<typeof engine.answer> }[] = [];
    for (const question of turns) conversation.push({ question, answer: engine.answer(question, { conversation }) });
    return conversation.at(-1)?.answer as ReturnType<typeof engine.answer>;
  };
  it.each([
    [["what's the un police chief's full title?", 'and he came to marrakech for what event?', 'did he meet anyone besides hammouchi there?']],
    [['who is shahkar?', 'did he meet anyone other than hammouchi?']],
  ])('%j → not yes', (turns) => expect(ask(turns).text).not.toMatch(/^Yes/));
  // "the other U guy", « l'autre, celui avec C »: the name says who the other one is, it is not set aside.
  it('« et l\'autre, celui avec Zouev ? » after the Marrakech article → the Rabat meeting', () => expect(ask(["De quoi parle l'article sur Marrakech ?", "et l'autre, celui avec Zouev ?"]).text).toMatch(/Zouev/));
  it('"what about the other guy, shakhar?" after Zouev\'s role → Shahkar\'s', () => expect(ask(["what's zouev's role exactly?", 'what about the other guy, shakhar?']).text).toMatch(/rule of law/));
});

describe('a title said with its organisation\'s possessive, "O\'s secretary general", is that organisation\'s post', () => {
  it.each(["what's the name of interpol's secretary general?", "who is interpol's secretary general?"])('%s → declined, no one the articles name holds it', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });
  it("who is the UN's secretary general? → the articles do not name him (not the UN's officials)", () => expect(engine.answer("who is the UN's secretary general?").text).toMatch(/do not name/));
});

describe('a narrower term typed as it is stays as typed, never mended into another word', () => {
  it("combien d'attentats au sahel cette année selon l'article ? → declined, not the number of meetings", () => {
    const a = engine.answer("combien d'attentats au sahel cette année selon l'article ?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/attentats/);
  });
});

describe('a question that only says the one before it more precisely is no second question', () => {
  it.each(["where's shahkar from? like which country", 'il est de quel pays shahkar ?', "what's shahkar's nationality?"])('%s → declined, with nothing cited', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });
  it('qui est zouev ? genre son poste → his post', () => expect(engine.answer('qui est zouev ? genre son poste').text).toMatch(/secrétaire général adjoint/));
  it("l'article sur shakhar se base sur quoi ? → its communiqué", () => expect(engine.answer("l'article sur shakhar se base sur quoi ?").text).toMatch(/communiqué/));
});

describe('"besides C, who …?" asks for others than C, at the place asked about', () => {
  it.each([
    'besides shahkar, who did hammouchi meet in marrakech?',
    'à part shahkar, qui hammouchi a rencontré à marrakech ?',
    'à part shahkar, quels autres chefs de délégation hammouchi a rencontrés à marrakech ?',
  ])('%s → the bilateral meetings, not Shahkar\'s meeting nor the one in Rabat, and no yes', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/bilat/);
    expect(a.text).not.toMatch(/Zouev|Shahkar|^(Oui|Yes)/);
  });
  it("the UN guy in Rabat — which UN office is he from exactly? → his office", () => expect(engine.answer('the UN guy in Rabat — which UN office is he from exactly?').text).toMatch(/Counter-Terrorism/));
  it.each(["what was zouev's job before this one?", 'zouev faisait quoi avant ce poste ?'])('%s → declined: the articles give only the posts held now', (q) => expect(engine.answer(q).answered).toBe(false));
});

describe('"how many U officials did A meet?" counts the people met, in the question\'s words', () => {
  it.each([
    ['how many UN officials did hammouchi meet across both articles?', /2 UN officials: Faisal Shahkar and Alexandre Zouev/],
    ["combien de responsables de l'ONU Hammouchi a-t-il reçus ?", /2 responsables : Faisal Shahkar et Alexandre Zouev/],
    ['how many officials did shahkar meet?', /one: Abdellatif Hammouchi/],
  ])('%s', (q, text) => expect(engine.answer(q).text).toMatch(text));
});

describe('an apology for the spelling is no word of the question', () => {
  it.each(["qui a reçu Faisal Shakar (dsl pour l'orthographe) ?", 'who received shakar (sorry for the spelling)?'])('%s → Hammouchi', (q) => expect(engine.answer(q).text).toMatch(/Hammouchi/));
});

describe('a capital no article names is no meeting place', () => {
  it.each(["what's the capital of morocco?", "c quoi la capitale de l'australie"])('%s → declined', (q) => expect(engine.answer(q).answered).toBe(false));
});

describe('a document said as where something is said, or as who says it, is where the answer comes from', () => {
  it.each([
    ['c quoi les zones de tension citées dans le communiqué de rabat', /Sahel/],
    ['what does the communique say the rabat meeting shows about morocco?', /reliable partner/],
    ["qu'est-ce que le communiqué dit de l'engagement du pôle DGSN-DGST ?", /multilatérale/],
  ])('%s', (q, text) => expect(engine.answer(q).text).toMatch(text));
  it('dans quel article on parle du sahel ? → the articles (a question word before the document asks for it)', () => expect(engine.answer('dans quel article on parle du sahel ?').intent).toBe('sources'));
});

describe('words people use for what the articles say, read as such', () => {
  it.each([
    ["dans quel ordre il a vu les deux responsables de l'onu ?", /25 novembre.*1er décembre/s],
    ['ok merci. et le sommet interpol il se finit quand ?', /27 novembre/],
    ["what did the UN anti-terror official think of morocco's know-how in this area?", /important and necessary/],
    ["où est ce que l'onu déploie ses missions de maintien de la paix selon shahkar ?", /zones de tension/],
    ["c'est quoi l'objectif des echanges bilateraux de hammouchi a marrakech ?", /bilatérales/],
  ])('%s', (q, text) => expect(engine.answer(q).text).toMatch(text));
  it("la rencontre de Rabat s'est déroulée à huis clos ? → not said, not denied (« à huis clos » is no place)", () => expect(engine.answer("Est-ce que la rencontre de Rabat s'est déroulée à huis clos ?").verdict).toBe('not_stated'));
});

describe('a fact that proves only what a wh-question takes for granted leaves what it asks to be answered', () => {
  it.each([
    ["what were the goals of hammouchi's bilateral meetings at interpol according to the dgsn", /transnational crime/, /Zouev|Rabat/],
    ["c'est quoi l'objectif des echanges bilateraux de hammouchi a marrakech ?", /criminalité transnationale/, /Zouev|Rabat/],
  ])('%s → the goal of that meeting, none of another', (q, said, other) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(said);
    expect(a.text).not.toMatch(other);
  });
  // « ce message »: what the last answer said first, whatever it went on with.
  it("« et c'est Zouev qui a transmis ce message, non ? » after « c'est pour renforcer quelles unités ? » → no", () => {
    const conversation: { question: string; answer: ReturnType<typeof engine.answer> }[] = [];
    for (const question of ["l'ONU elle attend quoi de la DGSN au juste ?", 'c\'est pour renforcer quelles unités ?']) conversation.push({ question, answer: engine.answer(question, { conversation }) });
    expect(engine.answer("et c'est Zouev qui a transmis ce message, non ?", { conversation }).verdict).toBe('contradicted');
  });
});

describe('« parle-moi de … » asks for a summary, not a yes or no', () => {
  it('parle moi de la rencontre hammouchi zouev → the meeting, no « Oui »', () => {
    const a = engine.answer('parle moi de la rencontre hammouchi zouev');
    expect(a.intent).toBe('summary');
    expect(a.text).toMatch(/^Abdellatif Hammouchi/);
  });
});

describe('"he", asked first with no one named, is nobody yet: no yes from whoever it would be true of', () => {
  it.each(['did he go to rabat?', 'il est allé à marrakech ?'])('%s → asks what is meant', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(Yes|Oui|No|Non)\b/);
  });
  it("l'AG d'Interpol, elle était pas à Rabat ? → « elle » is the assembly named", () => expect(engine.answer("l'AG d'Interpol, elle était pas à Rabat ?").verdict).toBe('contradicted'));
});

describe('« …, c\'est lesquels ? », "which ones?": which members of the idea said first, which no article names', () => {
  it.each(["Les grands événements sportifs dont ils parlent, c'est lesquels concrètement ?", 'the big sporting events they mention, which ones?'])('%s → not named, no yes', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/lesquelles|which/);
    expect(a.text).not.toMatch(/^(Oui|Yes)/);
  });
  it("Le Bureau onusien avec qui le Maroc veut plus d'assistance mutuelle, c'est lequel ? → still asks which body", () => expect(engine.answer("Le Bureau onusien avec qui le Maroc veut plus d'assistance mutuelle, c'est lequel ?").text).not.toMatch(/lesquelles/));
});

describe('« il dirige quoi ? », "what does he head?": his post, not his meeting', () => {
  it.each([
    ['hammouchi il dirige quoi exactement, la dgsn ou la dgst ?', /directeur général.*DGSN-DGST/],
    ['what does shahkar head?', /head of the United Nations Police/],
  ])('%s', (q, text) => {
    const a = engine.answer(q);
    expect(a.intent).toBe('role');
    expect(a.text).toMatch(text);
  });
});

describe('« l\'événement O », "O\'s event": the one event the organisation holds, named', () => {
  it.each([
    ["c'est quoi l'événement Interpol à Marrakech ?", /93e Assemblée générale d'Interpol/],
    ["what's Interpol's event about?", /93rd General Assembly of Interpol/],
  ])('%s', (q, text) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(text);
  });
  it("…then « ça finit quand ? » is that event's end", () => expect(converse("c'est quoi l'événement Interpol à Marrakech ?", 'ça finit quand ?').text).toMatch(/27 novembre/));
});

describe('"what\'s the name of…" someone the articles never name: not named, whoever else the question names', () => {
  it.each([
    ["what's the name of the UN secretary-general shahkar was speaking for?", /do not name the UN Secretary-General/],
    ["il s'appelle comment le SG de l'ONU dont parle Shahkar ?", /ne nomment pas le Secrétaire général/],
  ])('%s', (q, text) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(text);
  });
  it("what's the name of the UN police chief? → named", () => expect(engine.answer("what's the name of the UN police chief?").text).toMatch(/Faisal Shahkar/));
});

describe('what someone "liked about" others, « comme taf »: what they praised, their post', () => {
  it.each([
    ['what did the UN police chief like about moroccan officers?', /operational experience/],
    ['Shahkar il fait quoi exactement comme taf ?', /chef de la police des Nations Unies/],
    ["c'est quoi le boulot de Zouev ?", /secrétaire général adjoint/],
  ])('%s', (q, text) => expect(engine.answer(q).text).toMatch(text));
});

describe('a post the articles give someone else: no, with who holds it', () => {
  it('is zouev the head of the UN police?', () => {
    const a = engine.answer('is zouev the head of the UN police?');
    expect(a.verdict).toBe('contradicted');
    expect(a.text).toMatch(/Faisal Shahkar is the head of the United Nations Police/);
  });
});

describe('"after O wrapped up": an organisation said before or after is its event, in time', () => {
  it.each([
    ['did shahkar meet hammouchi on nov 28 after interpol wrapped up?', 'contradicted'],
    ['did shahkar meet hammouchi before interpol wrapped up?', 'supported'],
    ['Zouev met Hammouchi after Interpol ended, right?', 'supported'],
  ])('%s → %s', (q, verdict) => expect(engine.answer(q).verdict).toBe(verdict));
});

describe('a venue the articles do not give: "at the royal palace" denied with the venue they do give', () => {
  it.each([
    ['heard the marrakech meeting was held at the royal palace, what was discussed there?', /Menara Gardens/],
    ['Hammouchi a reçu Shahkar au palais des congrès ?', /Jardins de la Ménara/],
  ])('%s', (q, text) => {
    const a = engine.answer(q);
    expect(a.verdict).toBe('contradicted');
    expect(a.text).toMatch(text);
  });
});

describe('"what kind of visit", « quel genre de visite »: what it was for', () => {
  it.each([
    ['what kind of visit was zouev on in morocco?', /working visit/],
    ['zouev était en quel genre de visite au maroc ?', /visite de travail/],
  ])('%s', (q, text) => expect(engine.answer(q).text).toMatch(text));
});

describe('"do you think…", « à ton avis… »: no opinion given, unless the question asks a fact', () => {
  it.each(['honestly do you think morocco is good at counter-terrorism?', 'tu penses que le Maroc est bon en antiterrorisme ?', 'what do you think of hammouchi?'])('%s → no opinion, no yes', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(Oui|Yes)\b/);
    expect(a.text).toMatch(/opinion|avis/);
  });
  it('do you think they met in rabat? → the fact', () => expect(engine.answer('do you think they met in rabat?').verdict).toBe('supported'));
});

describe('what something cost, « combien a coûté »: never given, not a count of meetings', () => {
  it.each(["combien a coûté l'organisation de l'AG d'Interpol à Marrakech ?", 'how much did the interpol GA cost?'])('%s', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/rencontre|meeting/);
  });
});

describe('a count is of what the list is a list of', () => {
  // (The hotspots discussed in Rabat were given as the number of peacekeeping missions, and of languages.)
  it.each(['how many peacekeeping missions does the un run right now', 'combien de missions de maintien de la paix ?', 'how many languages do moroccan police speak?'])('%s', (question) => {
    const answer = engine.answer(question);
    expect(answer.text).not.toMatch(/Sahel/);
    expect(answer.answered).toBe(false);
  });
  it.each(['how many hotspots did they discuss?', 'combien de foyers de tension ont été évoqués ?'])('%s → the four hotspots', (question) => {
    expect(engine.answer(question).text).toMatch(/4.*Sahel.*Afghan/);
  });
});

describe('"who" right after the verb asks who', () => {
  // (« a reçu qui … le 1er décembre ? » was read as a yes/no question and answered « Oui : … ».)
  it.each(['Hammouchi a reçu qui à Rabat le 1er décembre ?', 'hammouchi met who in rabat on dec 1?', 'qui hammouchi a reçu début décembre ?'])('%s → Zouev, no yes', (question) => {
    const answer = engine.answer(question);
    expect(answer.text).toMatch(/Zouev/);
    expect(answer.text).not.toMatch(/^(Oui|Yes)\b/);
  });
  it('…then "the Tuesday before" is the day before the one just spoken of', () => {
    expect(converse('who did hammouchi see on monday dec 1?', 'and the tuesday before?').text).toMatch(/Shahkar/);
    expect(converse('Hammouchi a vu qui le lundi 1er décembre ?', "et le mardi d'avant ?").text).toMatch(/Shahkar/);
  });
  it('…then « l\'autre, Zouev » is Zouev, named, not someone besides', () => {
    expect(converse('coucou, hammouchi a reçu qui le 25 novembre ?', "et l'autre, zouev, il represente quelle organisation ?").text).toMatch(/terrorisme/);
  });
});

describe('meetings "at" an organisation that holds one event were at that event', () => {
  it('hammouchi met shahkar at interpol? → supported', () => expect(engine.answer('hammouchi met shahkar at interpol?').verdict).toBe('supported'));
  it('zouev met hammouchi at interpol? → contradicted', () => expect(engine.answer('zouev met hammouchi at interpol?').verdict).toBe('contradicted'));
  it('is shahkar at interpol? → not stated (where he works)', () => expect(engine.answer('is shahkar at interpol?').verdict).toBe('not_stated'));
  it("what's the point of all these bilateral meetings hammouchi is doing at interpol", () => {
    expect(engine.answer("what's the point of all these bilateral meetings hammouchi is doing at interpol").text).toMatch(/cooperation/);
  });
});

describe('abbreviated posts', () => {
  it('shahkar is the new deputy sec-gen of the un counter-terrorism office right → contradicted', () => {
    expect(engine.answer('shahkar is the new deputy sec-gen of the un counter-terrorism office right').verdict).toBe('contradicted');
  });
  it("who's the UN sec-gen that shahkar was speaking for? → not named", () => {
    const answer = engine.answer("who's the UN sec-gen that shahkar was speaking for? name pls");
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/do not name/);
  });
  it('which org does zouev work for?', () => expect(engine.answer('which org does zouev work for?').text).toMatch(/Counter-Terrorism/));
});

describe('"the most recent" is a rank, not a superlative no fact gives', () => {
  // ("the most" was read as a ranking the articles never make, and the question declined.)
  it('which of the two meetings is the most recent?', () => {
    const answer = engine.answer('which of the two meetings is the most recent?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Zouev.*1 December/);
  });
});

describe('a place said to be in another, asked', () => {
  it('are the menara gardens in rabat? → contradicted', () => expect(engine.answer('are the menara gardens in rabat?').verdict).toBe('contradicted'));
  it('is the menara garden in marrakech? → supported', () => expect(engine.answer('is the menara garden in marrakech?').verdict).toBe('supported'));
  // (Only a quote that names the place with where it is proves it: no fact names Marrakech with its country.)
  it.each(['is marrakech in rabat?', 'is marrakech in morocco?'])('%s → not stated', (q) => expect(engine.answer(q).verdict).not.toBe('supported'));
});

describe('"after that" in a conversation: the meetings later than those last talked of', () => {
  // Hammouchi met Shahkar on 25 November, then Zouev on 1 December.
  it.each([
    ['who did hammouchi meet in late november', 'and who did he receive after that?'],
    ['hammouchi a rencontré qui fin novembre', 'et quelques jours apres il a recu qui'],
  ])('%s / %s', (first, then) => {
    const answer = converse(first, then);
    expect(answer.text).toMatch(/Zouev/);
    expect(answer.text).not.toMatch(/Shahkar/);
  });
  it('« c\'etait a marrakech aussi? » is then about the Rabat meeting', () => {
    const answer = converse('hammouchi a rencontré qui fin novembre', 'et quelques jours apres il a recu qui', "c'etait a marrakech aussi?");
    expect(answer.verdict).toBe('contradicted');
  });
  it('nothing later is no denial: "he was received by the king after that" is not stated', () => {
    expect(engine.check("Zouev a été reçu à Rabat le 1er décembre. Il a été reçu par le roi ensuite").claims.map((c) => c.verdict)).toEqual(['supported', 'not_stated']);
  });
  it('"around then" is near that day, not after it', () => {
    const answer = converse('who did hammouchi meet in late november', 'who did he receive around then?');
    expect(answer.text).toMatch(/Shahkar/);
    expect(answer.text).not.toMatch(/Zouev/);
  });
});

describe('a wh-question in the passive takes for granted that someone was received, not that he received', () => {
  it.each(['where was zouev received?', 'so where was zouev received?', 'when was shahkar received?', 'by whom was zouev received?'])('%s', (question) => {
    const answer = engine.answer(question);
    expect(answer.verdict).not.toBe('contradicted');
    expect(answer.text).not.toMatch(/^No\b/);
  });
});

describe('"the counter-terror guy": the one person whose post has the idea', () => {
  it.each([
    ['where did hammouchi meet the un counter terror guy', /Rabat/, /Marrakech/],
    ["et le mec de l'antiterrorisme, il a été reçu où ?", /Rabat/, /Marrakech/],
    ['when did hammouchi receive the police guy?', /25 November/, /1 December/],
  ])('%s', (question, right, wrong) => {
    const answer = engine.answer(question);
    expect(answer.text).toMatch(right);
    expect(answer.text).not.toMatch(wrong);
  });
  it('not a plural: « les policiers marocains » are not the UN police chief', () => {
    expect(engine.answer('les policiers marocains parlent plusieurs langues ?').verdict).toBe('supported');
  });
});

describe('"who else did A meet?": A, past the auxiliary, is who met, not someone set aside', () => {
  it('who else did hammouchi meet besides shahkar?', () => {
    const answer = engine.answer('who else did hammouchi meet besides shahkar?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Zouev/);
  });
});

describe('a span said without "?" is a claim, not a request for the meetings', () => {
  it('i read the two meetings were 2 weeks apart', () => expect(engine.answer('i read the two meetings were 2 weeks apart').verdict).toBe('contradicted'));
  it("un mois d'ecart entre les deux visites?", () => expect(engine.answer("un mois d'ecart entre les deux visites?").verdict).toBe('contradicted'));
});

describe('days counted only between things: a length no record gives is declined', () => {
  it.each(["how many days did zouev's visit last", 'combien de jours a duré la visite de zouev ?'])('%s', (question) => {
    expect(engine.answer(question).answered).toBe(false);
  });
  it.each(['Combien de jours séparent les deux rencontres ?', 'how many days between the two meetings'])('%s', (question) => {
    expect(engine.answer(question).text).toMatch(/\b6\b/);
  });
});

describe('"…or not", « …ou pas » inside a question asks; it denies nothing', () => {
  it.each(['ils ont parlé des evenements sportifs ou pas avec zouev?', 'did they discuss sports events or not with zouev?'])('%s', (question) => {
    const answer = engine.answer(question);
    expect(answer.verdict).toBe('supported');
  });
});

describe('a title at an organisation is not that of someone who only says which meeting', () => {
  it("did interpol's secretary general sit in on the shahkar meeting?", () => {
    expect(engine.answer("did interpol's secretary general sit in on the shahkar meeting?").verdict).toBe('not_stated');
  });
  it('Is Shahkar the Secretary General of Interpol?', () => expect(engine.answer('Is Shahkar the Secretary General of Interpol?').verdict).toBe('contradicted'));
});

describe('"before or after?" asks which, not whether: no yes or no, the days of both', () => {
  it.each([
    ['hammouchi a vu zouev avant ou apres shahkar?', /25 novembre/, /1er décembre/],
    ['was the rabat meeting before or after the marrakech one?', /25 November/, /1 December/],
  ])('%s', (question, one, other) => {
    const answer = engine.answer(question);
    expect(answer.text).not.toMatch(/^(No|Non|Yes|Oui)\b/);
    expect(answer.text).toMatch(one);
    expect(answer.text).toMatch(other);
  });
});

describe('a denial said, not asked, is judged as said', () => {
  it.each([
    ['le sahel a meme pas été mentionné dans la reunion zouev', 'contradicted', /^Non\b/],
    ['i heard shahkar never brought up language skills', 'contradicted', /^No\b/],
    ["zouev wasn't received in marrakech", 'supported', /^Yes\b/],
    // Asked, it keeps the verdict of what it asks about: "Yes, in fact".
    ["didn't shahkar bring up language skills?", 'supported', /^Yes, in fact\b/],
    ["hammouchi is the head of interpol isn't he", 'contradicted', /^No\b/],
  ])('%s', (text, verdict, opening) => {
    const answer = engine.answer(text);
    expect(answer.verdict).toBe(verdict);
    expect(answer.text).toMatch(opening);
  });
});

describe('a same who-question again keeps its subject', () => {
  it('"who did A meet?" then "and who did he receive?": "he" is A, not the one the answer found', () => {
    const answer = converse('who did hammouchi meet in late november', 'and who did he receive?');
    expect(answer.verdict).not.toBe('contradicted');
    expect(answer.text).toMatch(/Hammouchi[^.]*received/);
  });
});

describe('« a vu que des … », spoken without « ne », is "only"', () => {
  it("en marge de l'AG, Hammouchi a vu que des organisations onusiennes c ca ?", () => expect(engine.answer("en marge de l'AG, Hammouchi a vu que des organisations onusiennes c ca ?").verdict).toBe('contradicted'));
});

describe('"at the O venue" is a place there, not an organisation someone is one of', () => {
  it("Shahkar wasn't at the Interpol venue", () => expect(engine.check("Shahkar wasn't at the Interpol venue").claims.map((c) => c.verdict)).not.toContain('supported'));
});

describe('"other" officials are besides those someone is reported to have met', () => {
  // (« d'autres responsables marocains »: Morocco says who they are, not whom they are besides; Hammouchi, whom Zouev met, is no other.)
  it("Zouev a vu d'autres responsables marocains pendant son séjour ?", () => expect(engine.answer("Zouev a vu d'autres responsables marocains pendant son séjour ?").verdict).not.toBe('supported'));
  it("a part shahkar, hammouchi a vu d'autres gens pendant l'AG ?", () => expect(engine.answer("a part shahkar, hammouchi a vu d'autres gens pendant l'AG ?").verdict).toBe('supported'));
});

// Who met whom, where and on which day, asked of every pair of people the base names: the truth comes from the
// meeting records, not from the engine, and a "yes" the records do not hold is a false confirmation.
describe('every pair of people, every place and day: no yes the meeting records do not hold', () => {
  const base = engine.kb;
  const people = [...base.entities.values()].filter((e) => e.type === 'person' && e.named);
  const cities = [...new Set([...base.meetings.map((m) => m.city), ...[...base.entities.values()].filter((e) => e.type === 'place' && (e as { kind?: string }).kind === 'city').map((e) => e.id)])];
  // (Each meeting's day and the day after it.)
  const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const days = [...new Set(base.meetings.flatMap((m) => [m.date, nextDay(m.date)]))];
  const nameOf = (e: (typeof people)[number]) => e.short ?? e.name;
  const inIt = (m: (typeof base.meetings)[number], p: string) => m.host === p || m.guests.includes(p);
  const probes: [string, boolean][] = [];
  const dayEn = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
  for (const a of people) for (const b of people) {
    if (a === b) continue;
    const together = base.meetings.filter((m) => inIt(m, a.id) && inIt(m, b.id));
    const received = together.filter((m) => m.host === a.id);
    probes.push([`did ${nameOf(a).en} meet ${nameOf(b).en}?`, together.length > 0], [`${nameOf(a).fr} a reçu ${nameOf(b).fr} ?`, received.length > 0]);
    for (const c of cities) {
      const city = base.entities.get(c);
      if (!city) continue;
      probes.push([`did ${nameOf(a).en} meet ${nameOf(b).en} in ${city.name.en}?`, together.some((m) => m.city === c)], [`${nameOf(a).fr} a reçu ${nameOf(b).fr} à ${city.name.fr} ?`, received.some((m) => m.city === c)]);
    }
    for (const d of days) probes.push([`did ${nameOf(a).en} receive ${nameOf(b).en} on ${dayEn(d)}?`, received.some((m) => m.date === d)]);
  }
  it('none gets a yes its records deny', () => {
    expect(probes.length).toBeGreaterThan(50);
    const falseYes = probes.filter(([q, truth]) => !truth && engine.answer(q).verdict === 'supported').map(([q]) => q);
    expect(falseYes).toEqual([]);
  });
  it('and the ones the records hold are confirmed', () => {
    const missed = probes.filter(([q, truth]) => truth && engine.answer(q).verdict !== 'supported').map(([q]) => q);
    expect(missed).toEqual([]);
  });
});

describe('a follow-up in few words keeps to the conversation', () => {
  // « attends » is French for "wait", a filler: not the English "attends".
  it('« attends c\'est A qui… non ? » after the Marrakech talks corrects the speaker', () => {
    const first = engine.answer("qu'est ce que shakar a dit sur les policiers marocains");
    const answer = engine.answer("attends c'est hammouchi qui a parlé des langues non?", { conversation: [{ question: "qu'est ce que shakar a dit sur les policiers marocains", answer: first }] });
    expect(answer.verdict).toBe('contradicted');
    expect(answer.text).toMatch(/^Non/);
  });
  // A place alone, asked yes or no, narrows the last answer: of the meeting it was about, never from another meeting's facts.
  it('"specifically in africa?" after where the peacekeeping missions are is not confirmed from the Rabat hotspots', () => {
    const turns: { question: string; answer: ReturnType<typeof engine.answer> }[] = [];
    for (const question of ['what did shahkar say the UN SG wants', 'peacekeeping where?']) turns.push({ question, answer: engine.answer(question, { conversation: turns }) });
    const answer = engine.answer('specifically in africa?', { conversation: turns });
    expect(answer.verdict).toBe('not_stated');
    expect(answer.text).not.toMatch(/^Yes/);
  });
  it('"in rabat?" after where the Shahkar meeting was is corrected', () => {
    const question = 'where was the shahkar meeting?';
    const answer = engine.answer('in rabat?', { conversation: [{ question, answer: engine.answer(question) }] });
    expect(answer.verdict).toBe('contradicted');
    expect(answer.text).toMatch(/Marrakech/);
  });
});

describe('where someone went after a place the articles put them in', () => {
  it.each(["where's zouev going after morocco", 'ou est allé zouev apres rabat ?'])('%s: not said', (question) => {
    const answer = engine.answer(question);
    expect(answer.answered).toBe(false);
    expect(answer.citations).toEqual([]);
  });
});

describe('a question that takes for granted who issued a communiqué, named in lower case', () => {
  it('« pk c la gendarmerie royale qui a publié le communiqué sur zouev » is corrected', () => {
    const answer = engine.answer('pk c la gendarmerie royale qui a publié le communiqué sur zouev');
    expect(answer.verdict).toBe('contradicted');
    expect(answer.text).toMatch(/^Non/);
    expect(answer.text).toMatch(/DGSN-DGST/);
  });
});

describe('"he", after a question answered with what someone said, is the one who said it', () => {
  it('« qui a parlé des policiers marocains… » then « pourquoi il les veut » answers with Shahkar’s words', () => {
    const answer = converse('qui a parlé des policiers marocains dans les missions onu', 'pourquoi il les veut');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Faisal Shahkar/);
    expect(answer.text).toMatch(/Secrétaire général/);
  });
});

describe('"other meetings there" stays where the last answer was', () => {
  it('« hammouchi a fait d’autres rencontres là-bas ? » after the Marrakech meeting: the bilateral meetings there, not Rabat', () => {
    const answer = converse('résume moi la rencontre de marrakech stp', "c'était où exactement", "hammouchi a fait d'autres rencontres là-bas ?");
    expect(answer.text).toMatch(/^Oui/);
    expect(answer.text).toMatch(/réunions bilatérales/);
    expect(answer.text).not.toMatch(/Rabat|Zouev/);
  });
});

describe('"it", "them" after an answer about organisations', () => {
  it('"whats the DGSN" … "who runs it" names who heads it', () => {
    const answer = converse('whats the DGSN', 'who runs it');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Hammouchi/);
  });
});

describe('"who else did A meet", in French with the name right after « qui d’autre »', () => {
  it('« qui d’autre hammouchi a rencontré pendant l’AG d’interpol ? » is about Hammouchi, at the assembly only', () => {
    const answer = engine.answer("qui d'autre hammouchi a rencontré pendant l'AG d'interpol ?");
    expect(answer.text).toMatch(/réunions bilatérales/);
    // (The Rabat meeting was a week later, at no assembly.)
    expect(answer.text).not.toMatch(/Zouev|Rabat/);
  });
});

describe('where a body is, asked of a place where only others met', () => {
  it.each(['are the un police units based in rabat?', 'les unités de police de l’onu sont basées à rabat ?', 'where in rabat are the un police units based according to the article?'])('%s: no yes (the units are at the New York headquarters and in the missions)', (question) => {
    const answer = engine.answer(question);
    expect(answer.verdict).not.toBe('supported');
    expect(answer.text).not.toMatch(/^(Yes|Oui)\b/);
  });
});

describe('"both of them", after two turns about two people', () => {
  it('« ils se sont deja croisés tous les deux ? » after Shahkar then Zouev: no meeting of the two is reported', () => {
    const answer = converse("shakar c bien le chef de l'antiterrorisme a l'onu ?", 'ok et zouev il fait quoi alors', 'ils se sont deja croisés tous les deux ?');
    expect(answer.verdict).toBe('not_stated');
    expect(answer.text).not.toMatch(/^Oui/);
  });
});

describe('a narrower word the articles use in another sense', () => {
  it('« des policières marocaines » (women officers) is not stated, and not said to be absent from an article that has the word', () => {
    const answer = engine.answer("d'apres l'article ya des policières marocaines dans les missions de l'onu ?");
    expect(answer.verdict).toBe('not_stated');
    expect(answer.text).not.toMatch(/ne nomment pas .policières/);
  });
});

describe('"did A say that?" after an answer that quoted what someone said', () => {
  it('another person named as saying it is told no; the one who did is told yes', () => {
    const no = converse('what did shahkar say about moroccan police', 'did hammouchi say that?');
    expect(no.verdict).toBe('contradicted');
    expect(no.text).toMatch(/^No/);
    const yes = converse('what did shahkar say about moroccan police', 'did shahkar say that?');
    expect(yes.verdict).toBe('supported');
  });
});

// The Rabat page prints « Lire aussi : … pourquoi la 93ème AG d'Interpol a fait l'unanimité »: another
// article's headline, kept as a link paragraph. It holds what is said of the link, and what the page mentions.
describe('a link the page prints to another article', () => {
  it('holds a claim that names the link', () => {
    const report = engine.check("l'AG d'interpol de marrakech etait la 93eme, et elle a fait l'unanimité d'apres le lien lire aussi");
    const claim = report.claims[1];
    expect(claim?.verdict).toBe('supported');
    expect(claim?.cites.map((n) => report.citations[n - 1]?.quote)).toContain('Lire aussi : De l’organisation aux résolutions adoptées: pourquoi la 93ème AG d’Interpol a fait l’unanimité');
  });
  it.each(["la 93e AG d'Interpol a fait l'unanimité", "l'article de Rabat dit que la 93e AG d'Interpol a fait l'unanimité", 'the rabat article says the 93rd interpol GA got unanimous praise, right?'])(
    'does not confirm what only the headline says as reported: %s',
    (claim) => expect(engine.answer(claim).verdict).toBe('not_stated'),
  );
  it('is no "what they do report" for a question it does not answer', () => {
    const answer = engine.answer('what resolutions did the 93rd interpol GA adopt?');
    expect(answer.citations.some((c) => c.quote.startsWith('Lire aussi'))).toBe(false);
  });
  it('counts as what the article mentions', () => expect(engine.answer("l'article de rabat parle aussi de l'AG d'interpol ?").verdict).toBe('supported'));
  it.each(["what's the 'read also' link in the rabat article about?", 'c quoi le lien lire aussi ?'])('is what a question about the link gets, with no "they don\'t say so" first: %s', (question) => {
    const answer = engine.answer(question);
    expect(answer.verdict).not.toBe('not_stated');
    expect(answer.citations.some((c) => c.quote.startsWith('Lire aussi'))).toBe(true);
  });
  it('makes no one its speaker', () => expect(engine.answer('did zouev say the interpol GA was unanimous?').verdict).not.toBe('supported'));
});

describe('a verb whose object is what is said, before an event', () => {
  it('"C praised the O assembly" needs a fact of C praising it, not words of C\'s about anything', () => {
    expect(engine.answer('shahkar praised the 93rd interpol GA').verdict).not.toBe('supported');
    expect(engine.answer("shahkar a salué l'organisation de l'AG d'interpol").verdict).not.toBe('supported');
  });
});

describe('denials said across a comma, and in the other language', () => {
  it('« …n’ont pas parlé de X, ni de Z »: the same denial, of Z, which the articles contradict', () => {
    const report = engine.check("ils n'ont pas parlé du yemen a rabat, ni de la syrie");
    expect(report.claims.map((c) => c.verdict)).toEqual(['not_stated', 'contradicted']);
  });
  it('an English "didn\'t" in a sentence read as French still denies', () => expect(engine.answer("they didn't even mention Syria dans la réunion de Rabat").verdict).toBe('contradicted'));
  it('« ni A ni B n’ont… » denies of both, and names neither as denied', () => expect(engine.answer("ni Zouev ni Shahkar n'ont rencontré Hammouchi").verdict).toBe('contradicted'));
  it('« t’as raison, … » answers someone else and is no claim', () => {
    const report = engine.check("t'as raison, hammouchi dirige la DGSN et la DGST");
    expect(report.claims.map((c) => c.text)).toEqual(['hammouchi dirige la DGSN et la DGST']);
  });
});

// False ✅ of check batch z41's first run, and their kin.
describe('who did what inside what someone said, and what an aside leaves', () => {
  it.each(['shahkar said morocco asked the UN', 'the headline literally says morocco asked the UN'])('a country before the verb of what was said is who did it: "%s"', (claim) =>
    expect(engine.answer(claim).verdict).not.toBe('supported'),
  );
  it('a day after an emoji is when the clause before it happened', () => {
    const report = engine.check("shahkar conveyed the UN secretary general's wish for a stronger security partnership with morocco's sûreté nationale 🤝 on monday");
    expect(report.claims.map((c) => c.verdict)).toEqual(['supported', 'contradicted']);
  });
  it('"they", after an aside about the assembly, are still the people of the meeting before it', () => {
    const report = engine.check("shahkar's meeting with hammouchi was at the Ménara gardens, which is hosting Interpol's 93rd GA until Nov 27, and they also discussed the sahel");
    expect(report.claims.at(-1)?.verdict).not.toBe('supported');
  });
});

describe('names joined by "and" alone are one list', () => {
  it('« la photo montre A et B » leaves no bare "B" for any fact naming B to confirm', () => {
    const report = engine.check('la photo montre hammouchi et zouev');
    expect(report.claims.map((c) => c.text)).toEqual(['la photo montre hammouchi et zouev']);
  });
  it('"…but C and A discussed Z" is still two claims', () => {
    const report = engine.check('Zouev and Hammouchi discussed the Horn of Africa but Shahkar and Hammouchi discussed Libya');
    expect(report.claims.map((c) => c.verdict)).toEqual(['supported', 'not_stated']);
  });
});

describe('a word of one language is not read as the other’s', () => {
  it('« former des policiers » is training them, not "former" (ex-): no "no" to a claim the articles never address', () => {
    expect(engine.answer('zouev a propose de former des policiers marocains ?').verdict).toBe('not_stated');
    expect(engine.answer('zouev is the former USG of UNOCT').verdict).toBe('contradicted');
  });
});

// False confirmations and false ✅ of round 33's first runs (batch bp, check batch z42), and their kin.
describe('less of something, names in their own language, and what a pronoun takes up', () => {
  it.each(["shahkar a dit que le SG de l'onu voulait moins de partenariat avec le maroc", 'the UN wants less partnership with morocco?'])('less of what a fact says is strengthened is contradicted: "%s"', (q) =>
    expect(engine.answer(q).verdict).toBe('contradicted'),
  );
  it('a full name is compared with the names of its language: French « sécurité » is not « Sûreté », the English name stays right', () => {
    expect(engine.answer('dgsn ca veut dire direction generale de la securite nationale ?').verdict).toBe('contradicted');
    expect(engine.answer('dgsn ca veut dire direction generale de la surete nationale ?').verdict).toBe('supported');
    expect(engine.answer('DGSN stands for General Directorate for National Security?').verdict).toBe('supported');
  });
  it('the meeting as what was asked for is not stated after a cleft too', () =>
    expect(engine.answer("c l'onu qui a demandé cette rencontre avec hammouchi a marrakech ?").verdict).toBe('not_stated'));
  it('« ca » typed without its cedilla is « ça »: the meeting just spoken of', () => {
    const report = engine.check("shahkar a rencontré hammouchi, et ca s'est passé le lundi");
    expect(report.claims.map((c) => c.verdict)).toEqual(['supported', 'contradicted']);
  });
  it('« X ça a été évoqué ? » takes X up; « où ça ? » asks where', () => {
    expect(engine.answer("l'afghanistan ça a été évoqué ?").verdict).toBe('supported');
    expect(engine.answer("shahkar a vu hammouchi ou ca ?").text).toMatch(/Marrakech/);
  });
  it('"he is also the T" says the post of the one just spoken of; of two, the one who holds it', () => {
    expect(engine.check("hammouchi est directeur de la DGSN, et il est aussi chef de la police de l'onu").claims.map((c) => c.verdict)).toEqual(['supported', 'contradicted']);
    expect(engine.check("Hammouchi a recu Faisal Shahkar a Marrakech. il est chef de la police de l'ONU").claims.map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });
  it('"…and C was with them" puts them there too', () =>
    expect(engine.check('hammouchi met shahkar in marrakech on nov 25 and zouev was with them').claims.at(-1)?.verdict).not.toBe('supported'));
  it('an event "still going on", with no day of its own, is said of the day before', () =>
    expect(engine.check('zouev was in rabat on december 1st, while the interpol GA was still going on').claims.at(-1)?.verdict).toBe('contradicted'));
  it('"the last day of O" is the one event O organises', () =>
    expect(engine.answer('shahkar met hammouchi on the 27th, the last day of interpol?').verdict).toBe('contradicted'));
});

// False confirmations of round 34's first run (batch bq), and their kin.
describe('what was said, asked of no one; the size of a delegation; a question set up by a place', () => {
  it.each(["qu'est-ce qui a été dit sur l'extrémisme violent ?", 'what was said about violent extremism?'])('"what was said about X", of no one, is answered by what was talked about: "%s"', (q) =>
    expect(engine.answer(q).text).toMatch(/extrémisme violent|violent extremism/),
  );
  it('the size of a delegation is a figure no article gives', () =>
    expect(engine.answer('shahkar est venu avec une grosse délégation ?').verdict).toBe('not_stated'));
  it('"in the Y one was K a topic", with no question mark, asks', () =>
    expect(engine.answer('ok and in the rabat one was terrorism a topic').verdict).toBe('supported'));
  it('a who-question naming a day the last meeting was not on asks of that day', () => {
    const first = engine.answer('hammouchi a recu zouev le mardi 25 novembre c ca ?');
    const next = engine.answer('ah ok et le 25 alors c t qui', { conversation: [{ question: 'hammouchi a recu zouev le mardi 25 novembre c ca ?', answer: first }] });
    expect(next.text).toMatch(/Shahkar/);
  });
});

// False confirmations of round 35's first run (batch br), and their kin.
describe('a verb of saying the reader might miss, a count of what was said, a name spelt out with "="', () => {
  it('"did he call K a P?" needs his words; the communiqué\'s are not his', () =>
    expect(engine.answer('did zouev call morocco a reliable partner?').verdict).toBe('not_stated'));
  it('"what does the Y article call A?" asks the name it gives', () =>
    expect(engine.answer('what does the article call interpol in full').text).toMatch(/Criminal Police/));
  it('a why-question resting on "stay out of" is no yes', () =>
    expect(engine.answer('did shahkar say moroccan police should stay out of UN missions?').verdict).toBe('not_stated'));
  it('"190 countries showed up" is no count of the hotspots talked about', () =>
    expect(engine.check('and like 190 countries showed up').claims[0]?.verdict).toBe('not_stated'));
  it('"X = full name" spells X out, in the words of its own language', () => {
    expect(engine.answer('DGSN = direction generale de la securite nationale ?').verdict).toBe('contradicted');
    expect(engine.check('for those who don\'t know, DGSN = general directorate for national security').claims.map((c) => c.verdict)).toEqual(['supported']);
  });
});

// ✅ of the check batches z44 and z45 (first runs of rounds 35 and 36), and their kin.
describe('a second "that" or "after", names opening a clause, "there too", a page just named, a rank of one\'s own', () => {
  const verdicts = (text: string) => engine.check(text).claims.map((c) => [c.text, c.verdict]);
  it('"they" after a second « que » is what the first one spoke of', () => {
    expect(verdicts("zouev a dit que les policiers marocains parlent plusieurs langues et qu'ils ont beaucoup d'experience operationnelle").at(-1)?.[1]).toBe('not_stated');
    expect(verdicts("shahkar a dit que les policiers marocains parlent plusieurs langues et qu'ils ont beaucoup d'experience operationnelle").at(-1)?.[1]).toBe('supported');
  });
  it('names joined by "and" open the clause after "but"', () =>
    expect(verdicts('hammouchi met shahkar (nov 25, marrakech) and zouev (dec 1, rabat), but shahkar and zouev never met each other').at(-1)).toEqual(['shahkar and zouev never met each other', 'not_stated']));
  it('a second "after" goes with the verb before the first', () =>
    expect(verdicts('the shahkar meeting happened after the interpol GA was already over and after hammouchi met zouev')).toEqual([
      ['the shahkar meeting happened after the interpol GA was already over', 'contradicted'],
      ['after hammouchi met zouev', 'contradicted'],
    ]));
  it('"the B meeting was before A met C" orders two meetings, not B with C', () =>
    expect(engine.check('the shahkar meeting happened before hammouchi met zouev').claims[0]?.verdict).toBe('supported'));
  it('a name and "is", nothing after, says nothing a fact could prove', () => {
    expect(engine.check("zouev's title is the same").claims[0]?.verdict).toBe('not_stated');
    expect(engine.check('il est chef de la police de l’ONU').claims).toHaveLength(1);
  });
  it('past a colon, a country that opens a clause is who does it, not the page\'s', () =>
    expect(engine.check('headline on the marrakech article: morocco asks the UN for more cooperation').claims[0]?.verdict).not.toBe('supported'));
  it('"B was there too" after a meeting puts B at that meeting', () => {
    expect(verdicts('zouev met hammouchi in marrakech during the interpol thing, and shahkar was there too').at(-1)?.[1]).not.toBe('supported');
    expect(verdicts('the interpol GA was in marrakech, and shahkar was there too').at(-1)?.[1]).toBe('supported');
  });
  it('where in a place no article gives, after the place, is checked too', () =>
    expect(verdicts('hammouchi a reçu zouev à rabat, au palais royal').at(-1)?.[1]).toBe('not_stated'));
  it('a word for a person right after "was", ending the clause, says what something is', () =>
    expect(engine.check("zouev's visit was official").claims[0]?.verdict).toBe('not_stated'));
  it('"his second" is a rank among his own visits, which no record counts', () =>
    expect(engine.check('zouev was on a working visit to the kingdom, his second this year').claims[0]?.verdict).toBe('not_stated'));
  it('"he" after a question is whom the question names', () =>
    expect(engine.check("was zouev's visit official? the article says he was on a working visit to the kingdom").claims[0]?.explanation).toMatch(/Zouev/));
  it('"that piece" is the page just named', () =>
    expect(verdicts('the marrakech communique said morocco is a reliable partner, and that piece is about zouev\'s visit').at(-1)?.[1]).not.toBe('supported'));
});

// False confirmations and ✅ of round 37's first runs (batches bt and z46), and their kin.
describe('a loss of standing, a lack of what was praised, a number after a verb, whose account it is', () => {
  it('a kingdom said to lose importance is the opposite of its growing importance', () =>
    expect(engine.answer("le communiqué dit que le royaume perd de l'importance ?").verdict).toBe('contradicted'));
  it('« manquent de qualification » says the opposite of the qualification praised; « le manque de » is a noun', () => {
    expect(engine.check('shahkar a dit que les policiers marocains manquent de qualification').claims[0]?.verdict).toBe('contradicted');
    expect(engine.check("Shahkar a critiqué le manque de policiers marocains dans les missions de l'ONU").claims[0]?.verdict).not.toBe('supported');
  });
  it('a number right after a verb, counting nothing named, is a figure of its own', () =>
    expect(engine.check('zouev speaks five').claims[0]?.verdict).toBe('not_stated'));
  it('"according to O" gives the account to O: the body whose communiqué the articles rest on', () => {
    expect(engine.check('according to interpol, the marrakech meeting took place at the menara gardens').claims[0]?.verdict).toBe('contradicted');
    expect(engine.check('according to the DGSN, the marrakech meeting took place at the menara gardens').claims[0]?.verdict).toBe('supported');
    expect(engine.check('So Shahkar\'s visit was a "working visit" to the Kingdom according to the DGSN').claims[0]?.verdict).toBe('not_stated');
  });
});

// False confirmations and ✅ of round 38's first runs (batches bu and z47), and their kin.
describe('a bare "meeting", "the meetings", "that day", a second post, whose place "there" is after a correction', () => {
  const verdicts = (text: string) => engine.check(text).claims.map((c) => c.verdict);
  it('"meeting was…", its article dropped, is the meeting just spoken of', () =>
    expect(verdicts("zouev wants to learn from morocco's security experience, he called it important. meeting was on a tuesday").at(-1)).toBe('contradicted'));
  it('"the meetings" said to be somewhere or at some time is each of them', () => {
    expect(verdicts('the meetings were in november')).toEqual(['contradicted']);
    expect(verdicts('les rencontres ont eu lieu à marrakech')).toEqual(['contradicted']);
  });
  it('"that day" is the day said just before, not what was said of it', () => {
    expect(verdicts('hammouchi etait a rabat le 25 novembre, il a recu zouev ce jour-la').at(-1)).toBe('contradicted');
    expect(verdicts("Le 1er decembre 2025 c'était un dimanche, Zouev a été reçu ce jour-là.").at(-1)).toBe('supported');
  });
  it('a second post after "and" is said of the same person', () =>
    expect(verdicts("shahkar is the UN's head of police and the deputy SG for counter-terrorism")).toEqual(['contradicted']));
  it('"there", after an answer that put the meeting elsewhere, is where it was', () => {
    const first = engine.answer("c'est a rabat la rencontre avec shahkar ?");
    const next = engine.answer('ok et zouev il a été reçu là aussi par hammouchi ?', { conversation: [{ question: "c'est a rabat la rencontre avec shahkar ?", answer: first }] });
    expect(next.verdict).toBe('contradicted');
  });
  it('« c\'est à Y ça ? » with nothing before asks which meeting', () => {
    expect(engine.answer("c'est a rabat ca ?").answered).toBe(false);
    expect(engine.answer("the rabat statement came from the UN, didn't it?").verdict).toBe('contradicted');
  });
  it('"and the C one?" after "…during it?" asks of the same event', () => {
    const turns: { question: string; answer: ReturnType<typeof engine.answer> }[] = [];
    for (const question of ['how long is the interpol GA going on for', "was hammouchi's meeting with shahkar during it?"]) turns.push({ question, answer: engine.answer(question, { conversation: turns }) });
    expect(engine.answer('and the zouev one?', { conversation: turns }).verdict).toBe('contradicted');
  });
});
