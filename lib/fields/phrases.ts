import { hasHan } from './text';

/** One phrase found in a text: which key it names (null: a phrase that names no key) and where. */
export interface PhraseMatch {
  key: string | null;
  start: number;
  end: number;
  /** Yields to any other key in the same label: "address" in "shipping address city". */
  weak: boolean;
}

interface Entry {
  phrase: string;
  key: string | null;
  weak: boolean;
}

/** A phrase marked `~` in the dictionary is weak. */
export const WEAK_MARK = '~';

/**
 * Finds dictionary phrases in normalised text in one pass. Han phrases match anywhere
 * (Chinese has no spaces); Latin and Cyrillic phrases match whole words only, so "name"
 * is not found in "username".
 */
export class PhraseIndex {
  private readonly byFirstChar = new Map<string, Entry[]>();
  private readonly byFirstWord = new Map<string, Entry[]>();

  constructor(entries: ReadonlyArray<readonly [phrase: string, key: string | null, weak?: boolean]>) {
    for (const [phrase, key, weak = false] of entries) {
      if (!phrase) continue;
      const index = hasHan(phrase[0] ?? '') ? this.byFirstChar : this.byFirstWord;
      const head = hasHan(phrase[0] ?? '') ? (phrase[0] as string) : (phrase.split(' ')[0] as string);
      const bucket = index.get(head) ?? [];
      bucket.push({ phrase, key, weak });
      index.set(head, bucket);
    }
    for (const bucket of [...this.byFirstChar.values(), ...this.byFirstWord.values()]) {
      bucket.sort((a, b) => b.phrase.length - a.phrase.length);
    }
  }

  find(text: string): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    for (let i = 0; i < text.length; i++) {
      const char = text[i] as string;
      for (const entry of this.byFirstChar.get(char) ?? []) {
        if (text.startsWith(entry.phrase, i))
          found.push({ key: entry.key, start: i, end: i + entry.phrase.length, weak: entry.weak });
      }
      const atWordStart = i === 0 || text[i - 1] === ' ' || hasHan(text[i - 1] as string);
      if (!atWordStart || char === ' ' || hasHan(char)) continue;
      let wordEnd = i;
      while (wordEnd < text.length && text[wordEnd] !== ' ' && !hasHan(text[wordEnd] as string)) wordEnd++;
      for (const entry of this.byFirstWord.get(text.slice(i, wordEnd)) ?? []) {
        const end = i + entry.phrase.length;
        const atWordEnd = end === text.length || text[end] === ' ' || hasHan(text[end] as string);
        if (atWordEnd && text.startsWith(entry.phrase, i))
          found.push({ key: entry.key, start: i, end, weak: entry.weak });
      }
    }
    return found;
  }
}

export interface Resolution {
  /** The one key the text names, or null. */
  key: string | null;
  /** Share of the text's characters the chosen phrases cover, 0 to 1. */
  coverage: number;
  /** Phrases for different keys (or a key and a no-key phrase) at different places. */
  conflict: boolean;
  /** Some phrase matched, even if it named no key. */
  matched: boolean;
}

const overlaps = (a: PhraseMatch, b: PhraseMatch) => a.start < b.end && b.start < a.end;
const length = (m: PhraseMatch) => m.end - m.start;

/**
 * The key of a label: the longest phrase wins over phrases inside it (company name over
 * name), and phrases for different keys side by side (姓名电话, PLZ / Ort) name no key.
 */
export function resolveLabel(text: string, all: readonly PhraseMatch[]): Resolution {
  if (all.length === 0) return { key: null, coverage: 0, conflict: false, matched: false };
  const strong = all.filter((match) => !match.weak);
  const matches = strong.some((match) => match.key !== null) ? strong : all;
  const chosen: PhraseMatch[] = [];
  for (const match of [...matches].sort((a, b) => length(b) - length(a) || a.start - b.start)) {
    if (!chosen.some((other) => overlaps(match, other))) chosen.push(match);
  }
  const keys = new Set(chosen.map((match) => match.key));
  const covered = chosen.reduce((sum, match) => sum + length(match), 0);
  const coverage = covered / Math.max(1, text.length);
  if (keys.size > 1) return { key: null, coverage, conflict: true, matched: true };
  const [key] = keys;
  return { key: key ?? null, coverage: Math.min(1, coverage), conflict: false, matched: true };
}

/**
 * The key of a name or id attribute: the rightmost phrase names the field
 * (billing_address_city is a city), the longest one where phrases end together.
 */
export function resolveAttribute(words: string, matches: readonly PhraseMatch[]): string | null {
  let best: PhraseMatch | undefined;
  for (const match of matches) {
    if (!best || match.end > best.end || (match.end === best.end && length(match) > length(best))) best = match;
  }
  if (!best) return null;
  // addressType, addressId, company_number: the words after the match say it is something else.
  const after = words.slice(best.end).trim().split(' ');
  // countryCode and country_id are still the country.
  if (best.key === 'country') return best.key;
  return after.some((word) => MODIFIERS.has(word)) ? null : best.key;
}

const MODIFIERS = new Set([
  'type',
  'id',
  'ids',
  'selector',
  'select',
  'selection',
  'flag',
  'list',
  'label',
  'number',
  'num',
  'no',
  'nr',
  'code',
  'ico',
  'dic',
  'sig',
  'key',
  'index',
  'idx',
  'option',
  'options',
  'choice',
  'status',
  'mode',
  'document',
  'doc',
  'count',
  'hint',
  'error',
  'confirm',
  'confirmation',
  'search',
  'lookup',
  'picker',
  'verify',
]);
