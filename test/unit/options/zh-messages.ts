import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../../public/_locales/zh_CN/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** browser.i18n.getMessage as the browser answers it in zh_CN: named placeholders, each `$n` a substitution. */
export function zhMessage(key: string, substitutions: readonly string[] = []): string {
  const entry = (messages as Messages)[key];
  if (!entry) return '';
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_whole, index: string) => substitutions[Number(index) - 1] ?? '');
  });
}

/** Call in beforeEach: the fake browser leaves i18n unmocked. */
export function useZhMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, substitutions) =>
    zhMessage(key, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []).map(String)),
  );
}
