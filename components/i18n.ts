import { browser } from 'wxt/browser';
import type messages from '../public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof messages;

/** All UI text goes through the browser's i18n, zh_CN first: the extension's default locale. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'zh-CN';
}
