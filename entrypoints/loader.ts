import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageAndFrames } from '../lib/fields/frames';
import { request } from '../lib/messaging/client';
import { addsFormControls, hasFormControls, isFrameLoad } from '../lib/startup';

/**
 * The one script every page gets (declared in wxt.config.ts). It only looks for a form
 * control, and asks the background for the engine where one appears, so a page without a
 * form pays next to nothing. An unlisted script, not a content script entrypoint: WXT's
 * content script context alone costs milliseconds.
 */
type Runtime = { id?: string; sendMessage(message: unknown): Promise<unknown> };

/**
 * The browser's own runtime API, looked up only when needed: even reaching for `chrome` costs
 * a page a millisecond. No polyfill: promises are native where the loader runs.
 */
function runtime(): Runtime {
  const world = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return (world.browser?.runtime?.id ? world.browser.runtime : world.chrome?.runtime) as Runtime;
}

export default defineUnlistedScript(() => {
  let started = false;
  const start = () => {
    started = true;
    observer.disconnect();
    // After an update or uninstall this orphaned script can no longer reach the background.
    request((envelope) => runtime().sendMessage(envelope), 'contentToBackground:startEngine', {}).catch(() => {});
  };
  const watched = new WeakSet<Document>();
  // A frame's page, and an app's late form, arrive after the first look.
  const look = () => {
    if (started) return;
    if (hasFormControls(document)) return start();
    for (const page of pageAndFrames(document)) {
      if (watched.has(page)) continue;
      watched.add(page);
      observer.observe(page.documentElement, { childList: true, subtree: true });
      page.addEventListener('load', (event) => isFrameLoad(event) && look(), { capture: true });
    }
  };
  const observer = new MutationObserver((records) => {
    if (!started && addsFormControls(records)) start();
  });
  look();
});
