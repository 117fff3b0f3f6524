import type { CodeEntry, CodeList } from './types';

/**
 * The entry whose code, name or a synonym equals the text exactly (after NFKC and trim).
 * Never a partial match: 党员 must not find 预备党员. Null when nothing, or more than one
 * entry, matches.
 */
export function findCode(list: CodeList, text: string): CodeEntry | null {
  const wanted = text.normalize('NFKC').trim();
  if (!wanted) return null;
  const found = list.filter(
    (entry) => entry.code === wanted || entry.name === wanted || entry.synonyms.includes(wanted),
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** Every string that names the entry: its code, its name and its synonyms. */
export function namesOf(entry: CodeEntry): ReadonlySet<string> {
  return new Set([entry.code, entry.name, ...entry.synonyms]);
}
