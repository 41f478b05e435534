// A place after "in" / "à", with French contractions: "au K", "aux Jardins
// de la <a venue>", "en <a country>", "à Y" — never "à le" or "à les". The article,
// gender and number of each place come from knowledge/ (places' `grammar`);
// how a preposition meets an article is the language's own mechanics, here.
import type { Entity, Place, PlaceGrammar } from '../knowledge/schema.js';
import type { Language } from '../knowledge/types.js';
import { displayName } from '../retrieve/graph.js';

type Kind = Place['kind'];
type Article = PlaceGrammar['article'];
/** `{name}` the place's name as displayed, `{rest}` the same without its leading article. */
type Template = string;

/** "At / in" a place, by the kind of place and the article its name starts with. */
const AT: Record<Language, (kind: Kind, article: Article) => Template> = {
  fr: (kind, article) => {
    // Countries: "au K", "aux <a country>", but "en <a country>", "en <a country>"; without an article, "à Cuba".
    if (kind === 'country') return { le: 'au {rest}', les: 'aux {rest}', la: 'en {rest}', "l'": 'en {rest}' }[article as string] ?? 'à {name}';
    // A region is a wide area: "dans la <a region>".
    if (kind === 'region') return 'dans {name}';
    // Cities and venues: "à Y", "au Caire", "aux <a venue>", "à la Maison de la Radio".
    return { le: 'au {rest}', les: 'aux {rest}' }[article as string] ?? 'à {name}';
  },
  en: () => 'in {name}',
};

/** The place's displayed name after the language's "in": "au K", "in K". */
export function atPlace(place: Entity, language: Language): string {
  const name = displayName(place, language);
  const grammar = place.type === 'place' ? place.grammar?.[language] : undefined;
  const article = grammar?.article ?? '';
  const kind: Kind = place.type === 'place' ? place.kind : 'venue';
  const rest = article && name.toLowerCase().startsWith(article) ? name.slice(article.length).replace(/^ /, '') : name;
  return AT[language](kind, article).replace('{name}', name).replace('{rest}', rest);
}
