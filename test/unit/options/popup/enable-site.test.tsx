/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../../components/popup/Popup';
import { browserSiteAccess, type SiteAccess } from '../../../../components/popup/site-access';
import { fakePermissions } from '../fake-permissions';
import { useZhMessages } from '../zh-messages';

let container: HTMLElement;

beforeEach(() => {
  useZhMessages();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  history.replaceState(null, '', '/');
});

async function settle(): Promise<void> {
  for (let round = 0; round < 6; round++) await act(() => new Promise((resume) => setTimeout(resume, 0)));
}

async function show(site: SiteAccess): Promise<void> {
  await act(() =>
    render(
      <Popup
        loadSummary={async () => null}
        loadTimeSaved={async () => ({ todaySeconds: 0, totalSeconds: 0, fillCount: 0, fieldCount: 0 })}
        openRecords={() => {}}
        openStatistics={() => {}}
        site={site}
      />,
      container,
    ),
  );
  await settle();
}

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

function fakeSite(origin: string | null, allowed: boolean) {
  const calls: string[] = [];
  const site: SiteAccess = {
    origin: async () => origin,
    allowed: async () => allowed,
    allow: async (asked) => {
      calls.push(`allow ${asked}`);
      return true;
    },
  };
  return { site, calls };
}

describe("the popup's switch for the tab's site", () => {
  it('asks for the site first thing in the click, then shows it on', async () => {
    const { site, calls } = fakeSite('https://a.gov.cn/*', false);
    await show(site);
    const button = byTestId('popup-enable-site');
    expect(button?.textContent).toBe('在此网站启用填一次');
    expect(byTestId('popup-site-enabled')).toBeNull();
    button?.click();
    expect(calls).toEqual(['allow https://a.gov.cn/*']);
    await settle();
    expect(byTestId('popup-enable-site')).toBeNull();
    expect(byTestId('popup-site-enabled')?.textContent).toBe('已在此网站启用');
  });

  it('says the site is on already', async () => {
    await show(fakeSite('https://a.gov.cn/*', true).site);
    expect(byTestId('popup-site-enabled')).not.toBeNull();
    expect(byTestId('popup-enable-site')).toBeNull();
  });

  it('shows nothing where the site is not known', async () => {
    await show(fakeSite(null, false).site);
    expect(byTestId('popup-site-enabled')).toBeNull();
    expect(byTestId('popup-enable-site')).toBeNull();
  });
});

describe('browserSiteAccess', () => {
  it("finds the site of the tab the popup names, from the tab's address", async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.gov.cn:8443/form/new?id=3#top' });
    history.replaceState(null, '', `/popup.html?tabId=${tab.id}`);
    expect(await browserSiteAccess.origin()).toBe('https://a.gov.cn/*');
  });

  it('is null for a tab without a known address, a browser page, or a tab that is gone', async () => {
    const hidden = await fakeBrowser.tabs.create({});
    history.replaceState(null, '', `/popup.html?tabId=${hidden.id}`);
    expect(await browserSiteAccess.origin()).toBeNull();
    const settings = await fakeBrowser.tabs.create({ url: 'chrome://extensions/' });
    history.replaceState(null, '', `/popup.html?tabId=${settings.id}`);
    expect(await browserSiteAccess.origin()).toBeNull();
    history.replaceState(null, '', '/popup.html?tabId=9999');
    expect(await browserSiteAccess.origin()).toBeNull();
  });

  it('asks the browser for exactly that site', async () => {
    const permissions = fakePermissions();
    expect(await browserSiteAccess.allowed('https://a.gov.cn/*')).toBe(false);
    expect(await browserSiteAccess.allow('https://a.gov.cn/*')).toBe(true);
    expect(permissions.calls).toEqual(['request https://a.gov.cn/*']);
    expect(await browserSiteAccess.allowed('https://a.gov.cn/*')).toBe(true);
    expect(vi.mocked(fakeBrowser.permissions.contains)).toHaveBeenLastCalledWith({ origins: ['https://a.gov.cn/*'] });
  });
});
