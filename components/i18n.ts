import { browser } from 'wxt/browser';
import type messages from '../public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof messages;

const texts = new Map<string, string>();

/**
 * All UI text goes through the browser's i18n, zh_CN first: the extension's default locale.
 * Each text is asked once: a page's messages do not change while it lives, and every call
 * into the browser's API costs the page time.
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const id = substitutions.length ? `${key}\u0000${substitutions.join('\u0000')}` : key;
  let text = texts.get(id);
  if (text === undefined) {
    text = browser.i18n.getMessage(key, substitutions.map(String)) || key;
    texts.set(id, text);
  }
  return text;
}

let language: string | undefined;

/** Asked once: the browser's answer does not change while a page lives, and asking is slow. */
export function uiLanguage(): string {
  language ??= browser.i18n.getUILanguage() || 'zh-CN';
  return language;
}
