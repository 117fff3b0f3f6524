import type { CodeList } from '../../values';

export type FieldKind = 'text' | 'number' | 'date' | 'choice' | 'identifier';

/**
 * One canonical field. Label phrases are written as people write them; they are
 * normalised (normalizeText) when the index is built, so 身份证号码 and "E-mail" need
 * no variants for full-width forms, case or punctuation.
 */
export interface FieldDefinition {
  readonly key: string;
  readonly kind: FieldKind;
  /** Chinese label synonyms. Traditional characters are converted before matching. */
  readonly zh: readonly string[];
  /** English label phrases, matched as whole words. */
  readonly en: readonly string[];
  /** Label phrases in other languages staff and the corpus meet (de, fr, es, it, nl, pl, pt, ru…). */
  readonly intl?: readonly string[];
  /** Phrases over the words of name and id attributes, including the pinyin initials Chinese portals use. */
  readonly nameHints: readonly string[];
  /** Never stored and never filled. */
  readonly secret?: boolean;
  /** The comparable form of a value (1.86万 → 18600), or null when it cannot be read. */
  readonly normalize?: (raw: string) => string | null;
  /** Whether two values mean the same where their comparable forms may differ (北京 and 北京市). */
  readonly same?: (a: string, b: string) => boolean;
  /** Whether a value is one this field may hold (a checksum, a real date). */
  readonly validate?: (value: string) => boolean;
  /** The standard code list of a choice field. */
  readonly codes?: CodeList;
  /**
   * A fact of the moment the form is filled in (填表日期): never captured and never filled from
   * a held value, but offered as today's date.
   */
  readonly moment?: boolean;
  /** A yearly figure: each year's value is a fact of its own, not a conflict with last year's. */
  readonly periodic?: boolean;
}
