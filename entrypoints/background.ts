import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LOADER_FILE, MENU_ITEMS, onMenuClick, syncLoader } from '../lib/activation';
import { createMessageRouter, request } from '../lib/messaging';
import { openRecords, purgeDeleted, type RecordsDb } from '../lib/records';
import {
  createBackgroundHandlers,
  createBackupHandlers,
  createDashboardHandlers,
  createDefinitionHandlers,
  createDefinitions,
  createNoticeStore,
  createRecordsHandlers,
  type EngineStarter,
  NOTICE_TTL_MS,
} from '../lib/service';

const UNDO_DELETE_MS = 60 * 60_000;
const ENGINE_FILE = '/content-scripts/engine.js';
const SAVED_DEFINITIONS = 'portalDefinitions';

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
  const definitions = createDefinitions({
    saved: {
      load: async () => (await browser.storage.local.get(SAVED_DEFINITIONS))[SAVED_DEFINITIONS],
      save: (value) => browser.storage.local.set({ [SAVED_DEFINITIONS]: value }),
    },
    // Rejects in a browser without managed storage; no policy then.
    managed: () => browser.storage.managed.get(),
    changed: () => void sync().catch(console.error),
  });
  const sync = syncLoader(
    {
      grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
      registered: () => browser.scripting.getRegisteredContentScripts(),
      register: (script) => browser.scripting.registerContentScripts([script]),
      unregister: (id) => browser.scripting.unregisterContentScripts({ ids: [id] }),
    },
    definitions.registry,
  );
  void sync().catch(console.error);
  browser.storage.onChanged.addListener((_changes, area) => area === 'managed' && definitions.reload());
  browser.permissions.onRemoved.addListener(() => void sync().catch(console.error));
  // A site switched on now gets FillOnce at once, in the tabs that already show it.
  browser.permissions.onAdded.addListener(async ({ origins = [] }) => {
    await sync().catch(console.error);
    const tabs = origins.length ? await browser.tabs.query({ url: origins }) : [];
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      const target = { tabId: tab.id, frameIds: [0] };
      void browser.scripting.executeScript({ target, files: [`/${LOADER_FILE}`] }).catch(() => {});
    }
  });

  // Made afresh on each start: Firefox forgets them, and Chrome refuses an id made twice.
  void browser.contextMenus.removeAll().then(() => {
    for (const { id, title, contexts } of MENU_ITEMS) {
      browser.contextMenus.create({ id, title: browser.i18n.getMessage(title), contexts: [...contexts] });
    }
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onMenuClick(
      { menuItemId: info.menuItemId, pageUrl: info.pageUrl, tabId: tab?.id },
      {
        requestPermission: (origin) => browser.permissions.request({ origins: [origin] }),
        openChooser: (tabId) =>
          request((envelope) => browser.tabs.sendMessage(tabId, envelope), 'backgroundToContent:teachField', {}).then(
            ({ opened }) => opened,
            () => false,
          ),
        startEngine: (tabId) => engine.start(tabId, 0),
        wait: (ms) => new Promise((resume) => setTimeout(resume, ms)),
      },
    );
  });

  const handlers = createBackgroundHandlers({
    db: database,
    notices: createNoticeStore(browser.storage.session),
    engine,
    definitions,
    now,
  });
  const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const records = createRecordsHandlers(database, now);
  const backup = createBackupHandlers(database, now);
  const dashboard = createDashboardHandlers(database, () => crypto.randomUUID());
  const today = () => new Date(now()).toISOString().slice(0, 10);
  const definitionHandlers = createDefinitionHandlers(definitions, database, today);
  browser.runtime.onMessage.addListener(
    createMessageRouter({ ...handlers, ...records, ...backup, ...dashboard, ...definitionHandlers }, self) as never,
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
