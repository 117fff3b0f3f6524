import { t } from '../../components/i18n';
import type { FillRecord, PageState } from '../../components/page/state';
import {
  canFill,
  executeFill,
  type FillContext,
  type FillTarget,
  heldValues,
  newVisibilityPass,
  planFill,
  readFieldValue,
  undoFill,
} from '../../lib/fill';
import { request, type Transport } from '../../lib/messaging';
import type { Provenance } from '../../lib/records';
import { panelObscured } from './obscured';
import { showToast } from './toast';

/** The page's own clock: a widget's dropdown renders on it. */
const driveContext = (state: PageState): FillContext => ({
  ours: state.host.current,
  wait: (ms) => new Promise((resume) => window.setTimeout(resume, ms)),
  settle: () => new Promise((resume) => queueMicrotask(resume)),
});

/** Marks the page busy until `work` settles. */
async function whileBusy<T>(state: PageState, work: Promise<T>): Promise<T> {
  state.busy.current = work;
  try {
    return await work;
  } finally {
    state.busy.current = null;
  }
}

/** A click the browser vouches for, or the extension's keyboard command. Nothing else fills. */
export type FillTrigger = { kind: 'click'; event: Event } | { kind: 'command' };

function isUserGesture(state: PageState, trigger: FillTrigger): boolean {
  if (trigger.kind === 'command') return true;
  const button = trigger.event.currentTarget as Element | null;
  return trigger.event.isTrusted && !!button && !panelObscured(state.host.current, button);
}

export function pageSource(state: PageState, location: Location): Provenance {
  return {
    portalId: state.portal?.id ?? null,
    portalName: state.portal?.name ?? location.hostname,
    url: location.href,
  };
}

/**
 * Only the subject's own fields take the subject's values. Whether a field is visible is
 * decided when it is written; the plan needs it only to tell a value hidden from the person
 * from one they typed, so only fields holding a value are checked here.
 */
function fillTargets(state: PageState): FillTarget[] {
  const pass = newVisibilityPass();
  return state.fields.value.map((field, index) => {
    const currentValue = readFieldValue(field);
    return {
      index,
      key: state.isSubjects(field) ? field.key : null,
      currentValue,
      fillable: currentValue.trim() === '' || canFill(field, state.host.current, pass),
    };
  });
}

/**
 * Fills every held value into the fields that ask for it. A value the person typed is left
 * alone; the toast asks whether to overwrite those, and `overwrite` names the ones they chose.
 */
export async function fillAll(
  state: PageState,
  send: Transport,
  trigger: FillTrigger,
  overwrite: ReadonlySet<number> = new Set(),
): Promise<number> {
  if (!isUserGesture(state, trigger)) {
    showToast(state, t('toastFillRefused'));
    return 0;
  }
  // One fill at a time: a second click while dropdowns are being driven would interleave with it.
  if (state.busy.current) return 0;
  return whileBusy(state, fillHeldValues(state, send, overwrite));
}

async function fillHeldValues(state: PageState, send: Transport, overwrite: ReadonlySet<number>): Promise<number> {
  const facts = state.person.value?.facts ?? [];
  const plan = planFill(fillTargets(state), heldValues(facts), { overwrite });
  const fields = state.fields.value;
  const outcome = await executeFill(plan, fields, driveContext(state));
  const kept = new Set(plan.skipped.filter((skip) => skip.reason === 'user-value').map((skip) => skip.index));
  const keptUserValues = kept.size;
  const askToOverwrite = {
    label: t('overwriteKept', keptUserValues),
    testId: 'fillonce-overwrite',
    run: (event: Event) => void fillAll(state, send, { kind: 'click', event }, kept),
  };
  const offers = keptUserValues ? [askToOverwrite] : [];
  if (outcome.filled.length === 0) {
    showToast(state, keptUserValues ? t('toastKeptUserValues', keptUserValues) : t('panelNothingToFill'), ...offers);
    return 0;
  }
  const record: FillRecord = { outcome, fields, fillId: null, undone: false };
  state.lastFill.value = record;
  const undo = { label: t('undo'), testId: 'fillonce-fill-undo', run: () => void undoLastFill(state, send) };
  const message = t('toastFilled', outcome.filled.length);
  showToast(
    state,
    keptUserValues ? `${message} · ${t('toastKeptUserValues', keptUserValues)}` : message,
    undo,
    ...offers,
  );
  const values = outcome.filled.map(({ key, value }) => ({ key, value }));
  const { fillId } = await request(send, 'contentToBackground:recordFill', {
    source: pageSource(state, window.location),
    values,
  });
  record.fillId = fillId;
  // Undone while the background was still recording it: take the record back too.
  if (record.undone) await request(send, 'contentToBackground:undoFill', { fillId });
  return outcome.filled.length;
}

export async function undoLastFill(state: PageState, send: Transport): Promise<void> {
  // 撤销 pressed while a fill is still driving dropdowns takes back that fill once it is written.
  await state.busy.current;
  const last = state.lastFill.value;
  if (!last || state.busy.current) return;
  state.lastFill.value = null;
  last.undone = true;
  const { restored, unrestored } = await whileBusy(state, undoFill(last.outcome, last.fields, driveContext(state)));
  const labels = unrestored.map((entry) => last.fields[entry.index]?.label ?? entry.key).join('、');
  const message = t('toastFillUndone', restored);
  showToast(state, unrestored.length ? `${message} · ${t('toastNotRestored', labels)}` : message);
  if (last.fillId !== null) await request(send, 'contentToBackground:undoFill', { fillId: last.fillId });
}
