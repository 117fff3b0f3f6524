import type { PageField } from '../fields';

/** A household head, or an applicant beside an agent, always answers for the form. */
const ALWAYS_SPEAKS = new Set(['head', 'applicant']);
const IDENTITY_KEYS = new Set(['name', 'id-number']);

/**
 * Whether the fields no section claims (账户, 填表日期) are the person's whose ID was typed in
 * `slot`. A head or an applicant always answers for the form. Anyone else, such as the guardian
 * who applies for a pupil (监护人（申请人）信息), does when the form asks no one else's name or ID
 * outside the sections: there is nobody else the account could be. A member row never does.
 */
export function speaksForForm(slot: string | undefined, fields: readonly PageField[]): boolean {
  if (!slot || slot.startsWith('member-')) return false;
  if (ALWAYS_SPEAKS.has(slot)) return true;
  return !fields.some((field) => field.entity === undefined && IDENTITY_KEYS.has(field.key ?? ''));
}
