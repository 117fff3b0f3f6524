import type { PageField } from '../fields';
import type { FieldHints } from './types';
import { widgetFor } from './widgets';

const NOTE_LIMIT = 40;

/** Short text right after the control, as in `<input> <span>格式：19800101</span>`. */
function noteAfter(control: Element): string {
  const parts: string[] = [];
  for (let node = control.nextSibling; node && parts.join('').length < NOTE_LIMIT; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).matches('input, select, textarea, button')) break;
    const text = node.textContent?.replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
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
    note: noteAfter(control),
    maxLength: maxLength > 0 ? maxLength : null,
    inputType: control.tagName === 'INPUT' ? (control as HTMLInputElement).type : '',
    widget: widgetFor(field).kind,
  };
}
