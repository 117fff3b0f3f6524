import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageRouter, request } from '../lib/messaging';
import { openRecords, purgeDeleted, type RecordsDb } from '../lib/records';
import {
  createBackgroundHandlers,
  createBackupHandlers,
  createNoticeStore,
  createRecordsHandlers,
} from '../lib/service';

const UNDO_DELETE_MS = 60 * 60_000;

export default defineBackground(() => {
  let db: Promise<RecordsDb> | undefined;
  const database = () => {
    db ??= openRecords();
    return db;
  };
  const now = () => Date.now();
  const handlers = createBackgroundHandlers({ db: database, notices: createNoticeStore(browser.storage.session), now });
  const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const records = createRecordsHandlers(database, now);
  const backup = createBackupHandlers(database, now);
  browser.runtime.onMessage.addListener(createMessageRouter({ ...handlers, ...records, ...backup }, self) as never);

  // A deletion is undoable for an hour; after that its facts go for good.
  void database().then((db) => purgeDeleted(db, now() - UNDO_DELETE_MS));

  // The keyboard shortcut is the safest trigger: no page can forge or cover it.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'fill-all' || tab?.id === undefined) return;
    const tabId = tab.id;
    await request((envelope) => browser.tabs.sendMessage(tabId, envelope), 'backgroundToContent:fillAll', {});
  });

  // Ask the browser not to evict the records under storage pressure.
  void navigator.storage?.persist?.();
});
