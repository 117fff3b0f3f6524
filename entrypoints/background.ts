import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageRouter, request } from '../lib/messaging';
import { openRecords, purgeDeleted, type RecordsDb } from '../lib/records';
import {
  createBackgroundHandlers,
  createBackupHandlers,
  createDashboardHandlers,
  createNoticeStore,
  createRecordsHandlers,
  type EngineStarter,
  NOTICE_TTL_MS,
} from '../lib/service';

const UNDO_DELETE_MS = 60 * 60_000;
const ENGINE_FILE = '/content-scripts/engine.js';

/** Marks the frame's content-script world as having the engine; false when it already had. */
function claimEngine(): boolean {
  const world = globalThis as { fillOnceEngine?: boolean };
  if (world.fillOnceEngine) return false;
  world.fillOnceEngine = true;
  return true;
}

// Once per document: the loader and a capture notice may both ask for the same page.
const engine: EngineStarter = {
  async start(tabId, frameId) {
    const target = { tabId, frameIds: [frameId] };
    const [claim] = await browser.scripting.executeScript({ target, func: claimEngine });
    if (claim?.result) await browser.scripting.executeScript({ target, files: [ENGINE_FILE] });
  },
  startAfterNextLoad(tabId) {
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id !== tabId || change.status !== 'complete') return;
      browser.tabs.onUpdated.removeListener(onUpdated);
      void engine.start(tabId, 0);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    setTimeout(() => browser.tabs.onUpdated.removeListener(onUpdated), NOTICE_TTL_MS);
    // A local portal's next page may have loaded before the capture was written: start it now
    // too. While the tab still shows the page that captured, its engine is there and the claim fails.
    void browser.tabs
      .get(tabId)
      .then((tab) => (tab.status === 'complete' ? engine.start(tabId, 0) : undefined))
      .catch(() => {});
  },
};

export default defineBackground(() => {
  let db: Promise<RecordsDb> | undefined;
  const database = () => {
    db ??= openRecords();
    return db;
  };
  const now = () => Date.now();
  const handlers = createBackgroundHandlers({
    db: database,
    notices: createNoticeStore(browser.storage.session),
    engine,
    now,
  });
  const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const records = createRecordsHandlers(database, now);
  const backup = createBackupHandlers(database, now);
  const dashboard = createDashboardHandlers(database, () => crypto.randomUUID());
  browser.runtime.onMessage.addListener(
    createMessageRouter({ ...handlers, ...records, ...backup, ...dashboard }, self) as never,
  );

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
