import { fieldDefinition, fieldName } from '../../lib/fields';
import { uiLanguage } from '../i18n';

/** A field key as the page's reader says it: 身份证号 in Chinese, "id number" in English. */
export function keyName(key: string): string {
  const english = uiLanguage().startsWith('en') ? fieldDefinition(key)?.en[0]?.replace(/^[=~]/, '') : undefined;
  return english ?? fieldName(key);
}
