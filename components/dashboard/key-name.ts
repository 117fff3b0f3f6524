import { fieldName } from '../../lib/fields';
import { uiLanguage } from '../i18n';

/** A field key as the page's reader says it: 身份证号 in Chinese, "id number" in English. */
export const keyName = (key: string): string => fieldName(key, uiLanguage().startsWith('en') ? 'en' : 'zh');
