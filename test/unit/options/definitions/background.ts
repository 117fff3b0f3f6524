import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter } from '../../../../lib/messaging';
import { PORTAL_DEFINITIONS, type PortalDefinition, packOf } from '../../../../lib/portals';
import { createDefinitionHandlers } from '../../../../lib/service';
import { memoryDefinitions } from '../../service/memory-definitions';

const SELF = { extensionId: 'fillonce-test', extensionOrigin: 'chrome-extension://fillonce-test/' };
const OPTIONS_PAGE = { id: SELF.extensionId, url: `${SELF.extensionOrigin}options.html` };

const [builtin] = PORTAL_DEFINITIONS as readonly [PortalDefinition, ...PortalDefinition[]];

/** A valid definition to vary: the built-in 低保申请 under another id, name and address. */
export function definition(id: string, name: string, url: string): PortalDefinition {
  return { ...structuredClone(builtin), id, name, match: { urls: [url] }, examples: [url.replace('*', 'www')] };
}

export const packText = (definitions: readonly PortalDefinition[]) => JSON.stringify(packOf(definitions));

/**
 * The options page's background, real down to the router that checks each payload, over
 * definitions held in memory. `calls` logs each browser call the page makes, in order.
 */
export function fakeBackground(options: { saved?: unknown; managed?: unknown } = {}) {
  const definitions = memoryDefinitions(options);
  const handlers = createDefinitionHandlers(
    definitions,
    () => Promise.reject(new Error('no records in this test')),
    () => '2026-12-06',
  );
  const listener = createMessageRouter(handlers, SELF);
  const calls: string[] = [];
  const failures = new Map<string, string>();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (message: unknown) =>
      new Promise((resolve) => {
        const { type } = message as { type: string };
        calls.push(type);
        const failure = failures.get(type);
        if (failure !== undefined) return resolve({ ok: false, error: failure });
        if (!listener(message, OPTIONS_PAGE, resolve)) resolve(undefined);
      }),
  );
  return {
    definitions,
    calls,
    /** Every later message of this type is refused with this error. */
    fail: (type: string, error: string) => failures.set(type, error),
  };
}
