import { fieldName } from '../lib/fields';
import { uiLanguage } from './i18n';

/** A field key as the page's reader says it: 身份证号 in Chinese, "id number" in English. */
const inEnglish = () => uiLanguage().startsWith('en');

export const keyName = (key: string): string => fieldName(key, inEnglish() ? 'en' : 'zh');

/** Several keys as one list: 姓名、身份证号 in Chinese, "name, id number" in English. */
export const keyList = (keys: readonly string[]): string => keys.map(keyName).join(inEnglish() ? ', ' : '、');
