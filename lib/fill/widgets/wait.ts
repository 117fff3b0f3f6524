import type { DriveContext } from './types';

const POLL_MS = 16;

/**
 * Polls until `find` answers, for at most `timeoutMs`: a dropdown or the next cascader menu
 * renders a frame or a transition later than the click that asked for it.
 */
export async function waitFor<T>(
  find: () => T | null | undefined,
  context: DriveContext,
  timeoutMs = 1000,
): Promise<T | null> {
  for (let waited = 0; ; waited += POLL_MS) {
    const found = find();
    if (found) return found;
    if (waited >= timeoutMs) return null;
    await context.wait(POLL_MS);
  }
}

/** Laid out at all: not display:none, itself or an ancestor. */
export function isDisplayed(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/** The element a person could see: rendered, not display:none, not visibility:hidden. */
export function isShown(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}
