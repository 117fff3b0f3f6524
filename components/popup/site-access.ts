import { browser } from 'wxt/browser';
import { siteOrigin } from '../../lib/activation';

/** Whether FillOnce is on for the popup's site, and switching it on. */
export interface SiteAccess {
  /** The tab's site as a host permission; null when the tab's address is not known, or is no web page. */
  origin(): Promise<string | null>;
  allowed(origin: string): Promise<boolean>;
  /** Must be the first call in the click: the browser asks only within the click's gesture. */
  allow(origin: string): Promise<boolean>;
}

/** The tab the popup is about, as entrypoints/popup/main.tsx finds it: `?tabId=`, else the active tab. */
async function popupTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(window.location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export const browserSiteAccess: SiteAccess = {
  async origin() {
    const tabId = await popupTabId();
    if (tabId === null) return null;
    // The address is there only where FillOnce may see the tab: activeTab after the toolbar click, or a host permission.
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return tab?.url ? siteOrigin(tab.url) : null;
  },
  allowed: (origin) => browser.permissions.contains({ origins: [origin] }),
  allow: (origin) => browser.permissions.request({ origins: [origin] }),
};
