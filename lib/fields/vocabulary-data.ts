import { ATTRIBUTE_VETOES, ENTITY_PHRASES, FIELD_DICTIONARY, NO_KEY_PHRASES } from './dictionary';
import { bucketPhrases, type PhraseBuckets, type PhraseEntry, WEAK_MARK } from './phrases';
import { normalizeText } from './text';

/** Entity phrases carry their slot behind this mark, so they never pass for a key. */
export const ENTITY_MARK = '@';

/**
 * The dictionary's phrases normalised and indexed, as plain data: wxt.config.ts writes it to
 * lib/fields/generated/ at build time, so a page never normalises the dictionary itself.
 */
export interface VocabularyData {
  /** Whole labels that name a key, including words too short to trust inside longer labels (姓, first). */
  exactLabels: Record<string, string>;
  /**
   * Where a label's remainder, once a slot word is taken off (代理人姓名 → 姓名), names another key
   * than the whole label, or none (the exact-only words, 关系): null.
   */
  remaindersDiffering: Record<string, string | null>;
  labels: PhraseBuckets;
  attributes: PhraseBuckets;
  vetoes: PhraseBuckets;
}

const isExactOnly = (phrase: string) => phrase.startsWith('=');
const isWeak = (phrase: string) => phrase.startsWith(WEAK_MARK);
const bare = (phrase: string) => normalizeText(isExactOnly(phrase) || isWeak(phrase) ? phrase.slice(1) : phrase);

export function buildVocabularyData(): VocabularyData {
  const phrases = FIELD_DICTIONARY.flatMap(({ key, zh, en, intl = [] }) =>
    [...zh, ...en, ...intl].map((phrase) => ({
      text: bare(phrase),
      key,
      exactOnly: isExactOnly(phrase),
      weak: isWeak(phrase),
    })),
  );
  const inLabels: PhraseEntry[] = phrases
    .filter((phrase) => !phrase.exactOnly)
    .map(({ text, key, weak }) => [text, key, weak]);
  const noKey = NO_KEY_PHRASES.filter((phrase) => !isExactOnly(phrase)).map(
    (phrase): PhraseEntry => [bare(phrase), null],
  );
  const entities = ENTITY_PHRASES.map(
    ([phrase, entity]): PhraseEntry => [normalizeText(phrase), `${ENTITY_MARK}${entity}`],
  );
  const exactLabels = Object.fromEntries(phrases.map(({ text, key }) => [text, key]));
  const remainders = new Map(inLabels.map(([text, key]) => [text, key as string]));
  const differing = Object.keys(exactLabels).filter((label) => remainders.get(label) !== exactLabels[label]);
  return {
    exactLabels,
    remaindersDiffering: Object.fromEntries(differing.map((label) => [label, remainders.get(label) ?? null])),
    labels: bucketPhrases([...inLabels, ...noKey, ...entities]),
    attributes: bucketPhrases([
      ...FIELD_DICTIONARY.flatMap(({ key, nameHints }) =>
        nameHints.map((hint): PhraseEntry => [normalizeText(hint), key]),
      ),
      // countryCode names a country select as often as a dialling code; vetoes catch phone codes.
      ...noKey.filter(([phrase]) => /^[a-z0-9 ]+$/.test(phrase) && phrase !== 'country code'),
    ]),
    vetoes: bucketPhrases(ATTRIBUTE_VETOES.map((phrase): PhraseEntry => [normalizeText(phrase), null])),
  };
}
