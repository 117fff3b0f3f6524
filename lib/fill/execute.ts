import type { FormControl } from '../fields/controls';
import type { FillOutcome, FillPlan } from './types';
import { isFillable, newVisibilityPass } from './visibility';
import { type DriveContext, widgetFor } from './widgets';
import { waitFor } from './widgets/wait';

/** A field the plan may write: a single control, or the options of a choice group. */
export interface Fillable {
  control: FormControl;
  options?: HTMLInputElement[];
  label?: string;
  key?: string | null;
}

/** What executing a plan is handed: FillOnce's own UI (never "covering" a field) and a clock. */
export interface FillContext extends DriveContext {
  ours: Element | null;
}

/** How long a dropdown takes to fade out after its choice: Element's and antd's run 200–300 ms. */
const COVER_FADE_MS = 600;

/**
 * A field may be filled when it takes input and a person can plainly see every part of it.
 * `pass` shares what is learnt about common ancestors across the fields of one check.
 */
export function canFill(field: Fillable, ours: Element | null = null, pass = newVisibilityPass()): boolean {
  const widget = widgetFor(field);
  return !widget.disabled() && widget.boxes.every((box) => isFillable(box, ours, pass));
}

/** Widgets driven through dropdowns: the page runs between the steps of each, so each is checked on its own. */
const DRIVEN = new Set(['custom-select', 'date-picker', 'cascader']);

type Step = FillPlan['steps'][number];

/**
 * The steps in runs: consecutive plain fields together, each driven widget alone. A run
 * is checked in one pass and written at once, so the check is right before the writes
 * with no page task between them, and a page of 200 fields is laid out once, not 200 times.
 */
function runsOf(plan: FillPlan, fields: readonly Fillable[]): Step[][] {
  const runs: Array<{ driven: boolean; steps: Step[] }> = [];
  for (const step of plan.steps) {
    const field = fields[step.index];
    const driven = field !== undefined && DRIVEN.has(widgetFor(field).kind);
    const last = runs.at(-1);
    if (!driven && last && !last.driven) last.steps.push(step);
    else runs.push({ driven, steps: [step] });
  }
  return runs.map((run) => run.steps);
}

/**
 * Replays a plan on the page. Every field is checked again right before it is written,
 * because the page may have changed since the plan was made; a driven widget's dropdown
 * must close before the next one opens.
 */
export async function executeFill(
  plan: FillPlan,
  fields: readonly Fillable[],
  context: FillContext,
): Promise<FillOutcome> {
  const outcome: FillOutcome = { filled: [], failed: [] };
  for (const run of runsOf(plan, fields)) {
    const pass = newVisibilityPass();
    const fillable = run.map((step) => {
      const field = fields[step.index];
      return field !== undefined && canFill(field, context.ours, pass);
    });
    for (const [position, step] of run.entries()) {
      const field = fields[step.index];
      // The previous widget's dropdown may still be fading out over this field.
      const visible =
        fillable[position] || (field && (await waitFor(() => canFill(field, context.ours), context, COVER_FADE_MS)));
      if (!field || !visible) {
        outcome.failed.push({ index: step.index, key: step.key, reason: 'not-fillable' });
        continue;
      }
      const widget = widgetFor(field);
      const previous = widget.read();
      if (await widget.write(step.value, step.key, context)) outcome.filled.push({ ...step, previous });
      else outcome.failed.push({ index: step.index, key: step.key, reason: 'not-taken' });
    }
  }
  return outcome;
}

/** What undo put back, and the fields it could not: a ticked radio button cannot be unticked. */
export interface UndoOutcome {
  restored: number;
  unrestored: FillOutcome['filled'];
}

/** Puts back what each filled field held before, in reverse order. */
export async function undoFill(
  outcome: FillOutcome,
  fields: readonly Fillable[],
  context: DriveContext,
): Promise<UndoOutcome> {
  const result: UndoOutcome = { restored: 0, unrestored: [] };
  for (const entry of [...outcome.filled].reverse()) {
    const field = fields[entry.index];
    const widget = field?.control.isConnected ? widgetFor(field) : null;
    if (widget && (await widget.write(entry.previous, entry.key, context)) && widget.read() === entry.previous) {
      result.restored++;
    } else {
      result.unrestored.unshift(entry);
    }
  }
  return result;
}
