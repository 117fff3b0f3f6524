import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '../../components/i18n';
import type { PageState } from '../../components/page/state';
import { isSecretKey } from '../../lib/fields';
import { readFieldValue } from '../../lib/fill';
import { type CaptureNotice, request, type Transport } from '../../lib/messaging';
import type { CapturedField } from '../../lib/records';
import type { Activity } from './activity';
import { pageSource } from './fill';
import { showToast } from './toast';

const SUCCESS_WAIT_MS = 10_000;
/** Long enough for a navigating submit to have left the page, short enough to feel immediate. */
const STAYED_ON_PAGE_MS = 1500;

/** The values a submit sends, one per key, with what FillOnce filled and what the person typed. */
function snapshot(state: PageState, activity: Activity, scope: Element | null): CapturedField[] {
  const filled = new Map(
    (state.lastFill.value?.outcome.filled ?? []).map((entry) => [
      state.lastFill.value?.controls[entry.index],
      entry.value,
    ]),
  );
  const byKey = new Map<string, CapturedField>();
  for (const field of state.fields.value) {
    const { control, key } = field;
    // TODO(2026-11-26): members, agents and households become entities of their own, issue #4.
    if (!key || field.entity || isSecretKey(key) || byKey.has(key) || (scope && !scope.contains(control))) continue;
    const value = readFieldValue(field).trim();
    if (value)
      byKey.set(key, { key, value, filled: filled.get(control) === value, typed: activity.typed.has(control) });
  }
  return [...byKey.values()];
}

export function showCaptureNotice(state: PageState, send: Transport, notice: CaptureNotice): void {
  showToast(state, t('toastCaptured', notice.savedCount), {
    label: t('undo'),
    testId: 'fillonce-capture-undo',
    run: () =>
      void request(send, 'contentToBackground:undoCapture', { submissionId: notice.submissionId }).then(() =>
        showToast(state, t('toastCaptureUndone')),
      ),
  });
}

async function capture(
  state: PageState,
  send: Transport,
  activity: Activity,
  fields: CapturedField[],
  expectNavigation: boolean,
) {
  const asked = [...new Set(state.fields.value.flatMap((field) => (field.key ? [field.key] : [])))];
  const result = await request(send, 'contentToBackground:captureSubmission', {
    source: pageSource(state, window.location),
    fields,
    fieldsAsked: asked,
    focusToSubmitMs: activity.firstFocusAt === null ? null : Date.now() - activity.firstFocusAt,
    expectNavigation,
  });
  if (!result.saved) return;
  if (!expectNavigation) {
    showCaptureNotice(state, send, {
      submissionId: result.submissionId,
      savedCount: result.savedCount,
      portalName: '',
    });
    return;
  }
  // The submit may not have navigated after all (a page that posts in the background).
  setTimeout(async () => {
    const notice = await request(send, 'contentToBackground:takeCaptureNotice', {});
    if (notice) showCaptureNotice(state, send, notice);
  }, STAYED_ON_PAGE_MS);
}

function waitForSuccess(ctx: ContentScriptContext, selector: string): Promise<boolean> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      resolve(true);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, SUCCESS_WAIT_MS);
    ctx.onInvalidated(() => observer.disconnect());
  });
}

/**
 * Captures what the person submits on a known portal: on a native form submit that the
 * page did not cancel, or on a click on the portal's submit button that the portal confirms.
 */
export function watchSubmits(ctx: ContentScriptContext, state: PageState, send: Transport, activity: Activity): void {
  const portal = state.portal;
  if (portal?.capture !== 'always') return;
  ctx.addEventListener(
    document,
    'submit',
    (event) => {
      const fields = snapshot(state, activity, event.target as Element);
      // Page handlers run after this capture-phase listener; only a submit they let through counts.
      ctx.setTimeout(() => {
        if (!event.defaultPrevented && fields.length) void capture(state, send, activity, fields, true);
      }, 0);
    },
    { capture: true },
  );
  const { button, success } = portal.submit;
  if (!button || !success) return;
  ctx.addEventListener(
    document,
    'click',
    async (event) => {
      if (!event.isTrusted || !(event.target as Element | null)?.closest?.(button)) return;
      const fields = snapshot(state, activity, null);
      if (fields.length && (await waitForSuccess(ctx, success))) void capture(state, send, activity, fields, false);
    },
    { capture: true },
  );
}
