import type { PageField } from '../../lib/fields';

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

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

function boxOf(element: Element): Box {
  const { top, left, width, height } = element.getBoundingClientRect();
  return { top, left, width, height };
}

/** The box around all options of a choice, with the labels a person reads beside them. */
function unionOf(boxes: readonly Box[]): Box {
  const top = Math.min(...boxes.map((box) => box.top));
  const left = Math.min(...boxes.map((box) => box.left));
  const bottom = Math.max(...boxes.map((box) => box.top + box.height));
  const right = Math.max(...boxes.map((box) => box.left + box.width));
  return { top, left, width: right - left, height: bottom - top };
}

export function visualBox(field: PageField): Box {
  if (field.options) {
    return unionOf(field.options.map((option) => boxOf(option.closest('label') ?? option)));
  }
  const wrapper = field.control.closest(VISIBLE_WRAPPERS);
  return boxOf(wrapper ?? field.control);
}
