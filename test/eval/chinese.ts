import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { classifyFields, FIELD_DICTIONARY } from '../../lib/fields';
import type { Judgement } from './score';

export const CHINESE_FORMS_DIR = resolve(import.meta.dirname, '../fixtures/forms/zh');

/** Every key the dictionary knows: the Chinese forms are scored on all of them. */
export const CHINESE_KEYS = FIELD_DICTIONARY.map((definition) => definition.key);

export interface ChineseJudgement extends Judgement {
  goldEntity: string | null;
  predictedEntity: string | null;
  label: string;
  file: string;
}

/** Classifies one labelled form with its answers (data-fo-*) stripped first. */
export function judgeChineseForm(file: string, html: string): ChineseJudgement[] {
  const window = new Window({ url: 'https://portal.example.gov.cn/' });
  const document = window.document;
  document.write(html);
  const gold = new Map<Element, { key: string | null; entity: string | null }>();
  for (const control of document.querySelectorAll('[data-fo-key]')) {
    const key = control.getAttribute('data-fo-key') || null;
    gold.set(control as unknown as Element, { key, entity: control.getAttribute('data-fo-entity') });
    control.removeAttribute('data-fo-key');
    control.removeAttribute('data-fo-entity');
  }
  const matches = classifyFields(document as unknown as ParentNode);
  const judgements = matches.map((match) => ({
    gold: gold.get(match.element)?.key ?? null,
    predicted: match.key,
    goldEntity: gold.get(match.element)?.entity ?? null,
    predictedEntity: match.entity ?? null,
    label: match.label,
    file,
  }));
  // A labelled control the classifier never returned is a miss, not a field out of scope.
  const returned = new Set(matches.map((match) => match.element));
  for (const [element, answer] of gold) {
    if (returned.has(element) || !answer.key) continue;
    judgements.push({
      gold: answer.key,
      predicted: null,
      goldEntity: answer.entity,
      predictedEntity: null,
      label: '(not collected)',
      file,
    });
  }
  window.close();
  return judgements;
}

export function judgeChineseForms(): ChineseJudgement[] {
  return readdirSync(CHINESE_FORMS_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .flatMap((file) => judgeChineseForm(file, readFileSync(join(CHINESE_FORMS_DIR, file), 'utf8')));
}
