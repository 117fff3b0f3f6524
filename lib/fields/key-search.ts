import { FIELD_DICTIONARY } from './dictionary';
import { fieldName } from './field-name';

/** A key as the chooser lists it, named in both languages. */
export interface KeyChoice {
  key: string;
  zh: string;
  en: string;
}

const MAX_CHOICES = 40;
const phraseOf = (phrase: string) => phrase.replace(/^[=~]/, '').toLowerCase();

/** Keys that hold a person's facts: secrets (passwords, codes) are never stored, so never offered. */
const CHOICES = FIELD_DICTIONARY.filter((definition) => !definition.secret).map((definition) => ({
  choice: { key: definition.key, zh: fieldName(definition.key, 'zh'), en: fieldName(definition.key, 'en') },
  phrases: [...definition.zh, ...definition.en].map(phraseOf),
}));

/** How well a key answers a query: its name first, then any of its synonyms; 0 not at all. */
function score(entry: (typeof CHOICES)[number], query: string): number {
  const { zh, en, key } = entry.choice;
  const names = [zh.toLowerCase(), en.toLowerCase(), key];
  if (names.some((name) => name === query)) return 4;
  if (names.some((name) => name.startsWith(query))) return 3;
  if (names.some((name) => name.includes(query))) return 2;
  return entry.phrases.some((phrase) => phrase.includes(query)) ? 1 : 0;
}

/**
 * The keys a person may pick for a field, best match first, searched in Chinese or English
 * over names and synonyms (身份证 finds 身份证号; "mobile" finds 手机号码). No query: all, in
 * the dictionary's order, which keeps a topic's keys together.
 */
export function searchKeys(query: string): KeyChoice[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return CHOICES.slice(0, MAX_CHOICES).map((entry) => entry.choice);
  return CHOICES.map((entry, order) => ({ entry, order, score: score(entry, wanted) }))
    .filter((ranked) => ranked.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_CHOICES)
    .map((ranked) => ranked.entry.choice);
}
