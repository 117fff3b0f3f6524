import { findCode } from '../values';
import { fieldDefinition } from './dictionary';

function cleanText(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/**
 * The comparable form of a value, by its field's own rules: 1.86万 and 18600 are one income,
 * 汉 and 汉族 one ethnicity. A value the rules cannot read keeps its cleaned text, so nothing
 * is lost and nothing is guessed.
 */
export function normalizeFieldValue(key: string, raw: string): string {
  const definition = fieldDefinition(key);
  const text = cleanText(raw);
  if (definition?.codes) return findCode(definition.codes, raw)?.name ?? text;
  return definition?.normalize?.(raw) ?? text;
}

/** Whether a value is one the field may hold; fields without rules accept any non-empty text. */
export function isValidFieldValue(key: string, raw: string): boolean {
  const definition = fieldDefinition(key);
  if (!cleanText(raw)) return false;
  if (definition?.codes) return findCode(definition.codes, raw) !== null;
  return definition?.validate?.(raw) ?? true;
}
