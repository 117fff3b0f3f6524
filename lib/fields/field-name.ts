import { fieldDefinition } from './dictionary';

const stripMark = (phrase: string) => phrase.replace(/^[=~]/, '');

/** A key's Chinese name (its first zh synonym): 身份证号 for id-number; the key itself if unknown. */
export function fieldName(key: string): string {
  const definition = fieldDefinition(key);
  const phrase = definition?.zh[0] ?? definition?.en[0];
  return phrase ? stripMark(phrase) : key;
}
