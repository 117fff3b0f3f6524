import { classifyFieldsInSlices, type PageField, toPageFields } from '../../lib/fields';
import { applyPortalKeys, type PortalDefinition } from '../../lib/portals';

/** The page's fields with their keys, our own UI excluded. Classified in slices, never one long task. */
export async function scanFields(
  document: Document,
  portal: PortalDefinition | null,
  pause: () => Promise<void>,
): Promise<PageField[]> {
  const matches = applyPortalKeys(await classifyFieldsInSlices(document, pause), portal, document);
  return toPageFields(matches.filter((match) => !match.element.closest('fillonce-ui')));
}

/** Same list, same controls, same keys: no need to re-render. */
export function sameFields(a: readonly PageField[], b: readonly PageField[]): boolean {
  return (
    a.length === b.length &&
    a.every((field, i) => field.control === b[i]?.control && field.key === b[i]?.key && field.entity === b[i]?.entity)
  );
}
