import { hasHan } from './text';

/** One phrase found in a text: which key it names (null: a phrase that names no key) and where. */
export interface PhraseMatch {
  key: string | null;
  start: number;
  end: number;
  /** Yields to any other key in the same label: "address" in "shipping address city". */
  weak: boolean;
}

/** A phrase in normal form, the key it names (null: a phrase that names no key), and whether it is weak. */
export type PhraseEntry = readonly [phrase: string, key: string | null, weak?: boolean];

/** A phrase marked `~` in the dictionary is weak. */
export const WEAK_MARK = '~';

/**
 * An index as plain data, built once at build time: by their first Han character, or by their
 * first word, each bucket's entries longest first, packed in one string. A page unpacks only
 * the buckets its labels reach, a few dozen of some two thousand.
 */
export interface PhraseBuckets {
  byFirstChar: Record<string, string>;
  byFirstWord: Record<string, string>;
}

// Normal text holds letters, digits and spaces only, and keys none of these: they never occur in either.
const ENTRY_SEPARATOR = '|';
const FIELD_SEPARATOR = ';';

const pack = (entries: readonly PhraseEntry[]) =>
  entries
    .map(([phrase, key, weak]) => [phrase, key ?? '', weak ? '1' : ''].join(FIELD_SEPARATOR))
    .join(ENTRY_SEPARATOR);

const unpack = (bucket: string): PhraseEntry[] =>
  bucket.split(ENTRY_SEPARATOR).map((entry) => {
    const [phrase = '', key = '', weak = ''] = entry.split(FIELD_SEPARATOR);
    return [phrase, key || null, weak === '1'];
  });

export function bucketPhrases(entries: readonly PhraseEntry[]): PhraseBuckets {
  const byFirstChar = new Map<string, PhraseEntry[]>();
  const byFirstWord = new Map<string, PhraseEntry[]>();
  for (const entry of entries) {
    const [phrase] = entry;
    if (!phrase) continue;
    const han = hasHan(phrase[0] ?? '');
    const index = han ? byFirstChar : byFirstWord;
    const head = han ? (phrase[0] as string) : (phrase.split(' ')[0] as string);
    const bucket = index.get(head);
    if (bucket) bucket.push(entry);
    else index.set(head, [entry]);
  }
  const packAll = (index: Map<string, PhraseEntry[]>) =>
    Object.fromEntries(
      [...index].map(([head, bucket]) => [head, pack([...bucket].sort((a, b) => b[0].length - a[0].length))]),
    );
  return { byFirstChar: packAll(byFirstChar), byFirstWord: packAll(byFirstWord) };
}

/** A bucket, unpacked the first time a label reaches it. */
class Buckets {
  private readonly unpacked = new Map<string, PhraseEntry[]>();

  constructor(private readonly packed: Record<string, string>) {}

  get(head: string): readonly PhraseEntry[] {
    let bucket = this.unpacked.get(head);
    if (!bucket) {
      bucket = Object.hasOwn(this.packed, head) ? unpack(this.packed[head] as string) : [];
      this.unpacked.set(head, bucket);
    }
    return bucket;
  }
}

/**
 * Finds dictionary phrases in normalised text in one pass. Han phrases match anywhere
 * (Chinese has no spaces); Latin and Cyrillic phrases match whole words only, so "name"
 * is not found in "username".
 */
export class PhraseIndex {
  private readonly byFirstChar: Buckets;
  private readonly byFirstWord: Buckets;

  constructor(buckets: PhraseBuckets) {
    this.byFirstChar = new Buckets(buckets.byFirstChar);
    this.byFirstWord = new Buckets(buckets.byFirstWord);
  }

  static of(entries: readonly PhraseEntry[]): PhraseIndex {
    return new PhraseIndex(bucketPhrases(entries));
  }

  find(text: string): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    for (let i = 0; i < text.length; i++) {
      const char = text[i] as string;
      for (const [phrase, key, weak = false] of this.byFirstChar.get(char)) {
        if (text.startsWith(phrase, i)) found.push({ key, start: i, end: i + phrase.length, weak });
      }
      const atWordStart = i === 0 || text[i - 1] === ' ' || hasHan(text[i - 1] as string);
      if (!atWordStart || char === ' ' || hasHan(char)) continue;
      let wordEnd = i;
      while (wordEnd < text.length && text[wordEnd] !== ' ' && !hasHan(text[wordEnd] as string)) wordEnd++;
      for (const [phrase, key, weak = false] of this.byFirstWord.get(text.slice(i, wordEnd))) {
        const end = i + phrase.length;
        const atWordEnd = end === text.length || text[end] === ' ' || hasHan(text[end] as string);
        if (atWordEnd && text.startsWith(phrase, i)) found.push({ key, start: i, end, weak });
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
