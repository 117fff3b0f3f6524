import type { FormControl } from '../../fields/controls';
import { cascaderWidget } from './cascader';
import { choiceWidget } from './choice';
import { customSelectWidget } from './custom-select';
import { datePickerWidget } from './date-picker';
import { WIDGET_LIBRARIES } from './libraries';
import { nativeWidget } from './native';
import type { Widget } from './types';

/** A field as the classifier hands it over: one control, or the options of a choice group. */
export interface WidgetField {
  control: FormControl;
  options?: HTMLInputElement[];
}

/** The component-library widget around a control; null for a plain control. */
function libraryWidget(control: FormControl): Widget | null {
  for (const { cascader, datePicker, select } of WIDGET_LIBRARIES) {
    const cascaderRoot = cascader?.rootOf(control);
    if (cascader && cascaderRoot) return cascaderWidget(cascader, cascaderRoot);
    const pickerRoot = datePicker?.rootOf(control);
    if (datePicker && pickerRoot) return datePickerWidget(datePicker, pickerRoot);
    const selectRoot = select?.rootOf(control);
    if (select && selectRoot) return customSelectWidget(select, control, selectRoot);
  }
  return null;
}

const widgets = new WeakMap<Element, Widget>();

/** How to fill the field: the library widget around it, its choice group, or the control itself. */
export function widgetFor(field: WidgetField): Widget {
  const known = widgets.get(field.control);
  // layui redraws a select's widget whenever another select changes: a stale one is found afresh.
  if (known?.boxes.every((box) => box.isConnected)) return known;
  const widget = field.options
    ? choiceWidget(field.options)
    : (libraryWidget(field.control) ?? nativeWidget(field.control));
  widgets.set(field.control, widget);
  return widget;
}

/**
 * The element that stands for the field on screen: two controls of one widget share it. A
 * library widget and a plain control have one box, which is it; a choice group has many.
 */
export function widgetRoot(field: WidgetField): Element {
  if (field.options) return field.control;
  return widgetFor(field).boxes[0] ?? field.control;
}
