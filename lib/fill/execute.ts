import type { FormControl } from '../fields/controls';
import { readControlValue, writeControlValue } from './set-value';
import type { FillOutcome, FillPlan } from './types';
import { isFillable } from './visibility';

/**
 * Replays a plan on the page. Each field is checked again right before it is written,
 * because the page may have changed since the plan was made.
 */
export function executeFill(
  plan: FillPlan,
  controls: readonly FormControl[],
  ours: Element | null = null,
): FillOutcome {
  const outcome: FillOutcome = { filled: [], failed: [] };
  for (const step of plan.steps) {
    const control = controls[step.index];
    if (!control || !isFillable(control, ours)) {
      outcome.failed.push({ index: step.index, key: step.key, reason: 'not-fillable' });
      continue;
    }
    const previous = readControlValue(control);
    if (writeControlValue(control, step.value)) outcome.filled.push({ ...step, previous });
    else outcome.failed.push({ index: step.index, key: step.key, reason: 'no-matching-option' });
  }
  return outcome;
}

/** Puts back what each filled field held before, in reverse order. */
export function undoFill(outcome: FillOutcome, controls: readonly FormControl[]): number {
  let restored = 0;
  for (const entry of [...outcome.filled].reverse()) {
    const control = controls[entry.index];
    if (control?.isConnected && writeControlValue(control, entry.previous)) restored++;
  }
  return restored;
}
