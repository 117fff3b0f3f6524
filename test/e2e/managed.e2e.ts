import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_DEFINITIONS, type PortalDefinition, packOf } from '../../lib/portals';
import { expectText } from './expect-text';
import { type E2ESession, startSession } from './session';

/** The id the manifest's key fixes, which an IT desk's policy names (README, "Managed packs"). */
const EXTENSION_ID = 'fnjlndaekaemhigimagdfcbkmnjlcenm';
/** Where Debian's Chromium reads an administrator's policies; writing here needs root, as installing one does. */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/fillonce-e2e.json`;

const county: PortalDefinition = {
  ...(PORTAL_DEFINITIONS[0] as PortalDefinition),
  id: 'county-bangfu',
  name: '结对帮扶（县统一配置）',
  agency: '示范县乡村振兴局',
  match: { urls: ['*://bangfu.localhost/ledger/*'] },
  fields: { '#dx': 'name', '#hm': 'tel' },
  entity: { idField: '#sfzh' },
  submit: {},
  examples: ['http://bangfu.localhost/ledger/'],
};

let session: E2ESession;
beforeAll(async () => {
  if (process.getuid?.() !== 0)
    throw new Error(`This test installs a browser policy in ${POLICY_DIR}: run it as root (CI does).`);
  mkdirSync(POLICY_DIR, { recursive: true });
  const policy = { pack: JSON.stringify(packOf([county])), captureModes: { 'county-bangfu': 'never' } };
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
  session = await startSession();
});
afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await session?.close();
});

describe('a managed pack pushed by browser policy', () => {
  it('reaches the extension the policy names', async () => {
    expect(session.extensionId).toBe(EXTENSION_ID);
    await expect
      .poll(() =>
        session.serviceWorker.evaluate(async () => {
          const { chrome } = globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<object> } } } };
          return Object.keys(await chrome.storage.managed.get()).sort();
        }),
      )
      .toEqual(['captureModes', 'pack']);
  });

  it('applies on its portal: the fields it maps are recognised under its name', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.origin('bangfu')}/ledger/`);
    await page.getByTestId('fillonce-panel').waitFor();
    await expectText(page.locator('[data-testid=fillonce-panel] .fo-portal'), '结对帮扶（县统一配置）');
    const popup = await session.openPopupFor(page);
    await expect.poll(() => popup.getByTestId('popup-recognised').textContent()).toBe('3');
  });

  it('is shown as managed on the options page, and cannot be edited, switched off or deleted', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('options-nav-definitions').click();
    const row = options.locator('[data-testid=definitions-row][data-id=county-bangfu]');
    await expect(row.getAttribute('data-source')).resolves.toBe('managed');
    await row.getByTestId('definition-managed-note').waitFor();
    await expect(row.getByTestId('definition-enabled').isDisabled()).resolves.toBe(true);
    for (const edit of ['definition-rename', 'definition-patterns', 'definition-delete']) {
      const control = row.getByTestId(edit);
      if ((await control.count()) > 0) await expect(control.isDisabled(), edit).resolves.toBe(true);
    }
    await options.getByTestId('options-nav-settings').click();
    const mode = options.locator('[data-testid=options-capture-mode][data-portal=county-bangfu]');
    await mode.getByTestId('options-capture-mode-managed').waitFor();
    await expect(mode.locator('input:checked').getAttribute('value')).resolves.toBe('never');
    await expect(mode.locator('input[value=always]').isDisabled()).resolves.toBe(true);
  });
});
