import type { WidgetLibrary } from '../library';
import { isShown } from '../wait';
import { inputValue, shownOf, textOf } from './parts';

/**
 * Element UI (Vue 2) and Element Plus (Vue 3). Their dropdowns are appended to the body
 * and only the open one is shown; selects and cascaders open on a click.
 */
export const ELEMENT: WidgetLibrary = {
  name: 'element',
  select: {
    rootOf: (control) => control.closest('.el-select'),
    disabled: (root) => root.matches('.is-disabled') || !!root.querySelector('.is-disabled, input:disabled'),
    opener: (root) => root.querySelector('.el-select__wrapper, .el-input') ?? root,
    // Element UI writes the chosen label into its read-only input; Element Plus shows it in a span.
    shown: (root) =>
      shownOf(root, '.el-select__placeholder:not(.is-transparent)') ||
      inputValue(root.querySelector<HTMLInputElement>('input.el-input__inner')),
    clearer: (root) => root.querySelector('.el-select__clear, .el-select__caret.el-icon-circle-close'),
    dropdown: (root) => openPopper(root, '.el-select-dropdown'),
    options: (dropdown) => Array.from(dropdown.querySelectorAll('.el-select-dropdown__item:not(.is-disabled)')),
    optionLabel: textOf,
  },
  cascader: {
    rootOf: (control) => control.closest('.el-cascader'),
    disabled: (root) => root.matches('.is-disabled'),
    opener: (root) => root.querySelector('.el-input') ?? root,
    shown: (root) => inputValue(root.querySelector<HTMLInputElement>('input')),
    clearer: (root) => root.querySelector('.el-icon-circle-close, .icon-circle-close, .el-input__clear'),
    menus: (root) => {
      const panel = openPopper(root, '.el-cascader__dropdown');
      return panel ? Array.from(panel.querySelectorAll('.el-cascader-menu')) : [];
    },
    nodes: (menu) => Array.from(menu.querySelectorAll('.el-cascader-node:not(.is-disabled)')),
    nodeLabel: (node) => textOf(node.querySelector('.el-cascader-node__label') ?? node),
  },
  datePicker: {
    rootOf: (control) => control.closest('.el-date-editor'),
    disabled: (root) => root.matches('.is-disabled'),
    opener: (root) => root.querySelector('input'),
    input: (root) => root.querySelector('input'),
    shown: (root) => inputValue(root.querySelector('input')),
    clearer: (root) => root.querySelector('.el-icon-circle-close, .clear-icon, .el-input__clear'),
  },
};

/**
 * The open popper of this widget. Element Plus links it: the combobox input's aria-controls
 * names the list, the root's aria-describedby the popper. Element UI links nothing, and
 * only the open popper of a kind is shown.
 */
function openPopper(root: Element, selector: string): Element | null {
  // A popper fading out after the previous field stays visible for a while: only an open widget has one.
  if (!root.querySelector('.is-reverse, [aria-expanded="true"]')) return null;
  const document = root.ownerDocument;
  const ids = [
    root.querySelector('input[aria-controls]')?.getAttribute('aria-controls'),
    root.getAttribute('aria-describedby'),
    root.querySelector('[aria-describedby]')?.getAttribute('aria-describedby'),
  ];
  const linked = ids
    .map((id) => (id ? document.getElementById(id) : null))
    .map((element) => element?.closest(selector) ?? element?.querySelector(selector))
    .find((popper) => popper);
  if (linked) return isShown(linked) ? linked : null;
  return nearest(root, Array.from(document.querySelectorAll(selector)).filter(isShown));
}

/** The popper placed at the widget, below or above it: another may still be fading out elsewhere. */
function nearest(root: Element, poppers: readonly Element[]): Element | null {
  const anchor = root.getBoundingClientRect();
  const distance = (popper: Element) => {
    const box = popper.getBoundingClientRect();
    const vertical = Math.min(Math.abs(box.top - anchor.bottom), Math.abs(box.bottom - anchor.top));
    return vertical + Math.abs(box.left - anchor.left);
  };
  return [...poppers].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}
