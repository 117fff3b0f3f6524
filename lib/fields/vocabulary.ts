import { ATTRIBUTE_VETOES, ENTITY_PHRASES, FIELD_DICTIONARY, NO_KEY_PHRASES } from './dictionary';
import { PhraseIndex, WEAK_MARK } from './phrases';
import { normalizeText } from './text';

/** Entity phrases carry their slot behind this mark, so they never pass for a key. */
export const ENTITY_MARK = '@';

const isExactOnly = (phrase: string) => phrase.startsWith('=');
const isWeak = (phrase: string) => phrase.startsWith(WEAK_MARK);
const bare = (phrase: string) => normalizeText(isExactOnly(phrase) || isWeak(phrase) ? phrase.slice(1) : phrase);

/** Whole labels that name a key, including words too short to trust inside longer labels (姓, first). */
export const EXACT_LABELS: ReadonlyMap<string, string> = new Map(
  FIELD_DICTIONARY.flatMap(({ key, zh, en, intl = [] }) =>
    [...zh, ...en, ...intl].map((phrase) => [bare(phrase), key] as const),
  ),
);

/** Whole labels once a slot word is taken off (代理人姓名 → 姓名); never the exact-only words (关系). */
export const EXACT_REMAINDERS: ReadonlyMap<string, string> = new Map(
  FIELD_DICTIONARY.flatMap(({ key, zh, en, intl = [] }) =>
    [...zh, ...en, ...intl].filter((phrase) => !isExactOnly(phrase)).map((phrase) => [bare(phrase), key] as const),
  ),
);

const labelPhrases = FIELD_DICTIONARY.flatMap(({ key, zh, en, intl = [] }) =>
  [...zh, ...en, ...intl]
    .filter((phrase) => !isExactOnly(phrase))
    .map((phrase) => [bare(phrase), key, isWeak(phrase)] as const),
);
const noKey = NO_KEY_PHRASES.filter((phrase) => !isExactOnly(phrase)).map((phrase) => [bare(phrase), null] as const);
const entities = ENTITY_PHRASES.map(([phrase, entity]) => [normalizeText(phrase), `${ENTITY_MARK}${entity}`] as const);

export const LABEL_INDEX = new PhraseIndex([...labelPhrases, ...noKey, ...entities]);

export const ATTRIBUTE_INDEX = new PhraseIndex([
  ...FIELD_DICTIONARY.flatMap(({ key, nameHints }) => nameHints.map((hint) => [normalizeText(hint), key] as const)),
  // countryCode names a country select as often as a dialling code; vetoes catch phone codes.
  ...noKey.filter(([phrase]) => /^[a-z0-9 ]+$/.test(phrase) && phrase !== 'country code'),
]);

export const VETO_INDEX = new PhraseIndex(ATTRIBUTE_VETOES.map((phrase) => [normalizeText(phrase), null] as const));
