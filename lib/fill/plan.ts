import { fieldDefinition } from '../fields/dictionary';
import type { FillPlan, FillTarget } from './types';

/** Two writings of one value: 18600 and 1.86万, 1980年1月1日 and 1980-01-01, 北京 / 朝阳区 and 北京市/朝阳区. */
function sameValue(key: string, current: string, held: string): boolean {
  if (current.trim() === held.trim()) return true;
  const definition = fieldDefinition(key);
  if (definition?.same?.(current, held)) return true;
  const normalize = definition?.normalize;
  const normalized = normalize?.(current);
  return normalized !== undefined && normalized !== null && normalized === normalize?.(held);
}

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
    else if (current !== '' && sameValue(key, current, value))
      plan.skipped.push({ index: target.index, key, reason: 'already-equal' });
    else if (current !== '' && !options.overwrite?.has(target.index))
      plan.skipped.push({ index: target.index, key, reason: 'user-value' });
    else plan.steps.push({ index: target.index, key, value });
  }
  return plan;
}
