import { framesAbove } from '../fields/frames';

/** Why a field may not be filled; null when a person can plainly see and edit it. */
export type VisibilityProblem =
  | 'detached'
  | 'disabled'
  | 'hidden'
  | 'transparent'
  | 'tiny'
  | 'off-screen'
  | 'clipped'
  | 'covered';

/** Below this opacity a field is as good as invisible (hidden-field harvesting, 2017). */
const MIN_OPACITY = 0.1;
const MIN_SIZE_PX = 2;
const CLIPPING = new Set(['hidden', 'clip', 'scroll', 'auto']);
/** A box that scrolls: what lies outside it is a scroll away, as below the page's fold, not clipped away. */
const SCROLLING = new Set(['scroll', 'auto']);

/**
 * What one check of many learns about shared ancestors: a form's fields sit in the same
 * table, so a pass over 200 of them asks each ancestor once. Valid only while nothing
 * changes, within one synchronous pass.
 */
export interface VisibilityPass {
  opacity: Map<Element, number>;
  clipping: Map<Element, Clipping>;
}

export function newVisibilityPass(): VisibilityPass {
  return { opacity: new Map(), clipping: new Map() };
}

/** The product of the element's and every ancestor's opacity: a transparent parent hides its child. */
export function effectiveOpacity(element: Element, pass: VisibilityPass = newVisibilityPass()): number {
  const known = pass.opacity.get(element);
  if (known !== undefined) return known;
  const view = element.ownerDocument.defaultView;
  const own = view ? Number.parseFloat(view.getComputedStyle(element).opacity || '1') : 1;
  const opacity = own * (element.parentElement ? effectiveOpacity(element.parentElement, pass) : 1);
  pass.opacity.set(element, opacity);
  return opacity;
}

/** How an element clips what it holds (by overflow, by a clip path), and whether it is fixed in the viewport. */
interface Clipping {
  overflow: boolean;
  /** Scrolls both ways, so nothing in it is out of reach. */
  scrolls: boolean;
  path: boolean;
  fixed: boolean;
}

function clippingOf(node: Element, pass: VisibilityPass): Clipping {
  const known = pass.clipping.get(node);
  if (known !== undefined) return known;
  const style = node.ownerDocument.defaultView?.getComputedStyle(node);
  const clipping = {
    path: !!style && style.clipPath !== 'none' && style.clipPath !== '',
    overflow: !!style && [style.overflow, style.overflowX, style.overflowY].some((value) => CLIPPING.has(value)),
    scrolls: !!style && SCROLLING.has(style.overflowX) && SCROLLING.has(style.overflowY),
    fixed: style?.position === 'fixed',
  };
  pass.clipping.set(node, clipping);
  return clipping;
}

/**
 * An ancestor that clips its content (overflow other than visible) without the control in view.
 * A fixed box (a modal dialog's overlay) escapes the overflow of everything above it: a body
 * set to overflow:hidden behind an open dialog clips nothing in the dialog. A box that scrolls
 * (a dialog taller than the window) clips nothing either: a person scrolls it, as the page.
 */
function clippedAway(control: Element, rect: DOMRect, pass: VisibilityPass): boolean {
  let escaped = false;
  for (let node = control.parentElement; node; node = node.parentElement) {
    const clipping = clippingOf(node, pass);
    const overflows = clipping.overflow && !escaped;
    escaped ||= clipping.fixed;
    if (!clipping.path && !overflows) continue;
    const clipsPath = clipping.path;
    const box = node.getBoundingClientRect();
    // A box that scrolls holds what lies outside it a scroll away, unless it is too small to show anything.
    const scrollable = clipping.scrolls && box.width >= MIN_SIZE_PX && box.height >= MIN_SIZE_PX;
    if (scrollable && !clipsPath) continue;
    const overlapWidth = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
    const overlapHeight = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
    if (overlapWidth < MIN_SIZE_PX || overlapHeight < MIN_SIZE_PX) return true;
    if (clipsPath && (box.width < MIN_SIZE_PX || box.height < MIN_SIZE_PX)) return true;
  }
  return false;
}

/** Beyond the page's own edges, where no scrolling brings it into view (left: -9999px). */
function offScreen(control: Element, rect: DOMRect): boolean {
  const view = control.ownerDocument.defaultView;
  if (!view) return true;
  const root = control.ownerDocument.documentElement;
  const right = rect.right + view.scrollX;
  const bottom = rect.bottom + view.scrollY;
  return right <= 0 || bottom <= 0 || rect.left + view.scrollX >= Math.max(root.scrollWidth, view.innerWidth);
}

/**
 * Whether the point lies outside a box that scrolls around the control (a dialog's body taller
 * than the dialog): the control is a scroll away there, and what shows at the point is not it.
 */
function scrolledOutOfView(control: Element, x: number, y: number, pass: VisibilityPass): boolean {
  for (let node = control.parentElement; node; node = node.parentElement) {
    if (!clippingOf(node, pass).scrolls) continue;
    const box = node.getBoundingClientRect();
    if (x < box.left || y < box.top || x >= box.right || y >= box.bottom) return true;
  }
  return false;
}

/**
 * Something else at the field's centre: a person clicking there would not reach it. Only
 * checked where elementFromPoint can answer for the field: inside the viewport and inside every
 * box that scrolls it. `ours` is FillOnce's own UI.
 */
function covered(control: Element, rect: DOMRect, ours: Element | null, pass: VisibilityPass): boolean {
  const view = control.ownerDocument.defaultView;
  if (!view) return true;
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return false;
  if (scrolledOutOfView(control, x, y, pass)) return false;
  const hit = control.ownerDocument.elementFromPoint(x, y);
  if (!hit || hit === control || control.contains(hit) || hit === ours) return false;
  // A label or a component's own wrapper drawn over its input still belongs to the field.
  const label = hit.closest('label');
  if (label && (label.contains(control) || (control.id && label.htmlFor === control.id))) return false;
  // An ancestor answering for the point is the field's own box (a wrapper's padding).
  return !hit.contains(control);
}

function refusesInput(element: Element): boolean {
  const control = element as Partial<HTMLInputElement>;
  return control.disabled === true || control.readOnly === true;
}

/**
 * Whether a person could see and edit the element: a control, or what a widget shows in
 * place of its control. Hidden fields are how pages harvest autofill data, and a covered or
 * transparent field how they trick a click, so anything not plainly visible is refused.
 * Inside a frame, the frame itself must pass too. Every fill checks here, and only here.
 */
export function visibilityProblem(
  element: Element,
  ours: Element | null = null,
  pass: VisibilityPass = newVisibilityPass(),
): VisibilityProblem | null {
  const problem = ownVisibilityProblem(element, ours, pass);
  if (problem) return problem;
  const rect = element.getBoundingClientRect();
  let [x, y] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
  for (const frame of framesAbove(element)) {
    const frameProblem = ownVisibilityProblem(frame, ours, pass);
    if (frameProblem) return frameProblem;
    // The parent page may draw over the field without covering the frame's own centre.
    const box = frame.getBoundingClientRect();
    [x, y] = [x + box.left + frame.clientLeft, y + box.top + frame.clientTop];
    const view = frame.ownerDocument.defaultView;
    // A field scrolled out of its frame's view is not covered by what lies beside the frame
    // (a frameset's footer): the person scrolls the frame to reach it.
    const inFrame = x >= box.left && y >= box.top && x < box.right && y < box.bottom;
    const inView = view && inFrame && x >= 0 && y >= 0 && x < view.innerWidth && y < view.innerHeight;
    const hit = inView ? frame.ownerDocument.elementFromPoint(x, y) : frame;
    if (hit && hit !== frame && hit !== ours) return 'covered';
  }
  return null;
}

function ownVisibilityProblem(control: Element, ours: Element | null, pass: VisibilityPass): VisibilityProblem | null {
  if (!control.isConnected) return 'detached';
  if (refusesInput(control)) return 'disabled';
  const view = control.ownerDocument.defaultView;
  const style = view?.getComputedStyle(control);
  if (!style || style.display === 'none' || style.visibility !== 'visible') return 'hidden';
  if (effectiveOpacity(control, pass) < MIN_OPACITY) return 'transparent';
  const rect = control.getBoundingClientRect();
  if (rect.width < MIN_SIZE_PX || rect.height < MIN_SIZE_PX) return 'tiny';
  if (offScreen(control, rect)) return 'off-screen';
  if (clippedAway(control, rect, pass)) return 'clipped';
  if (covered(control, rect, ours, pass)) return 'covered';
  return null;
}

export function isFillable(control: Element, ours: Element | null = null, pass?: VisibilityPass): boolean {
  return visibilityProblem(control, ours, pass) === null;
}
