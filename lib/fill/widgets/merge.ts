import type { PageField } from '../../fields/page-fields';
import { widgetRoot } from './detect';

/**
 * One field per widget. layui keeps the real select hidden beside the one it draws, and
 * both carry the label: they are one field a person fills once. The first keeps its place,
 * with a key from whichever of them was recognised.
 */
export function oneFieldPerWidget(fields: readonly PageField[]): PageField[] {
  const byRoot = new Map<Element, PageField>();
  const merged: PageField[] = [];
  for (const field of fields) {
    const root = widgetRoot(field);
    const first = byRoot.get(root);
    if (!first) {
      const own = { ...field };
      byRoot.set(root, own);
      merged.push(own);
    } else if (first.key === null && field.key !== null) {
      first.key = field.key;
      first.label = first.label || field.label;
    }
  }
  return merged;
}
