import { pageAndFrames } from '../fields/frames';

/** What makes a page worth the engine: a control a person could type or choose in. */
const CONTROL = 'input:not([type=hidden]), select, textarea';

/** Whether the page, or one of its same-origin frames, holds a form control. */
export function hasFormControls(document: Document): boolean {
  return pageAndFrames(document).some((page) => page.querySelector(CONTROL) !== null);
}

/** Above this many nodes added at once, their parent is searched once instead of each. */
const SEARCH_PARENT_ABOVE = 8;

const ELEMENT_NODE = 1;

const holdsControl = (node: Node): boolean =>
  node.nodeType === ELEMENT_NODE &&
  ((node as Element).matches(CONTROL) || (node as Element).querySelector(CONTROL) !== null);

/** Whether any of these nodes is, or holds, a form control: each node, or their parent once when many. */
function anyHoldsControl(nodes: NodeList, parent: Node, searched: Set<Node>): boolean {
  if (nodes.length <= SEARCH_PARENT_ABOVE) return Array.from(nodes).some(holdsControl);
  if (searched.has(parent)) return false;
  searched.add(parent);
  return (parent as ParentNode).querySelector?.(CONTROL) != null;
}

/**
 * Whether a batch of mutations added a form control. A live table replaces hundreds of rows
 * at a time: then their parent is searched once, not each row.
 */
export function addsFormControls(records: readonly MutationRecord[]): boolean {
  const searched = new Set<Node>();
  return records.some(({ addedNodes, target }) => anyHoldsControl(addedNodes, target, searched));
}

/**
 * Whether a batch of mutations added a form control, or took away one the last scan found:
 * only then can the fields a scan finds differ. A live table removes hundreds of rows at a
 * time; asking whether a known control left the page costs less than searching each row.
 */
export function changesFormControls(records: readonly MutationRecord[], lostKnownControl: () => boolean): boolean {
  return (
    addsFormControls(records) || (records.some(({ removedNodes }) => removedNodes.length > 0) && lostKnownControl())
  );
}

/** A frame finished loading: its page may hold the form (legacy framesets do). Images' loads are not. */
export function isFrameLoad(event: Event): boolean {
  const target = event.target as Element | null;
  return target?.tagName === 'IFRAME' || target?.tagName === 'FRAME';
}
