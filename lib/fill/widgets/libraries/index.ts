import type { WidgetLibrary } from '../library';
import { ANT_DESIGN } from './ant-design';
import { ELEMENT } from './element';
import { LAYUI } from './layui';

/** The component libraries whose widgets are driven; a control in none of them is set directly. */
export const WIDGET_LIBRARIES: readonly WidgetLibrary[] = [ELEMENT, ANT_DESIGN, LAYUI];
