import type { Page, Request } from 'playwright-core';
import { type FixtureServer, startFixtureServer } from '../fixtures/server';
import { type ExtensionBrowser, launchWithExtension, type UiLanguage } from './browser';
import { extensionWorlds } from './extension-scripts';

/** A browser with FillOnce, the demo portals, and a log of every request anything made. */
export interface E2ESession extends ExtensionBrowser {
  server: FixtureServer;
  requests: Request[];
  portalUrl(portal: 'fanpin' | 'dibao' | 'portals'): string;
  openPopupFor(page: Page): Promise<Page>;
}

/** The one extension API these tests call inside the service worker. */
interface ExtensionGlobals {
  chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> } };
}

const PORTAL_PATHS = { fanpin: '/collect/', dibao: '/apply/', portals: '/' } as const;

/**
 * Waits until a page of the granted hosts really gets the loader: Chromium tells its renderers
 * of a new registration a moment after it reports it, and a page opened in between gets nothing.
 */
async function loaderReaches(browser: ExtensionBrowser, url: string): Promise<void> {
  const page = await browser.context.newPage();
  try {
    for (let tries = 0; tries < 50; tries++) {
      await page.goto(url);
      if ((await extensionWorlds(page, browser.extensionId)).length > 0) return;
    }
    throw new Error(`the loader never reached ${url}`);
  } finally {
    await page.close();
  }
}

export async function startSession(
  options: {
    headless?: boolean;
    language?: UiLanguage;
    port?: number;
    grantedHosts?: readonly string[];
    env?: Record<string, string>;
    server?: FixtureServer;
  } = {},
): Promise<E2ESession> {
  const server = options.server ?? (await startFixtureServer({ port: options.port ?? 0 }));
  const { headless = true, language, grantedHosts, env } = options;
  const browser = await launchWithExtension({ headless, language, grantedHosts, env });
  if (grantedHosts === undefined || grantedHosts.length > 0)
    await loaderReaches(browser, `${server.origin('portals')}/`);
  const requests: Request[] = [];
  browser.context.on('request', (request) => requests.push(request));
  return {
    ...browser,
    server,
    requests,
    portalUrl: (portal) => `${server.origin(portal)}${PORTAL_PATHS[portal]}`,
    async openPopupFor(page) {
      // Without the tabs permission a tab's URL is hidden, so find the page as the active tab.
      await page.bringToFront();
      const tabId = await browser.serviceWorker.evaluate(async () => {
        const { chrome } = globalThis as unknown as ExtensionGlobals;
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (tabId === null) throw new Error(`no tab shows ${page.url()}`);
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 340, height: 320 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async close() {
      await browser.close();
      if (!options.server) await server.close();
    },
  };
}
