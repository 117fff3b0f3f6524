import { framesAbove, type PageField } from '../../lib/fields';
import { widgetFor } from '../../lib/fill';

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

/** Where a frame's content starts on the page: its box plus its border, for each frame up. */
function frameOffset(element: Element): { top: number; left: number } {
  const offset = { top: 0, left: 0 };
  for (const frame of framesAbove(element)) {
    const rect = frame.getBoundingClientRect();
    offset.top += rect.top + frame.clientTop;
    offset.left += rect.left + frame.clientLeft;
  }
  return offset;
}

/** The element's box in the top page's viewport. */
function boxOf(element: Element): Box {
  const { top, left, width, height } = element.getBoundingClientRect();
  const offset = frameOffset(element);
  return { top: top + offset.top, left: left + offset.left, width, height };
}

/** The box in the viewport FillOnce's UI draws in: the page's, or a frameset's main frame's. */
function inUiViewport(box: Box, host: Element | null): Box {
  const offset = host ? frameOffset(host) : { top: 0, left: 0 };
  return { ...box, top: box.top - offset.top, left: box.left - offset.left };
}

/** The box around all options of a choice, with the labels a person reads beside them. */
function unionOf(boxes: readonly Box[]): Box {
  const top = Math.min(...boxes.map((box) => box.top));
  const left = Math.min(...boxes.map((box) => box.left));
  const bottom = Math.max(...boxes.map((box) => box.top + box.height));
  const right = Math.max(...boxes.map((box) => box.left + box.width));
  return { top, left, width: right - left, height: bottom - top };
}

function pageBox(field: PageField): Box {
  const widget = widgetFor(field);
  if (widget.kind === 'choice') return unionOf(widget.boxes.map(boxOf));
  if (widget.kind !== 'text') return boxOf(widget.boxes[0] ?? field.control);
  return boxOf(field.control.closest(VISIBLE_WRAPPERS) ?? field.control);
}

export function visualBox(field: PageField, host: Element | null = null): Box {
  return inUiViewport(pageBox(field), host);
}
