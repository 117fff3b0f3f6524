import type { FormControl } from '../fields/controls';

/**
 * Whether a person could see and edit the control. Hidden fields are how pages harvest
 * autofill data, so anything not plainly visible is refused.
 * TODO(2026-11-26): opacity, clipping, off-screen and covered fields, issue #5.
 */
export function isFillable(control: FormControl): boolean {
  if (!control.isConnected || control.disabled) return false;
  if ('readOnly' in control && control.readOnly) return false;
  const view = control.ownerDocument.defaultView;
  const style = view?.getComputedStyle(control);
  if (!style || style.display === 'none' || style.visibility !== 'visible') return false;
  const rect = control.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1;
}
