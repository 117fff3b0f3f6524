import { textOf } from './dom-text';
import { tableHeaders } from './tables';
import { normalizeText } from './text';
import { ENTITY_MARK, LABEL_INDEX } from './vocabulary';

const CONTROLS = 'input, select, textarea';
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);
const HEADING_CLASS = /title|header|heading|section|divider__text|card-head|collapse-item__header|legend/i;
const MEMBER = /(?:家庭成员|成员|member)\s*(\d+)/i;
const NAME_COLUMN = /姓名|^name$/i;

/** The slot a text names: 代理人信息 → agent, 成员2 → member-2. */
export function entityFromText(raw: string): string | undefined {
  const member = MEMBER.exec(raw.normalize('NFKC'));
  if (member) return `member-${Number(member[1])}`;
  const text = normalizeText(raw);
  let best: { entity: string; length: number } | undefined;
  for (const match of LABEL_INDEX.find(text)) {
    if (!match.key?.startsWith(ENTITY_MARK)) continue;
    const length = match.end - match.start;
    if (!best || length > best.length) best = { entity: match.key.slice(ENTITY_MARK.length), length };
  }
  return best?.entity;
}

function isHeading(element: Element): boolean {
  if (HEADING_TAGS.has(element.tagName)) return true;
  const spansRow =
    (element.tagName === 'TD' || element.tagName === 'TH') && (element as HTMLTableCellElement).colSpan > 1;
  if (!spansRow && !HEADING_CLASS.test(element.getAttribute('class') ?? '')) return false;
  return !element.querySelector(CONTROLS) && textOf(element) !== null;
}

/** The heading that stands last before each control in document order: whose section it is in. */
export function sectionHeadings(root: ParentNode, controls: readonly Element[]): Map<Element, string> {
  const wanted = new Set(controls);
  const headings = new Map<Element, string>();
  const rootNode = root as Node;
  const document = rootNode.ownerDocument ?? (rootNode as Document);
  const walker = document.createTreeWalker(rootNode, 1 /* NodeFilter.SHOW_ELEMENT */);
  let current = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (wanted.has(element)) headings.set(element, current);
    else if (isHeading(element)) current = textOf(element) ?? current;
  }
  return headings;
}

/** Repeated rows of a member table: the nth row of inputs under a 姓名 header is member-n. */
export function memberRowSlot(control: Element, headerCache: Map<Element, ReadonlyMap<number, string>>) {
  const row = control.closest('tr');
  const table = row?.closest('table') as HTMLTableElement | null;
  if (!row || !table) return undefined;
  const headers = [...tableHeaders(table, headerCache).values()];
  if (headers.length < 2 || !headers.some((header) => NAME_COLUMN.test(header))) return undefined;
  const dataRows = Array.from(table.rows).filter((candidate) => candidate.querySelector(CONTROLS));
  return `member-${dataRows.indexOf(row) + 1}`;
}

/** Whose field it is: what the label says, else its member row, its fieldset, its section. */
export function entityOf(
  control: Element,
  labelEntity: string | undefined,
  heading: string,
  headerCache: Map<Element, ReadonlyMap<number, string>>,
): string | undefined {
  if (labelEntity) return labelEntity;
  const row = memberRowSlot(control, headerCache);
  if (row) return row;
  const legend = textOf(control.closest('fieldset')?.querySelector(':scope > legend'));
  return (legend ? entityFromText(legend) : undefined) ?? (heading ? entityFromText(heading) : undefined);
}
