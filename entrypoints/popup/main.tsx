import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/popup/popup.css';
import { uiLanguage } from '../../components/i18n';
import { Popup } from '../../components/popup/Popup';
import { request } from '../../lib/messaging';

/** The popup is about the active tab; `?tabId=` names another, for tests that open it as a page. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(window.location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function main() {
  document.documentElement.lang = uiLanguage();
  const tabId = await targetTabId();
  render(
    <Popup
      loadSummary={() =>
        tabId === null
          ? Promise.resolve(null)
          : request((envelope) => browser.tabs.sendMessage(tabId, envelope), 'popupToContent:getPageSummary', {})
      }
      openRecords={() => void browser.runtime.openOptionsPage()}
      openStatistics={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}
      loadTimeSaved={() =>
        request((envelope) => browser.runtime.sendMessage(envelope), 'popupToBackground:getTimeSaved', {})
      }
    />,
    document.getElementById('app') as HTMLElement,
  );
}

void main();
