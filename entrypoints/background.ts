import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageRouter, request } from '../lib/messaging';
import { openRecords, type RecordsDb } from '../lib/records';
import { createBackgroundHandlers, createNoticeStore } from '../lib/service';

export default defineBackground(() => {
  let db: Promise<RecordsDb> | undefined;
  const handlers = createBackgroundHandlers({
    db: () => {
      db ??= openRecords();
      return db;
    },
    notices: createNoticeStore(browser.storage.session),
    now: () => Date.now(),
  });
  const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener(createMessageRouter(handlers, self) as never);

  // The keyboard shortcut is the safest trigger: no page can forge or cover it.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'fill-all' || tab?.id === undefined) return;
    const tabId = tab.id;
    await request((envelope) => browser.tabs.sendMessage(tabId, envelope), 'backgroundToContent:fillAll', {});
  });

  // Ask the browser not to evict the records under storage pressure.
  void navigator.storage?.persist?.();
});
