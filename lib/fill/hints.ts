import type { PageField } from '../fields';
import type { FieldHints } from './types';
import { widgetFor } from './widgets';

const NOTE_LIMIT = 40;
const CONTROL = 'input:not([type=hidden]), select, textarea, button';
/** A note is read inside the field's own box: never past a table cell, a row or the form. */
const BOX_EDGE = new Set(['TD', 'TH', 'TR', 'TABLE', 'LI', 'FORM', 'FIELDSET', 'BODY']);
const MAX_CLIMB = 4;

/** Text after `node` among its siblings, up to the next control; whether a control ended it. */
function textAfter(node: Element, parts: string[]): boolean {
  for (let next = node.nextSibling; next && parts.join('').length < NOTE_LIMIT; next = next.nextSibling) {
    if (next.nodeType === 1 && ((next as Element).matches(CONTROL) || (next as Element).querySelector(CONTROL))) {
      return true;
    }
    const text = next.textContent?.replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
  }
  return false;
}

/** Whether the box around a field's control has grown to hold its label or another control. */
function outgrowsField(box: Element, control: Element, label: string): boolean {
  if (BOX_EDGE.has(box.tagName)) return true;
  if ([...box.querySelectorAll(CONTROL)].some((other) => other !== control)) return true;
  return label !== '' && (box.textContent ?? '').replace(/\s+/g, '').includes(label);
}

/**
 * Short text right after the control, as in `<input> <span>格式：19800101</span>`, or after the
 * widget that wraps it, as antd's and layui's unit addons sit (`万元` beside an InputNumber).
 */
function noteAfter(control: Element, label: string): string {
  const parts: string[] = [];
  const compactLabel = label.replace(/\s+/g, '');
  let node = control;
  for (let climbed = 0; climbed <= MAX_CLIMB; climbed++) {
    if (textAfter(node, parts) || parts.join('').length >= NOTE_LIMIT) break;
    const box = node.parentElement;
    if (!box || outgrowsField(box, control, compactLabel)) break;
    node = box;
  }
  return parts.join(' ').slice(0, NOTE_LIMIT);
}

/** What the page says about a field's format, as plain data for the planner. */
export function fieldHints(field: PageField): FieldHints {
  const control = field.control;
  const maxLength = control.tagName === 'INPUT' ? (control as HTMLInputElement).maxLength : -1;
  return {
    label: field.label,
    placeholder: control.getAttribute('placeholder') ?? '',
    note: noteAfter(control, field.label),
    maxLength: maxLength > 0 ? maxLength : null,
    inputType: control.tagName === 'INPUT' ? (control as HTMLInputElement).type : '',
    widget: widgetFor(field).kind,
  };
}
