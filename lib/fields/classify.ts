import { FIELD_DICTIONARY } from './dictionary';
import { normalizeLabel } from './normalize-label';

export interface KeyGuess {
  readonly key: string | null;
  readonly confidence: number;
}

const UNKNOWN: KeyGuess = { key: null, confidence: 0 };

const SYNONYMS: ReadonlyArray<readonly [synonym: string, key: string]> = FIELD_DICTIONARY.flatMap(({ key, zh, en }) =>
  [...zh, ...en].map((text) => [normalizeLabel(text), key] as const),
);
const EXACT = new Map(SYNONYMS);
const HAN = /\p{Script=Han}/u;
// A Chinese synonym inside a longer label (申请人姓名) still names the field; an English
// word inside another (name in username) does not, so only Han synonyms match as parts.
const PARTIAL = SYNONYMS.filter(([synonym]) => HAN.test(synonym) && synonym.length >= 2);
const NAME_HINTS = new Map(
  FIELD_DICTIONARY.flatMap(({ key, nameHints }) => nameHints.map((hint) => [hint, key] as const)),
);

/** The key a label names, or null when it names none or several equally well. */
export function classifyLabel(label: string): KeyGuess {
  const text = normalizeLabel(label);
  if (!text) return UNKNOWN;
  const exact = EXACT.get(text);
  if (exact) return { key: exact, confidence: 1 };
  let best: { length: number; keys: Set<string> } = { length: 0, keys: new Set() };
  for (const [synonym, key] of PARTIAL) {
    if (!text.includes(synonym) || synonym.length < best.length) continue;
    if (synonym.length > best.length) best = { length: synonym.length, keys: new Set() };
    best.keys.add(key);
  }
  if (best.keys.size !== 1) return UNKNOWN;
  const [key] = best.keys;
  return { key: key ?? null, confidence: 0.6 + 0.3 * (best.length / text.length) };
}

/** The key a control's name or id attribute hints at, from whole tokens only. */
export function classifyName(...attributes: Array<string | null | undefined>): KeyGuess {
  const keys = new Set<string>();
  for (const attribute of attributes) {
    for (const token of attribute?.toLowerCase().split(/[^a-z0-9]+/) ?? []) {
      const key = NAME_HINTS.get(token);
      if (key) keys.add(key);
    }
  }
  if (keys.size !== 1) return UNKNOWN;
  const [key] = keys;
  return { key: key ?? null, confidence: 0.7 };
}
