import { fieldDefinition } from './dictionary';

const stripMark = (phrase: string) => phrase.replace(/^[=~]/, '');

/**
 * A key as a person says it: its first Chinese synonym (身份证号 for id-number), or in English
 * its first English one; the other language where one is missing, the key itself if unknown.
 */
export function fieldName(key: string, language: 'zh' | 'en' = 'zh'): string {
  const definition = fieldDefinition(key);
  const [first, second] =
    language === 'en' ? [definition?.en[0], definition?.zh[0]] : [definition?.zh[0], definition?.en[0]];
  const phrase = first ?? second;
  return phrase ? stripMark(phrase) : key;
}
