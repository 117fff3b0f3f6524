import { framesAbove } from '../fields';
import { effectiveOpacity } from './visibility';

/** Below this the panel is as good as invisible: a click on it was meant for something else. */
const MIN_OPACITY = 0.1;

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The page's open popovers and dialogs: drawn above everything, even with pointer-events off. */
function topLayerOf(document: Document): Element[] {
  try {
    return Array.from(document.querySelectorAll(':popover-open, dialog[open]'));
  } catch {
    // A browser without popovers has no :popover-open to hide behind.
    return Array.from(document.querySelectorAll('dialog[open]'));
  }
}

/**
 * Whether a page is hiding or covering FillOnce's panel to steal a click (DOM-based extension
 * clickjacking, DEF CON 33): a transparent html, body or host, anything else at the button,
 * or a popover or modal dialog of the page's top layer over the panel.
 */
export function panelObscured(host: Element | null, button: Element): boolean {
  if (!host?.isConnected) return true;
  if (effectiveOpacity(host) < MIN_OPACITY) return true;
  // On a frameset page the panel lives in a frame, which the page above may make transparent.
  if (framesAbove(host).some((frame) => effectiveOpacity(frame) < MIN_OPACITY)) return true;
  const rect = button.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (host.ownerDocument.elementFromPoint(x, y) !== host) return true;
  const inner = host.shadowRoot?.elementFromPoint(x, y);
  if (!inner || (inner !== button && !button.contains(inner))) return true;
  return topLayerOf(host.ownerDocument).some((element) => overlaps(element.getBoundingClientRect(), rect));
}
