import type { WidgetLibrary } from '../library';
import { isDisplayed } from '../wait';
import { inputValue, shownOf, textOf } from './parts';

const POPUP = '.ant-select-dropdown';

/**
 * The open popup of a select or cascader. A select's combobox input names the list inside
 * its popup; a cascader's names nothing, and only the open popup is displayed.
 */
function openPopup(root: Element): Element | null {
  // A closing popup stays displayed through its leave animation: only the open widget's counts.
  if (!root.matches('.ant-select-open')) return null;
  const combobox = root.querySelector('input[aria-controls]');
  const list = root.ownerDocument.getElementById(combobox?.getAttribute('aria-controls') ?? '');
  const linked = list?.closest(POPUP);
  const popups = linked ? [linked] : Array.from(root.ownerDocument.querySelectorAll(POPUP));
  // Mid-animation the popup may be scaled to nothing, yet it is the open one.
  return popups.find((popup) => !popup.matches('.ant-select-dropdown-hidden') && isDisplayed(popup)) ?? null;
}

/**
 * Ant Design for React (antd) and for Vue (ant-design-vue) share their class names. Selects
 * open on mousedown, so a full click would toggle them shut again; their lists are virtual.
 */
export const ANT_DESIGN: WidgetLibrary = {
  name: 'ant-design',
  select: {
    rootOf: (control) => control.closest('.ant-select:not(.ant-cascader)'),
    disabled: (root) => root.matches('.ant-select-disabled'),
    opener: (root) => root.querySelector('.ant-select-selector') ?? root,
    openBy: 'press',
    shown: (root) => shownOf(root, '.ant-select-selection-item, .ant-select-content-has-value'),
    clearer: (root) => root.querySelector('.ant-select-clear'),
    dropdown: openPopup,
    options: (dropdown) =>
      Array.from(dropdown.querySelectorAll('.ant-select-item-option:not(.ant-select-item-option-disabled)')),
    optionLabel: (option) => option.getAttribute('title') ?? textOf(option),
    scroller: (dropdown) => dropdown.querySelector('.rc-virtual-list-holder, .ant-select-dropdown-list-holder'),
  },
  cascader: {
    rootOf: (control) => control.closest('.ant-cascader'),
    disabled: (root) => root.matches('.ant-select-disabled'),
    opener: (root) => root.querySelector('.ant-select-selector') ?? root,
    openBy: 'press',
    shown: (root) => shownOf(root, '.ant-select-selection-item, .ant-select-content-has-value'),
    clearer: (root) => root.querySelector('.ant-select-clear'),
    menus: (root) => Array.from(openPopup(root)?.querySelectorAll('.ant-cascader-menu') ?? []),
    nodes: (menu) => Array.from(menu.querySelectorAll('.ant-cascader-menu-item:not(.ant-cascader-menu-item-disabled)')),
    nodeLabel: (node) => node.getAttribute('title') ?? textOf(node),
  },
  datePicker: {
    rootOf: (control) => control.closest('.ant-picker'),
    disabled: (root) => root.matches('.ant-picker-disabled'),
    opener: (root) => root.querySelector('input'),
    input: (root) => root.querySelector('input'),
    shown: (root) => inputValue(root.querySelector('input')),
    clearer: (root) => root.querySelector('.ant-picker-clear'),
  },
};
