/** @vitest-environment happy-dom */

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsSection } from '../../../components/options/SettingsSection';
import { toast } from '../../../components/options/toast';
import { fakePermissions } from './fake-permissions';
import { containerPerTest, show as mount, settle } from './mount';
import { useZhMessages } from './zh-messages';

const MODES = [
  { portalId: 'dibao-application', portalName: '低保申请', mode: 'always', managed: false },
  { portalId: 'county-roster', portalName: '县级花名册', mode: 'never', managed: true },
];

const container = containerPerTest();

beforeEach(() => {
  useZhMessages();
  toast.value = null;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type } = message as { type: string };
    if (type === 'optionsToBackground:getCaptureModes') return { ok: true, data: MODES };
    return { ok: false, error: `not in this test: ${type}` };
  });
});

const show = () => mount(<SettingsSection />, container());

const byTestId = <T extends Element = HTMLElement>(id: string) =>
  container().querySelector(`[data-testid="${id}"]`) as T | null;
const sites = () =>
  [...container().querySelectorAll<HTMLElement>('[data-testid="settings-site"]')].map((site) => [
    site.dataset.origin,
    site.querySelector('.mono')?.textContent,
  ]);

describe('the settings section', () => {
  it('shows a capture mode set by policy, not changeable', async () => {
    fakePermissions();
    await show();
    const managed = container().querySelector<HTMLElement>(
      '[data-testid="options-capture-mode"][data-portal="county-roster"]',
    );
    expect(managed?.dataset.managed).toBe('true');
    expect(managed?.querySelector('fieldset')?.disabled).toBe(true);
    expect(managed?.querySelector('[data-testid="options-capture-mode-managed"]')?.textContent).toBe(
      '由单位统一配置，不能修改',
    );
    const open = container().querySelector<HTMLElement>(
      '[data-testid="options-capture-mode"][data-portal="dibao-application"]',
    );
    expect(open?.querySelector('fieldset')?.disabled).toBe(false);
    expect(open?.querySelector('[data-testid="options-capture-mode-managed"]')).toBeNull();
  });

  it('lists the sites FillOnce runs on, and switches every site on in the change itself', async () => {
    const permissions = fakePermissions(['https://b.gov.cn/*', 'https://a.gov.cn/*']);
    await show();
    const everySite = byTestId<HTMLInputElement>('settings-every-site');
    expect(everySite?.checked).toBe(false);
    expect(sites()).toEqual([
      ['https://a.gov.cn/*', 'https://a.gov.cn'],
      ['https://b.gov.cn/*', 'https://b.gov.cn'],
    ]);

    everySite?.click();
    expect(permissions.calls).toEqual(['request *://*/*']);
    await settle();
    expect(byTestId<HTMLInputElement>('settings-every-site')?.checked).toBe(true);
    expect(sites()[0]).toEqual(['*://*/*', '所有网站']);

    byTestId<HTMLInputElement>('settings-every-site')?.click();
    expect(permissions.calls.at(-1)).toBe('remove *://*/*');
    await settle();
    expect(byTestId<HTMLInputElement>('settings-every-site')?.checked).toBe(false);
    expect(sites()).toHaveLength(2);
  });

  it('leaves the switch off when the person refuses', async () => {
    const permissions = fakePermissions();
    permissions.answer(false);
    await show();
    await act(() => byTestId<HTMLInputElement>('settings-every-site')?.click());
    await settle();
    expect(byTestId<HTMLInputElement>('settings-every-site')?.checked).toBe(false);
    expect(toast.value).toMatchObject({ text: '没有获得访问所有网站的许可。', tone: 'error' });
  });

  it('removes a site, and says so when the browser keeps it', async () => {
    const permissions = fakePermissions(['https://a.gov.cn/*', 'https://b.gov.cn/*']);
    await show();
    await act(() => container().querySelector<HTMLElement>('[data-testid="settings-site-remove"]')?.click());
    await settle();
    expect(permissions.calls).toEqual(['remove https://a.gov.cn/*']);
    expect(sites()).toEqual([['https://b.gov.cn/*', 'https://b.gov.cn']]);
    expect(toast.value?.text).toBe('填一次不再在「https://a.gov.cn」上运行');

    permissions.removable(false);
    await act(() => container().querySelector<HTMLElement>('[data-testid="settings-site-remove"]')?.click());
    await settle();
    expect(sites()).toHaveLength(1);
    expect(toast.value).toMatchObject({ text: '无法移除「https://b.gov.cn」：它可能由单位统一配置。', tone: 'error' });
  });

  it('follows a site granted elsewhere, and stops listening when it goes', async () => {
    const permissions = fakePermissions();
    await show();
    expect(sites()).toEqual([]);
    expect(byTestId('settings-sites')).not.toBeNull();
    await act(() => permissions.grantElsewhere('https://c.gov.cn/*'));
    await settle();
    expect(sites()).toEqual([['https://c.gov.cn/*', 'https://c.gov.cn']]);
    expect(permissions.listeners()).toBe(2);
    await act(() => render(null, container()));
    expect(permissions.listeners()).toBe(0);
  });
});
