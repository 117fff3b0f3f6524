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

/** The component-library widget around a control, with its root; null for a plain control. */
function libraryWidget(control: FormControl): { widget: Widget; root: Element } | null {
  for (const library of WIDGET_LIBRARIES) {
    const { cascader, datePicker, select } = library;
    const cascaderRoot = cascader?.rootOf(control);
    if (cascader && cascaderRoot) return { widget: cascaderWidget(cascader, cascaderRoot), root: cascaderRoot };
    const pickerRoot = datePicker?.rootOf(control);
    if (datePicker && pickerRoot) return { widget: datePickerWidget(datePicker, pickerRoot), root: pickerRoot };
    const selectRoot = select?.rootOf(control);
    if (select && selectRoot) return { widget: customSelectWidget(select, control, selectRoot), root: selectRoot };
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
    : (libraryWidget(field.control)?.widget ?? nativeWidget(field.control));
  widgets.set(field.control, widget);
  return widget;
}

/** The element that stands for the field on screen: two controls of one widget share it. */
export function widgetRoot(field: WidgetField): Element {
  if (field.options) return field.control;
  return libraryWidget(field.control)?.root ?? field.control;
}
