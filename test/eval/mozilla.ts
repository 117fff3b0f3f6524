import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { classifyFields } from '../../lib/fields';
import type { Judgement } from './score';

export const MOZILLA_DIR = resolve(import.meta.dirname, '../../../shared/corpora/mozilla-training-forms');

/** Mozilla's types that FillOnce's keys cover, under FillOnce's names. */
export const MOZILLA_KEYS = [
  'name',
  'given-name',
  'additional-name',
  'family-name',
  'tel',
  'email',
  'bday',
  'sex',
  'id-number',
  'organization',
  'street-address',
  'address-line1',
  'address-line2',
  'address-line3',
  'address-level1',
  'address-level2',
  'address-level3',
  'postal-code',
  'country',
] as const;

/** Mozilla tokens that mean one of our keys under another name. */
const GOLD_ALIASES: Readonly<Record<string, string>> = { 'country-name': 'country', 'tel-national': 'tel' };

export interface PageJudgements {
  file: string;
  judgements: Array<Judgement & { label: string; name: string }>;
}

export function assertCorpus(): void {
  if (!existsSync(MOZILLA_DIR)) {
    throw new Error(`../shared/corpora/mozilla-training-forms not found (looked in ${MOZILLA_DIR})`);
  }
}

/** Classifies one page with the answers stripped: no data-moz-autofill-type, no autocomplete. */
export function judgePage(file: string, html: string): PageJudgements {
  const window = new Window({ url: 'https://example.test/' });
  const document = window.document;
  document.write(html);
  const gold = new Map<Element, string | null>();
  for (const control of document.querySelectorAll('input, select, textarea')) {
    const token = control.getAttribute('data-moz-autofill-type');
    gold.set(control as unknown as Element, token ? (GOLD_ALIASES[token] ?? token) : null);
    control.removeAttribute('data-moz-autofill-type');
    control.removeAttribute('autocomplete');
  }
  // The corpus labels no radio button or checkbox (none of its 2,000): they are outside its scope.
  const matches = classifyFields(document as unknown as ParentNode).filter(
    (match) => !['radio', 'checkbox'].includes((match.element as HTMLInputElement).type),
  );
  const judgements = matches.map((match) => ({
    gold: gold.get(match.element) ?? null,
    predicted: match.key,
    label: match.label,
    name: match.element.getAttribute('name') ?? match.element.id,
  }));
  window.close();
  return { file, judgements };
}

export function judgeMozillaCorpus(): PageJudgements[] {
  assertCorpus();
  return readdirSync(MOZILLA_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => judgePage(file, readFileSync(join(MOZILLA_DIR, file), 'utf8')));
}
