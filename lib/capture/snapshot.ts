import type { CapturedField } from '../domain';
import { isSecretKey, type PageField } from '../fields';
import { readFieldValue } from '../fill';

export interface SnapshotInput {
  fields: readonly PageField[];
  /** The value FillOnce last wrote into each control it filled. */
  filled: ReadonlyMap<Element, string>;
  /** The controls the person typed into themselves. */
  typed: ReadonlySet<Element>;
  /** The form submitted, or null for the whole page (a single-page app's click). */
  scope: Element | null;
}

/**
 * The values a submit sends, one per key and slot (the first field wins), with whether FillOnce
 * filled the value as it stands and whether the person typed it. Secrets and empty fields are
 * never taken.
 */
export function snapshotSubmission({ fields, filled, typed, scope }: SnapshotInput): CapturedField[] {
  const bySlot = new Map<string, CapturedField>();
  for (const field of fields) {
    const { control, key, entity } = field;
    const slot = `${entity ?? ''}|${key}`;
    if (!key || isSecretKey(key) || bySlot.has(slot) || (scope && !scope.contains(control))) continue;
    const value = readFieldValue(field).trim();
    if (!value) continue;
    const wasFilled = filled.get(control) === value;
    bySlot.set(slot, { key, value, filled: wasFilled, typed: typed.has(control), ...(entity && { entity }) });
  }
  return [...bySlot.values()];
}
