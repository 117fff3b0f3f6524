import type { FormControl } from '../../fields/controls';

/** How one component library's widget is found and what its parts are, for the drivers. */
interface WidgetParts {
  /** The widget's root around a control the classifier found, or null when it is not this widget. */
  rootOf(control: FormControl): Element | null;
  disabled(root: Element): boolean;
  /** What a person clicks to open it. */
  opener(root: Element): Element | null;
  /** 'press' for widgets that open on mousedown and would toggle shut again on the click. */
  openBy?: 'press' | 'click';
  /** The text the widget shows for its value ('' when it shows a placeholder). */
  shown(root: Element): string;
  /** What a person clicks to clear it (hovering shows it), when the widget is clearable. */
  clearer?(root: Element): Element | null;
}

export interface SelectParts extends WidgetParts {
  /** The open dropdown of this widget. */
  dropdown(root: Element): Element | null;
  options(dropdown: Element): Element[];
  optionLabel(option: Element): string;
  /** The code an option stands for, where the library shows it in the DOM. */
  optionValue?(option: Element): string | null;
  /** The scrolling list of a virtual dropdown, which renders only the options in view. */
  scroller?(dropdown: Element): Element | null;
}

export interface CascaderParts extends WidgetParts {
  /** The open menus of this widget, one per level. */
  menus(root: Element): Element[];
  nodes(menu: Element): Element[];
  nodeLabel(node: Element): string;
}

export interface DatePickerParts extends WidgetParts {
  input(root: Element): HTMLInputElement | null;
}

export interface WidgetLibrary {
  name: string;
  select?: SelectParts;
  cascader?: CascaderParts;
  datePicker?: DatePickerParts;
}
