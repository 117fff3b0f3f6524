import type { FormControl } from '../../lib/fields';

/**
 * Component libraries draw the visible box around an inner, borderless input; outlining
 * the input itself would sit inside the box a person sees.
 */
const VISIBLE_WRAPPERS = [
  '.el-input__wrapper', // Element Plus
  '.el-select__wrapper',
  '.ant-input-affix-wrapper', // Ant Design
  '.ant-select-selector',
  '.ant-picker',
  '.n-input', // Naive UI
  '.arco-input-wrapper',
  '.t-input', // TDesign
].join(', ');

export function visualBox(control: FormControl): DOMRect {
  const wrapper = control.closest(VISIBLE_WRAPPERS);
  return (wrapper ?? control).getBoundingClientRect();
}
