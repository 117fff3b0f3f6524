import { effect } from '@preact/signals';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageState } from '../../components/page/state';
import { prepareClassifier } from '../../lib/fields';
import { createMessageRouter, request, type Transport } from '../../lib/messaging';
import { matchPortal } from '../../lib/portals';
import { watchActivity } from './activity';
import { showCaptureNotice, watchSubmits } from './capture';
import { fillAll, undoLastFill } from './fill';
import { choosePerson } from './person';
import { sameFields, scanFields } from './scan';
import { mountPageUi } from './ui';

const RESCAN_DEBOUNCE_MS = 250;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const send: Transport = (envelope) => browser.runtime.sendMessage(envelope);
    const state = createPageState(matchPortal(window.location.href));
    const pause = () => new Promise<void>((resume) => ctx.setTimeout(resume, 0));
    let latestScan = 0;
    const rescan = async () => {
      const scan = ++latestScan;
      const fields = await scanFields(document, state.portal, pause);
      if (scan === latestScan && !sameFields(fields, state.fields.value)) state.fields.value = fields;
    };
    // Built in a task of its own, so that the first scan's tasks stay short.
    prepareClassifier();
    await pause();
    await rescan();
    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = ctx.setTimeout(() => void rescan(), RESCAN_DEBOUNCE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());

    const activity = watchActivity(ctx, state, send);
    watchSubmits(ctx, state, send, activity);
    const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
    const listener = createMessageRouter(
      {
        'popupToContent:getPageSummary': () => ({
          portalName: state.portal?.name ?? null,
          recognised: state.recognised.value,
          duplicates: state.duplicates.value.length,
          filled: state.lastFill.value?.outcome.filled.length ?? 0,
          personName: state.person.value?.displayName ?? null,
        }),
        'backgroundToContent:fillAll': async () => ({ filled: await fillAll(state, send, { kind: 'command' }) }),
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
      });
    // The shadow root goes in only once there is something to show: a panel or a toast.
    let mounted = false;
    const mountOnce = () => {
      if (mounted || (!state.panelWanted.value && !state.toast.value)) return;
      mounted = true;
      void mount();
    };
    ctx.onInvalidated(effect(mountOnce));
    const notice = await request(send, 'contentToBackground:takeCaptureNotice', {});
    if (notice) showCaptureNotice(state, send, notice);
  },
});
