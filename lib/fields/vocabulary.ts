import vocabularyJson from './generated/vocabulary';
import { PhraseIndex } from './phrases';
import type { VocabularyData } from './vocabulary-data';

export { ENTITY_MARK } from './vocabulary-data';

export interface Vocabulary {
  exactLabel(text: string): string | undefined;
  /** A whole label once a slot word is taken off (代理人姓名 → 姓名). */
  exactRemainder(text: string): string | undefined;
  labels: PhraseIndex;
  attributes: PhraseIndex;
  vetoes: PhraseIndex;
}

function fromData({ exactLabels, remaindersDiffering, labels, attributes, vetoes }: VocabularyData): Vocabulary {
  const exactLabel = (text: string) => (Object.hasOwn(exactLabels, text) ? exactLabels[text] : undefined);
  return {
    exactLabel,
    exactRemainder: (text) =>
      Object.hasOwn(remaindersDiffering, text) ? (remaindersDiffering[text] ?? undefined) : exactLabel(text),
    labels: new PhraseIndex(labels),
    attributes: new PhraseIndex(attributes),
    vetoes: new PhraseIndex(vetoes),
  };
}

let built: Vocabulary | undefined;

/**
 * The dictionary's index, read from the data wxt.config.ts built (vocabulary-data.ts) on first
 * use: loading the engine costs a page nothing more, and prepareClassifier can do it in a task
 * of its own.
 */
export function vocabulary(): Vocabulary {
  built ??= fromData(JSON.parse(vocabularyJson) as VocabularyData);
  return built;
}
