/**
 * Synthetic input as a person's hand produces it. A content script can only dispatch
 * untrusted events, so each sequence here is the one the component libraries listen to.
 */
function centreOf(element: Element): { clientX: number; clientY: number } {
  const rect = element.getBoundingClientRect();
  return { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
}

/** The element's own window: events made from another frame's constructors would not be its own. */
function viewOf(element: Element): Window & typeof globalThis {
  const view = element.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view) throw new Error('element is not in a window');
  return view;
}

function pointer(element: Element, type: string): void {
  const view = viewOf(element);
  const init = { bubbles: true, cancelable: true, composed: true, view, button: 0, ...centreOf(element) };
  const PointerCtor = view.PointerEvent ?? view.MouseEvent;
  const event = type.startsWith('pointer')
    ? new PointerCtor(type, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true })
    : new view.MouseEvent(type, init);
  element.dispatchEvent(event);
}

/** Moving the mouse onto an element: what shows a clear icon or expands a cascader on hover. */
export function hover(element: Element): void {
  for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'pointermove', 'mousemove']) {
    pointer(element, type);
  }
}

/** A full click: press, release, click. Libraries differ in which of these they act on. */
export function pressAndClick(element: Element): void {
  hover(element);
  pointer(element, 'pointerdown');
  pointer(element, 'mousedown');
  if ('focus' in element && typeof element.focus === 'function') (element as HTMLElement).focus();
  pointer(element, 'pointerup');
  pointer(element, 'mouseup');
  pointer(element, 'click');
}

/** Only the press: for widgets that act on mousedown and would close again on the click. */
export function pressOnly(element: Element): void {
  hover(element);
  pointer(element, 'pointerdown');
  pointer(element, 'mousedown');
}

export function pressKey(element: Element, key: 'Enter' | 'Escape' | 'Tab', options: { bubbles?: boolean } = {}): void {
  const view = viewOf(element);
  const bubbles = options.bubbles ?? true;
  const init = { key, code: key, bubbles, cancelable: true, composed: bubbles, view };
  const keyCode = { Enter: 13, Escape: 27, Tab: 9 }[key];
  element.dispatchEvent(new view.KeyboardEvent('keydown', { ...init, keyCode, which: keyCode } as KeyboardEventInit));
  element.dispatchEvent(new view.KeyboardEvent('keyup', { ...init, keyCode, which: keyCode } as KeyboardEventInit));
}

/**
 * Escape for the widget's own input alone: a dialog around it listens on the document and
 * would close on a bubbling Escape, taking the form with it. Frameworks that delegate to
 * their root (React) do not hear it, so it only tidies up after a step already taken.
 */
export function pressEscapeOn(element: Element): void {
  pressKey(element, 'Escape', { bubbles: false });
}

/** Focus leaving the element, as when the person tabs on. */
export function blur(element: Element): void {
  if ('blur' in element && typeof element.blur === 'function') (element as HTMLElement).blur();
  element.dispatchEvent(new (viewOf(element).FocusEvent)('focusout', { bubbles: true, composed: true }));
}
