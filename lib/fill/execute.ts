import type { FormControl } from '../fields/controls';
import { visibleOptionBox, writeChoice } from './choice';
import { readFieldValue } from './field-value';
import { writeControlValue } from './set-value';
import type { FillOutcome, FillPlan } from './types';
import { isFillable } from './visibility';

/** A field the plan may write: a single control, or the options of a choice group. */
export interface Fillable {
  control: FormControl;
  options?: HTMLInputElement[];
  label?: string;
  key?: string | null;
}

/** A choice may be filled when a person can see every option's label. */
export function canFill(field: Fillable, ours: Element | null = null): boolean {
  if (!field.options) return isFillable(field.control, ours);
  return field.options.every((option) => !option.disabled && isFillable(visibleOptionBox(option) as FormControl, ours));
}

function write(field: Fillable, key: string, value: string): boolean {
  return field.options ? writeChoice(field.options, key, value) : writeControlValue(field.control, value);
}

/**
 * Replays a plan on the page. Each field is checked again right before it is written,
 * because the page may have changed since the plan was made.
 */
export function executeFill(plan: FillPlan, fields: readonly Fillable[], ours: Element | null = null): FillOutcome {
  const outcome: FillOutcome = { filled: [], failed: [] };
  for (const step of plan.steps) {
    const field = fields[step.index];
    if (!field || !canFill(field, ours)) {
      outcome.failed.push({ index: step.index, key: step.key, reason: 'not-fillable' });
      continue;
    }
    const previous = readFieldValue({ label: '', key: null, ...field });
    if (write(field, step.key, step.value)) outcome.filled.push({ ...step, previous });
    else outcome.failed.push({ index: step.index, key: step.key, reason: 'no-matching-option' });
  }
  return outcome;
}

/** Puts back what each filled field held before, in reverse order. */
export function undoFill(outcome: FillOutcome, fields: readonly Fillable[]): number {
  let restored = 0;
  for (const entry of [...outcome.filled].reverse()) {
    const field = fields[entry.index];
    if (field?.control.isConnected && write(field, entry.key, entry.previous)) restored++;
  }
  return restored;
}
