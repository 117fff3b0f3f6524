import type { FormControl } from '../../fields/controls';
import { readControlValue, writeControlValue } from '../set-value';
import type { Widget } from './types';

/** An input, textarea or native select: set directly, in the terms its type accepts. */
export function nativeWidget(control: FormControl): Widget {
  return {
    kind: control.tagName === 'SELECT' ? 'select' : 'text',
    boxes: [control],
    disabled: () => control.disabled || ('readOnly' in control && control.readOnly),
    read: () => readControlValue(control),
    write: async (value, key) => writeControlValue(control, value, key),
  };
}
