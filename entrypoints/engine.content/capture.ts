import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '../../components/i18n';
import type { PageState } from '../../components/page/state';
import { snapshotSubmission, submitButtonOf, submitSucceeded } from '../../lib/capture';
import { type CaptureNotice, request, type Transport } from '../../lib/messaging';
import type { CapturedField } from '../../lib/records';
import { holdsRecordKey } from '../../lib/records/record-keys';
import type { Activity } from './activity';
import { pageSource } from './fill';
import { showToast } from './toast';

const SUCCESS_WAIT_MS = 10_000;
/** Long enough for a navigating submit to have left the page, short enough to feel immediate. */
const STAYED_ON_PAGE_MS = 1500;

/** What the submit sends, read from the page's fields and what this page session saw. */
function snapshot(state: PageState, activity: Activity, scope: Element | null): CapturedField[] {
  const last = state.lastFill.value;
  const filled = new Map<Element, string>();
  for (const entry of last?.outcome.filled ?? []) {
    const control = last?.fields[entry.index]?.control;
    if (control) filled.set(control, entry.value);
  }
  return snapshotSubmission({ fields: state.fields.value, filled, typed: activity.typed, scope });
}

function showSaved(state: PageState, send: Transport, submissionId: number, savedCount: number): void {
  showToast(state, t('toastCaptured', savedCount), {
    label: t('undo'),
    testId: 'fillonce-capture-undo',
    run: () =>
      void request(send, 'contentToBackground:undoCapture', { submissionId }).then(() =>
        showToast(state, t('toastCaptureUndone')),
      ),
  });
}

/** Asks before saving: on pages the person has not told FillOnce to save from. */
function askToSave(state: PageState, send: Transport, fieldCount: number): void {
  const save = async () => {
    const result = await request(send, 'contentToBackground:savePendingCapture', {});
    if (result.saved) showSaved(state, send, result.submissionId, result.savedCount);
  };
  showToast(
    state,
    t('toastAskCapture', fieldCount),
    { label: t('captureSave'), testId: 'fillonce-capture-save', run: () => void save() },
    {
      label: t('captureDiscard'),
      testId: 'fillonce-capture-discard',
      run: () => void request(send, 'contentToBackground:discardPendingCapture', {}),
    },
  );
}

export function showCaptureNotice(state: PageState, send: Transport, notice: CaptureNotice): void {
  if (notice.pending) askToSave(state, send, notice.savedCount);
  else if (notice.submissionId !== undefined) showSaved(state, send, notice.submissionId, notice.savedCount);
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
  if (!expectNavigation) {
    if (result.saved) showSaved(state, send, result.submissionId, result.savedCount);
    else if (result.reason === 'pending') askToSave(state, send, result.fieldCount);
    return;
  }
  // The submit may not have navigated after all (a page that posts in the background).
  setTimeout(async () => {
    const notice = await request(send, 'contentToBackground:takeCaptureNotice', {});
    if (notice) showCaptureNotice(state, send, notice);
  }, STAYED_ON_PAGE_MS);
}

/** The portal's own success message, or on other pages the signs submitSucceeded reads. */
function waitForSuccess(
  ctx: ContentScriptContext,
  document: Document,
  selector: string | undefined,
  fields: readonly Element[],
): Promise<boolean> {
  return new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      const done = selector ? document.querySelector(selector) !== null : submitSucceeded(records, fields);
      if (!done) return;
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
 * Captures what the person submits: on a native form submit that the page did not cancel,
 * or on a known portal's submit button when the portal confirms. Whether it is saved, asked
 * about or ignored is the background's decision, by the portal's capture setting.
 */
export function watchSubmits(
  ctx: ContentScriptContext,
  state: PageState,
  send: Transport,
  activity: Activity,
  document: Document,
): void {
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
  // Single-page apps submit on a click and confirm in place: a known portal says how; on any
  // other page a submit-like button, then the form leaving or a success message, is the sign.
  const { button, success } = state.portal.value?.submit ?? {};
  ctx.addEventListener(
    document,
    'click',
    async (event) => {
      const target = event.target as Element | null;
      const clicked = button ? target?.closest?.(button) : submitButtonOf(target);
      // A form's own submit button is caught by the submit event instead.
      const control = clicked as HTMLButtonElement | null;
      if (!event.isTrusted || !clicked || (control?.type === 'submit' && control.form)) return;
      const fields = snapshot(state, activity, null);
      // Nothing in it would key a record: not a report, so nothing is watched for.
      if (!holdsRecordKey(fields)) return;
      const controls = state.fields.value.map((field) => field.control);
      if (await waitForSuccess(ctx, document, success, controls)) {
        void capture(state, send, activity, fields, false);
      }
    },
    { capture: true },
  );
}
