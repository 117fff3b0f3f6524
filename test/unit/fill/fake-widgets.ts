import { vi } from 'vitest';
import { customSelectWidget } from '../../../lib/fill/widgets/custom-select';
import type { SelectParts } from '../../../lib/fill/widgets/library';

/**
 * A made-up component library, not any real one: the widget drivers must work from the parts
 * a library description names, whatever the DOM behind them.
 */
export const CLOSED = 'x-closed';
export const ROW = 32;

/** Call before each test: a part inside a `.x-closed` one is hidden, everything else is on screen. */
export function layOutOpenParts(): void {
  document.head.innerHTML = `<style>html { visibility: visible; } .${CLOSED} { display: none; }</style>`;
  // happy-dom lays nothing out: an element the drivers should see needs the size a rendered one has.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return this.closest(`.${CLOSED}`) ? new DOMRect() : new DOMRect(10, 10, 160, ROW);
  });
}

export const shownIn = (root: Element) => root.querySelector('input')?.value ?? '';

export const selectParts: SelectParts = {
  rootOf: (control) => control.closest('.x-select'),
  disabled: () => false,
  opener: (root) => root.querySelector('.x-select__box'),
  shown: shownIn,
  dropdown: (root) => root.querySelector('.x-select__dropdown'),
  options: (dropdown) => Array.from(dropdown.querySelectorAll('li')),
  optionLabel: (option) => option.textContent?.trim() ?? '',
  optionValue: (option) => option.getAttribute('data-value'),
  clearer: (root) => root.querySelector('.x-select__clear'),
  scroller: (dropdown) => dropdown.querySelector('.x-select__scroller'),
};

export const optionsHtml = (choices: ReadonlyArray<readonly [string, string]>) =>
  choices.map(([code, label]) => `<li data-value="${code}">${label}</li>`).join('');

/** Draws a select that behaves as a library's does: a click opens it, a click on an option takes it. */
export function drawSelect(list: string): HTMLElement {
  document.body.innerHTML = `<div class="x-select">
    <div class="x-select__box"><input readonly placeholder="请选择"><i class="x-select__clear ${CLOSED}"></i></div>
    <div class="x-select__dropdown ${CLOSED}"><div class="x-select__scroller"><ul>${list}</ul></div></div></div>`;
  const root = document.querySelector('.x-select') as HTMLElement;
  const input = root.querySelector('input') as HTMLInputElement;
  const dropdown = root.querySelector('.x-select__dropdown') as HTMLElement;
  const clear = root.querySelector('.x-select__clear') as HTMLElement;
  selectParts.opener(root)?.addEventListener('click', () => dropdown.classList.toggle(CLOSED));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dropdown.classList.add(CLOSED);
  });
  dropdown.addEventListener('click', (event) => {
    const option = (event.target as Element).closest('li');
    if (!option) return;
    input.value = option.dataset.value === '' ? '' : (option.textContent ?? '');
    dropdown.classList.add(CLOSED);
  });
  // Like most libraries, the clear icon shows only while the mouse is over a select holding a value.
  root.addEventListener('mouseenter', () => clear.classList.toggle(CLOSED, input.value === ''));
  clear.addEventListener('click', (event) => {
    event.stopPropagation();
    input.value = '';
  });
  return root;
}

export function selectWidget(root: HTMLElement, parts: SelectParts = selectParts) {
  return customSelectWidget(parts, root.querySelector('input') as HTMLInputElement, root);
}

export const isOpen = (root: Element) => !root.querySelector('.x-select__dropdown')?.classList.contains(CLOSED);
