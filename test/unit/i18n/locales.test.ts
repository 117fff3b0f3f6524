import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (locale: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));

const zh = load('zh_CN');
const en = load('en');

describe('locales', () => {
  it('zh_CN and en define the same messages with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, { placeholders }] of Object.entries(zh)) {
      expect(Object.keys(en[key]?.placeholders ?? {}).sort(), key).toEqual(Object.keys(placeholders ?? {}).sort());
    }
  });

  it('uses every declared placeholder in the message text', () => {
    for (const messages of [zh, en]) {
      for (const [key, { message, placeholders }] of Object.entries(messages)) {
        for (const name of Object.keys(placeholders ?? {})) expect(message, key).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });
});
