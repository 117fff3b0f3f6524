export { type WidgetField, widgetFor, widgetRoot } from './detect';
export { oneFieldPerWidget } from './merge';
export type { DriveContext, Widget, WidgetKind } from './types';
