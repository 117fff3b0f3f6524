import type { FillPlan, FillTarget } from './types';

/** The fields whose key a held value answers: the form's duplicate requests. */
export function findDuplicates(targets: readonly FillTarget[], held: ReadonlyMap<string, string>): FillTarget[] {
  return targets.filter((target) => target.key !== null && held.has(target.key));
}

/**
 * Plans a fill without touching the page. A field the user already typed into is never
 * overwritten: it is reported as skipped so the panel can ask.
 */
export function planFill(
  targets: readonly FillTarget[],
  held: ReadonlyMap<string, string>,
  options: { overwrite?: ReadonlySet<number> } = {},
): FillPlan {
  const plan: FillPlan = { steps: [], skipped: [] };
  for (const target of findDuplicates(targets, held)) {
    const key = target.key as string;
    const value = held.get(key) as string;
    const current = target.currentValue.trim();
    if (!target.fillable) plan.skipped.push({ index: target.index, key, reason: 'not-fillable' });
    else if (current === value.trim()) plan.skipped.push({ index: target.index, key, reason: 'already-equal' });
    else if (current !== '' && !options.overwrite?.has(target.index))
      plan.skipped.push({ index: target.index, key, reason: 'user-value' });
    else plan.steps.push({ index: target.index, key, value });
  }
  return plan;
}
