import { t } from '../../components/i18n';
import type { FillRecord, PageState } from '../../components/page/state';
import { type PageField, pageAndFrames } from '../../lib/fields';
import {
  addRows,
  canFill,
  executeFill,
  type FillContext,
  type FillPlan,
  type FillTarget,
  fieldHints,
  findAddRowButton,
  formSlotValues,
  isFillable,
  needsHints,
  newVisibilityPass,
  panelObscured,
  planForm,
  readFieldValue,
  type SlotValues,
  undoFill,
} from '../../lib/fill';
import { request, type Transport } from '../../lib/messaging';
import { pageName } from '../../lib/portals';
import type { PersonRecord, Provenance } from '../../lib/records';
import { isoDateOf } from '../../lib/values';
import { scanFields } from './scan';
import { showToast } from './toast';

const FRAME_FALLBACK_MS = 100;

/** The page's own clock: a widget's dropdown renders on it. */
const driveContext = (state: PageState): FillContext => ({
  ours: state.host.current,
  wait: (ms) => new Promise((resume) => window.setTimeout(resume, ms)),
  settle: () => new Promise((resume) => queueMicrotask(resume)),
  // A page drawn in no frame (a tab hidden meanwhile) must not hold the fill up forever.
  frame: () =>
    new Promise((resume) => {
      window.requestAnimationFrame(() => window.setTimeout(resume, 0));
      window.setTimeout(resume, FRAME_FALLBACK_MS);
    }),
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
    portalId: state.portal.value?.id ?? null,
    // A person knows a portal by its name: its title or heading, the host only when it has neither.
    portalName: state.portal.value?.name ?? pageName(document) ?? location.hostname,
    url: location.href,
  };
}

/** Whose values a field takes: the subject's, a member row's, or nobody's (an agent's). */
function slotOf(state: PageState, field: PageField): string | undefined {
  if (state.isSubjects(field)) return 'subject';
  return field.entity?.startsWith('member-') || field.entity === 'spouse' || field.entity === 'head'
    ? field.entity
    : undefined;
}

/**
 * The subject's fields take the subject's values, each member row a member's. Whether a field
 * is visible is decided when it is written; the plan needs it only to tell a value hidden from
 * the person from one they typed, so only fields holding a value are checked here.
 */
function fillTargets(state: PageState, fields: readonly PageField[]): FillTarget[] {
  const pass = newVisibilityPass();
  return fields.map((field, index) => {
    const currentValue = readFieldValue(field);
    const slot = slotOf(state, field);
    return {
      index,
      key: slot ? field.key : null,
      currentValue,
      fillable: currentValue.trim() === '' || canFill(field, state.host.current, pass),
      ...(slot && { slot, label: field.label }),
      // Read only where the value's format or part depends on them: a page of 200 fields pays for few.
      ...(slot && needsHints(field.key) && { hints: fieldHints(field) }),
    };
  });
}

function slotsFor(state: PageState, fields: readonly PageField[], person: PersonRecord): SlotValues {
  return formSlotValues(person, fields, (field) => slotOf(state, field), pageAndFrames(document));
}

/**
 * Where the household has more members than the form has rows, the page's own 添加 button is
 * pressed once per member left over, and the form read again. Returns the fields to fill.
 */
async function withRowsForEveryone(state: PageState): Promise<PageField[]> {
  const fields = state.fields.value;
  const person = state.person.value;
  if (!person) return fields;
  const { unplaced } = slotsFor(state, fields, person);
  if (unplaced.length === 0) return fields;
  const last = fields.filter((field) => slotOf(state, field)?.startsWith('member-')).at(-1);
  const button = findAddRowButton(pageAndFrames(document), last?.control ?? null);
  if (!button || !isFillable(button, state.host.current)) return fields;
  await addRows(button, unplaced.length, pageAndFrames(document), driveContext(state));
  const rescanned = await scanFields(
    document,
    state.portal.value,
    () => new Promise((resume) => setTimeout(resume, 0)),
  );
  state.fields.value = rescanned;
  return rescanned;
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

/** What the person should know the fill left out: formats not certain, members with no row. */
function fillNotes(plan: FillPlan, fields: readonly PageField[], unplaced: number): string[] {
  const uncertain = plan.skipped.filter((skip) => skip.reason === 'format-uncertain');
  const notes: string[] = [];
  if (uncertain.length) {
    notes.push(t('toastCheckFormat', uncertain.map((skip) => fields[skip.index]?.label ?? skip.key).join('、')));
  }
  if (unplaced) notes.push(t('toastMembersLeftOut', unplaced));
  return notes;
}

async function fillHeldValues(state: PageState, send: Transport, overwrite: ReadonlySet<number>): Promise<number> {
  const person = state.person.value;
  if (!person) return 0;
  const fields = overwrite.size > 0 ? state.fields.value : await withRowsForEveryone(state);
  const slots = slotsFor(state, fields, person);
  const plan = planForm(fillTargets(state, fields), slots.held, { overwrite, today: isoDateOf(new Date()) });
  const outcome = await executeFill(plan, fields, driveContext(state));
  const kept = new Set(plan.skipped.filter((skip) => skip.reason === 'user-value').map((skip) => skip.index));
  const keptUserValues = kept.size;
  const askToOverwrite = {
    label: t('overwriteKept', keptUserValues),
    testId: 'fillonce-overwrite',
    run: (event: Event) => void fillAll(state, send, { kind: 'click', event }, kept),
  };
  const offers = keptUserValues ? [askToOverwrite] : [];
  // Members left over are worth a word only where the form has member rows to put them in.
  const notes = fillNotes(plan, fields, slots.rows > 0 ? slots.unplaced.length : 0);
  if (keptUserValues) notes.unshift(t('toastKeptUserValues', keptUserValues));
  if (outcome.filled.length === 0) {
    showToast(state, notes.length ? notes.join(' · ') : t('panelNothingToFill'), ...offers);
    return 0;
  }
  const record: FillRecord = { outcome, fields, fillId: null, undone: false };
  state.lastFill.value = record;
  const undo = { label: t('undo'), testId: 'fillonce-fill-undo', run: () => void undoLastFill(state, send) };
  const message = t('toastFilled', outcome.filled.length);
  showToast(state, [message, ...notes].join(' · '), undo, ...offers);
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
