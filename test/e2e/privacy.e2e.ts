import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PEOPLE } from '../fixtures/sample-people';
import { EXTENSION_DIR } from './browser';
import { expectText } from './expect-text';
import { type E2ESession, startSession } from './session';
import { dibaoModel, startDibao, submitFanpin } from './steps';

const person = SAMPLE_PEOPLE[1] as (typeof SAMPLE_PEOPLE)[0];
let session: E2ESession;

/** Loopback, the demo portals' *.localhost origins, and the extension itself: this machine. */
function staysOnThisMachine(url: string, extensionId: string): boolean {
  const { protocol, hostname, host } = new URL(url);
  if (protocol === 'chrome-extension:') return host === extensionId;
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return (
    hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '127.0.0.1' || hostname === '[::1]'
  );
}

beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

describe('local and private', () => {
  it('walks the whole path: capture on A, flag and fill on B, open the popup', async () => {
    const page = await session.context.newPage();
    await submitFanpin(page, session.portalUrl('fanpin'), person);
    await startDibao(page, session.portalUrl('dibao'), person);
    await expectText(page.getByTestId('fillonce-duplicate-count'), '5');
    await page.getByTestId('fillonce-fill-all').click();
    await expect.poll(() => dibaoModel(page)).toMatchObject({ name: person.name });
    const popup = await session.openPopupFor(page);
    await expect.poll(() => popup.getByTestId('popup-time-saved').textContent()).not.toBe('…');
  });

  it('keeps records in the extension origin, never in a portal page’s own IndexedDB', async () => {
    const page = await session.context.newPage();
    for (const portal of ['fanpin', 'dibao'] as const) {
      await page.goto(session.portalUrl(portal));
      const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
      expect(pageDatabases, portal).toEqual([]);
      expect(await page.evaluate(() => Object.keys(localStorage)), portal).toEqual([]);
    }
    const extensionDatabases = await session.serviceWorker.evaluate(async () =>
      (await indexedDB.databases()).map((db) => db.name),
    );
    expect(extensionDatabases).toContain('fillonce-records');
  });

  it('exposes no extension file to pages, so a page cannot probe for FillOnce', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toEqual({ ids: [] });
  });

  it('makes no request that leaves the machine, from the service worker, the popup or any page', () => {
    const fromWorker = session.requests.filter((request) => request.serviceWorker() !== null);
    const leaving = session.requests
      .map((request) => request.url())
      .filter((url) => !staysOnThisMachine(url, session.extensionId));
    expect(session.requests.length).toBeGreaterThan(0);
    expect(leaving).toEqual([]);
    expect(
      fromWorker.map((request) => request.url()).filter((url) => !staysOnThisMachine(url, session.extensionId)),
    ).toEqual([]);
  });
});
