import type { PageField } from '../fields';
import { widgetFor } from './widgets';

/** What a person would say a field holds: the text, the chosen option's label, the ticked options. */
export function readFieldValue(field: PageField): string {
  return widgetFor(field).read();
}
