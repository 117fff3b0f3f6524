import { isMomentKey } from '../fields/dictionary';
import { shapeAddress } from './address-shape';
import { formatForField } from './format-value';
import { planFill } from './plan';
import type { FillPlan, FillTarget } from './types';

export interface FormPlanOptions {
  overwrite?: ReadonlySet<number>;
  /** The day of the fill, YYYY-MM-DD: what a 填表日期 asks for. */
  today: string;
}

const SUBJECT = 'subject';

function heldForSlot(targets: readonly FillTarget[], held: ReadonlyMap<string, string>, slot: string, today: string) {
  const asked = new Set(targets.flatMap((target) => (target.key ? [target.key] : [])));
  const street = targets.find((target) => target.key === 'street-address')?.hints;
  const shaped = shapeAddress(held, asked, street ? `${street.placeholder} ${street.note} ${street.label}` : '');
  if (slot === SUBJECT) for (const key of asked) if (isMomentKey(key)) shaped.set(key, today);
  return shaped;
}

/** A person has one name, one ID number, one birth date: keys a second field of one slot cannot share. */
const ONE_PER_PERSON = new Set(['name', 'id-number', 'sex', 'bday', 'person.ethnicity', 'person.relation-to-head']);

/**
 * A slot asking one person's name under two labels (申请人姓名, then 请输入姓名 in a row no table
 * header names) has read a member row as the subject's: only the first is the person's, and
 * fields of that key under other labels are left alone. The same label again means the same.
 */
function unambiguous(targets: readonly FillTarget[], plan: FillPlan): FillTarget[] {
  const firstLabel = new Map<string, string>();
  return targets.filter((target) => {
    const key = target.key;
    if (!key || !ONE_PER_PERSON.has(key)) return true;
    const label = target.label ?? '';
    const first = firstLabel.get(key);
    if (first === undefined) firstLabel.set(key, label);
    if (first === undefined || first === label) return true;
    plan.skipped.push({ index: target.index, key, reason: 'ambiguous' });
    return false;
  });
}

/**
 * Plans the whole form: each slot (the subject, each member row) takes its own person's values,
 * in the parts and formats the form asks for. A value whose format is not certain is not planned
 * as a step but skipped with its reason, so the panel can ask the person to check it.
 */
export function planForm(
  targets: readonly FillTarget[],
  heldBySlot: ReadonlyMap<string, ReadonlyMap<string, string>>,
  options: FormPlanOptions,
): FillPlan {
  const plan: FillPlan = { steps: [], skipped: [] };
  for (const [slot, held] of heldBySlot) {
    const own = unambiguous(
      targets.filter((target) => target.slot === slot),
      plan,
    );
    const slotPlan = planFill(own, heldForSlot(own, held, slot, options.today), options);
    plan.skipped.push(...slotPlan.skipped);
    for (const step of slotPlan.steps) {
      const formatted = formatForField(step.key, step.value, targets.find((t) => t.index === step.index)?.hints);
      if ('value' in formatted) plan.steps.push({ ...step, value: formatted.value });
      else plan.skipped.push({ index: step.index, key: step.key, reason: 'format-uncertain' });
    }
  }
  plan.steps.sort((a, b) => a.index - b.index);
  return plan;
}
