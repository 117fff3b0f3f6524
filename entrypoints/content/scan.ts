import { classifyFieldsInSlices, type PageField, sameOriginFrameDocuments, toPageFields } from '../../lib/fields';
import { oneFieldPerWidget } from '../../lib/fill';
import { applyPortalKeys, type PortalDefinition } from '../../lib/portals';

/** The page and its same-origin frames: a legacy portal's form often lives in a frame. */
export function pageDocuments(document: Document): Document[] {
  return [document, ...sameOriginFrameDocuments(document)];
}

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
  for (const page of pageDocuments(document)) {
    const matches = applyPortalKeys(await classifyFieldsInSlices(page, pause), portal, page);
    fields.push(...toPageFields(matches.filter((match) => !match.element.closest('fillonce-ui'))));
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
