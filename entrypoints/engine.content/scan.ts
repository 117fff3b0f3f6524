import {
  classifyFieldsInSlices,
  type PageField,
  pageAndFrames,
  sameOriginFrameDocuments,
  toPageFields,
} from '../../lib/fields';
import { oneFieldPerWidget } from '../../lib/fill';
import { applyPortalKeys, type PortalDefinition } from '../../lib/portals';

/**
 * The page's fields with their keys, our own UI excluded, one per widget. Classified in
 * slices, never one long task.
 */
export async function scanFields(
  document: Document,
  portal: PortalDefinition | null,
  pause: () => Promise<void>,
): Promise<PageField[]> {
  const fields: PageField[] = [];
  for (const page of pageAndFrames(document)) {
    const matches = applyPortalKeys(await classifyFieldsInSlices(page, pause), portal, page);
    fields.push(...toPageFields(matches.filter((match) => !match.element.closest('fillonce-ui'))));
    await pause();
  }
  return oneFieldPerWidget(fields);
}

/** Same list, same controls, same keys: no need to re-render. */
export function sameFields(a: readonly PageField[], b: readonly PageField[]): boolean {
  return (
    a.length === b.length &&
    a.every((field, i) => field.control === b[i]?.control && field.key === b[i]?.key && field.entity === b[i]?.entity)
  );
}

/**
 * Where FillOnce's own UI can be drawn: the page's body, or, on a frameset page that has
 * none, the largest same-origin frame's, which is where such portals show their forms.
 */
export function uiAnchor(document: Document): Element {
  if (document.body && document.body.tagName !== 'FRAMESET') return document.body;
  const area = (page: Document) => (page.defaultView?.innerWidth ?? 0) * (page.defaultView?.innerHeight ?? 0);
  const frames = sameOriginFrameDocuments(document).filter((page) => page.body && page.body.tagName !== 'FRAMESET');
  const largest = frames.sort((a, b) => area(b) - area(a))[0];
  return largest?.body ?? document.documentElement;
}
