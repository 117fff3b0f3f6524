import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOUSEHOLDS } from '../fixtures/ledgers/demo-data';
import { makeDemoLedger } from '../fixtures/ledgers/make-ledger';
import { type FixtureServer, startFixtureServer } from '../fixtures/server';
import { acceptPermissionPrompt, contextMenuItem, type Desktop, startDesktop } from './desktop';
import { expectText } from './expect-text';
import { engineRuns, extensionWorlds } from './extension-scripts';
import { type E2ESession, startSession } from './session';
import { importLedger } from './steps';

const head = (DEMO_HOUSEHOLDS[1] as (typeof DEMO_HOUSEHOLDS)[number]).head;
let desktop: Desktop;
let server: FixtureServer;
let first: E2ESession;
let second: E2ESession | undefined;
let packFile = '';

/** The published build, as a person installs it: no host granted. */
const freshProfile = () => startSession({ headless: false, env: desktop.env, grantedHosts: [], server });
const ledgerUrl = () => `${server.origin('bangfu')}/ledger/`;
const seedRecords = async (session: E2ESession) => {
  const options = await session.context.newPage();
  await importLedger(options, session.extensionId, { name: '台账.xlsx', buffer: Buffer.from(await makeDemoLedger()) });
  await options.close();
};
const registeredScripts = (session: E2ESession) =>
  session.serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }
    ).chrome.scripting.getRegisteredContentScripts(),
  );

/** What the popup would show for the active tab, asked the way the popup asks. */
const pageSummary = (session: E2ESession) =>
  session.serviceWorker.evaluate(async () => {
    type Chrome = {
      tabs: {
        query(filter: object): Promise<Array<{ id: number }>>;
        sendMessage(tabId: number, message: object): Promise<{ ok: boolean; data?: unknown }>;
      };
    };
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) return null;
    const reply = await chrome.tabs.sendMessage(tab.id, { type: 'popupToContent:getPageSummary', payload: {} });
    return reply.data;
  });

/** What a person checks: the two taught fields are flagged and filled from the records. */
async function fillsTaughtFields(page: Page) {
  await page.goto(ledgerUrl());
  // FillOnce follows typing once it has read the page, which its panel shows.
  await page.getByTestId('fillonce-panel').waitFor();
  await page.locator('#sfzh').pressSequentially(head.idNumber);
  await expect.poll(() => page.getByTestId('fillonce-duplicate-count').textContent(), { timeout: 15_000 }).toBe('2');
  await page.getByTestId('fillonce-fill-all').click();
  await expect.poll(() => page.locator('#dx').inputValue()).toBe(head.name);
  await expect(page.locator('#hm').inputValue()).resolves.toBe(head.tel);
  await expect(page.locator('#bfcs').inputValue()).resolves.toBe('');
}

beforeAll(async () => {
  desktop = await startDesktop();
  server = await startFixtureServer({ port: 0 });
  first = await freshProfile();
  await seedRecords(first);
}, 90_000);
afterAll(async () => {
  await first?.close();
  await second?.close();
  await server?.close();
  desktop?.stop();
});

describe('FillOnce only where it is wanted, taught a new portal in a minute, shared as a pack', () => {
  it('puts no script at all into any page while nothing is switched on', async () => {
    expect(await registeredScripts(first)).toEqual([]);
    const page = await first.context.newPage();
    for (const url of [first.portalUrl('dibao'), ledgerUrl()]) {
      await page.goto(url);
      await page.waitForTimeout(1000);
      expect(await extensionWorlds(page, first.extensionId), url).toEqual([]);
    }
    await page.close();
  });

  it('switches on for the site from the context menu, and is taught two fields', async () => {
    const page = await first.context.newPage();
    await page.goto(ledgerUrl());
    await contextMenuItem(desktop, page, page.locator('.layui-card-header'), 'q');
    await acceptPermissionPrompt(desktop, page);
    await expect.poll(() => engineRuns(page, first.extensionId), { timeout: 10_000 }).toBe(true);
    // Before teaching, the labels alone say too little: only 身份证号 is recognised.
    await expect.poll(() => pageSummary(first), { timeout: 10_000 }).toMatchObject({ recognised: 1, portalName: null });

    await contextMenuItem(desktop, page, page.locator('#dx'), 'q');
    const chooser = page.getByTestId('fillonce-teach');
    await chooser.waitFor();
    await expect(page.getByTestId('fillonce-teach-pattern').inputValue()).resolves.toBe(
      `${server.origin('bangfu')}/ledger/*`,
    );
    await page.getByTestId('fillonce-teach-search').fill('姓名');
    await page.screenshot({ path: 'test-results/screenshots/teach-chooser-zh_CN.png' });
    await page.locator('[data-testid=fillonce-teach-key][data-key=name]').click();
    await chooser.waitFor({ state: 'detached' });

    await contextMenuItem(desktop, page, page.locator('#hm'), 'q');
    await chooser.waitFor();
    await page.getByTestId('fillonce-teach-search').fill('联系电话');
    await page.locator('[data-testid=fillonce-teach-key][data-key=tel]').click();
    await chooser.waitFor({ state: 'detached' });
    await page.close();
  });

  it('recognises both after a reload, with their taught keys', async () => {
    const page = await first.context.newPage();
    await fillsTaughtFields(page);
    await page.close();
  });

  it('opens the same chooser from the panel for a value that is wrong', async () => {
    const page = await first.context.newPage();
    await page.goto(ledgerUrl());
    await page.getByTestId('fillonce-panel').waitFor();
    await page.locator('#sfzh').pressSequentially(head.idNumber);
    await expect.poll(() => page.getByTestId('fillonce-duplicate-count').textContent(), { timeout: 15_000 }).toBe('2');
    const phoneRow = page.locator('.fo-duplicates li', { hasText: '号码' });
    await phoneRow.getByTestId('fillonce-wrong-value').click();
    const chooser = page.getByTestId('fillonce-teach');
    await expectText(chooser.locator('.fo-portal'), '字段：号码');
    await page.getByTestId('fillonce-teach-ignore').click();
    // In force at once: the field is no longer one FillOnce would fill.
    await expect.poll(() => page.getByTestId('fillonce-duplicate-count').textContent()).toBe('1');
    // Taught back from the context menu, for the pack the next step exports.
    await contextMenuItem(desktop, page, page.locator('#hm'), 'q');
    await page.getByTestId('fillonce-teach-search').fill('电话');
    await page.locator('[data-testid=fillonce-teach-key][data-key=tel]').click();
    await expect.poll(() => page.getByTestId('fillonce-duplicate-count').textContent()).toBe('2');
    await page.close();
  });

  it('stops on the site when its definition is switched off, or its permission revoked', async () => {
    const options = await first.context.newPage();
    const page = await first.context.newPage();
    const runsAfterReload = async () => {
      await page.goto(ledgerUrl());
      await page.waitForTimeout(1000);
      return engineRuns(page, first.extensionId);
    };
    await options.goto(`chrome-extension://${first.extensionId}/options.html`);
    await options.getByTestId('options-nav-definitions').click();
    const enabled = options.locator('[data-testid=definitions-row][data-source=user] [data-testid=definition-enabled]');
    await enabled.uncheck();
    await expect.poll(async () => (await registeredScripts(first)).length).toBe(1);
    expect(await runsAfterReload()).toBe(false);
    expect(await extensionWorlds(page, first.extensionId)).toEqual([]);
    await enabled.check();
    await expect.poll(() => runsAfterReload(), { timeout: 10_000 }).toBe(true);

    await options.getByTestId('options-nav-settings').click();
    await options.locator('[data-testid=settings-site] [data-testid=settings-site-remove]').click();
    await expect.poll(() => registeredScripts(first)).toEqual([]);
    expect(await runsAfterReload()).toBe(false);
    await expect(page.locator('fillonce-ui').count()).resolves.toBe(0);
    await options.close();
    await page.close();
  });

  it('works on every site once the settings switch asks for it, and stops when switched off', async () => {
    const options = await first.context.newPage();
    await options.goto(`chrome-extension://${first.extensionId}/options.html`);
    await options.getByTestId('options-nav-settings').click();
    const everySite = options.getByTestId('settings-every-site');
    await everySite.click();
    await acceptPermissionPrompt(desktop, options);
    await expect.poll(() => everySite.isChecked()).toBe(true);
    const page = await first.context.newPage();
    await page.goto(`${server.origin('minsheng')}/report/`);
    await expect.poll(() => engineRuns(page, first.extensionId), { timeout: 10_000 }).toBe(true);
    await everySite.click();
    await expect.poll(() => registeredScripts(first)).toEqual([]);
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await engineRuns(page, first.extensionId)).toBe(false);
    await options.close();
    await page.close();
  });

  it('exports the pack, and a fresh profile that imports it does the same', async () => {
    const options = await first.context.newPage();
    await options.goto(`chrome-extension://${first.extensionId}/options.html`);
    await options.getByTestId('options-nav-definitions').click();
    const row = options.locator('[data-testid=definitions-row][data-source=user]');
    await row.getByTestId('definition-select').check();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('definitions-export').click(),
    ]);
    packFile = readFileSync((await download.path()) as string, 'utf8');
    expect(JSON.parse(packFile).definitions[0].fields).toEqual({ '#dx': 'name', '#hm': 'tel' });

    second = await freshProfile();
    await seedRecords(second);
    const imports = await second.context.newPage();
    await imports.goto(`chrome-extension://${second.extensionId}/options.html`);
    await imports.getByTestId('options-nav-definitions').click();
    await imports
      .getByTestId('definitions-import-file')
      .setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(packFile) });
    await imports.getByTestId('definitions-import-preview').waitFor();
    await expect(imports.getByTestId('definitions-import-item').getAttribute('data-status')).resolves.toBe('new');
    await imports.getByTestId('definitions-import-confirm').click();
    await acceptPermissionPrompt(desktop, imports);
    await imports.getByTestId('definitions-import-done').waitFor();

    await fillsTaughtFields(await second.context.newPage());
  });
});
