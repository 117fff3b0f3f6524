import { effect } from '@preact/signals';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageState } from '../../components/page/state';
import { pageAndFrames, prepareClassifier } from '../../lib/fields';
import { createMessageRouter, request, type Transport } from '../../lib/messaging';
import { signatureHolds } from '../../lib/portals';
import { changesFormControls, isFrameLoad } from '../../lib/startup';
import { createActivity, watchActivity } from './activity';
import { showCaptureNotice, watchSubmits } from './capture';
import { fillAll, undoLastFill } from './fill';
import { choosePerson } from './person';
import { sameFields, scanFields } from './scan';
import { type ContextTarget, openTeaching, proposedPattern, saveTeaching, watchContextMenu } from './teach';
import { mountPageUi } from './ui';

const RESCAN_DEBOUNCE_MS = 250;

/**
 * The engine: reads a page's fields, flags, fills and captures. The loader has the background
 * put it into pages that hold a form, so other pages never load it.
 */
export default defineContentScript({
  // Injected by the background, never registered: no match pattern, so the build asks for no host.
  matches: [],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  cssInjectionMode: 'manual',
  async main(ctx) {
    const send: Transport = (envelope) => browser.runtime.sendMessage(envelope);
    const page = { title: document.title, has: (selector: string) => document.querySelector(selector) !== null };
    // The background matches the definitions on this page's URL; only the page can check a signature.
    const definitions = await request(send, 'contentToBackground:getDefinitions', {});
    const state = createPageState(definitions.find((definition) => signatureHolds(definition, page)) ?? null);
    const contextTarget: ContextTarget = { current: null };
    const pause = () => new Promise<void>((resume) => ctx.setTimeout(resume, 0));
    const activity = createActivity();
    let timer: number | undefined;
    const scheduleRescan = () => {
      clearTimeout(timer);
      timer = ctx.setTimeout(() => void rescan(), RESCAN_DEBOUNCE_MS);
    };
    // A live table's churn changes no field: only a control coming or going is worth a scan.
    const lostKnownControl = () => state.fields.value.some((field) => !field.control.isConnected);
    const observer = new MutationObserver(
      (records) => changesFormControls(records, lostKnownControl) && scheduleRescan(),
    );
    ctx.onInvalidated(() => observer.disconnect());
    // The page and each same-origin frame, as they appear: a frame's form loads after the page.
    const watched = new WeakSet<Document>();
    const watch = (page: Document) => {
      if (watched.has(page)) return;
      watched.add(page);
      observer.observe(page.documentElement, { childList: true, subtree: true });
      ctx.addEventListener(page, 'load', (event) => isFrameLoad(event) && scheduleRescan(), { capture: true });
      watchActivity(ctx, state, send, activity, page);
      watchSubmits(ctx, state, send, activity, page);
      watchContextMenu(ctx, contextTarget, page);
    };
    let latestScan = 0;
    let remountIfGone = async () => {};
    const rescan = async () => {
      const scan = ++latestScan;
      await remountIfGone();
      for (const page of pageAndFrames(document)) watch(page);
      const fields = await scanFields(document, state.portal.value, pause);
      if (scan === latestScan && !sameFields(fields, state.fields.value)) state.fields.value = fields;
    };
    // Built in tasks of their own, so that the first scan's tasks stay short.
    await prepareClassifier(pause);
    await pause();
    await rescan();

    const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
    const listener = createMessageRouter(
      {
        'popupToContent:getPageSummary': () => ({
          portalName: state.portal.value?.name ?? null,
          recognised: state.recognised.value,
          duplicates: state.duplicates.value.length,
          filled: state.lastFill.value?.outcome.filled.length ?? 0,
          personName: state.person.value?.displayName ?? null,
        }),
        'backgroundToContent:fillAll': async () => ({ filled: await fillAll(state, send, { kind: 'command' }) }),
        // Right-clicking may not focus a field (a read-only picker's input): the last one under the pointer counts.
        'backgroundToContent:teachField': () => ({
          opened: openTeaching(state, contextTarget.current ?? document.activeElement),
        }),
      },
      self,
    );
    browser.runtime.onMessage.addListener(listener as never);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener as never));

    const mount = () =>
      mountPageUi(ctx, state, {
        fillAll: (event) => void fillAll(state, send, { kind: 'click', event }),
        undo: () => void undoLastFill(state, send),
        search: (query) => request(send, 'contentToBackground:searchPeople', { query }),
        choose: (entityId) => void choosePerson(state, send, entityId),
        teach: (control) => openTeaching(state, control),
        saveTeaching: (choice, pattern) => saveTeaching(state, send, rescan, choice, pattern),
        proposedPattern,
      });
    // The shadow root goes in only once there is something to show: a panel or a toast.
    let mounted: ReturnType<typeof mount> | null = null;
    let mounting = false;
    const mountOnce = () => {
      if (mounting || (!state.panelWanted.value && !state.toast.value && !state.teach.value)) return;
      mounting = true;
      // The first render is the engine's largest single step: it gets a task of its own.
      ctx.setTimeout(() => {
        mounted = mount();
      }, 0);
    };
    // A frameset's main frame loads another page and takes the UI with it: draw it again there.
    remountIfGone = async () => {
      const ui = await mounted;
      if (!ui || state.host.current?.isConnected) return;
      ui.remove();
      ui.mount();
      state.host.current = ui.shadowHost;
    };
    ctx.onInvalidated(effect(mountOnce));
    const notice = await request(send, 'contentToBackground:takeCaptureNotice', {});
    if (notice) showCaptureNotice(state, send, notice);
  },
});
