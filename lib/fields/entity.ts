import { textOf } from './dom-text';
import { type SectionCache, tableSection } from './tables';
import { normalizeText } from './text';
import { ENTITY_MARK, vocabulary } from './vocabulary';

const CONTROLS = 'input, select, textarea';
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);
const HEADING_CLASS = /title|header|heading|section|divider__text|card-head|collapse-item__header|legend/i;
const MEMBER = /(?:家庭成员|成员|member)\s*(\d+)/i;
const NAME_COLUMN = /姓名|^name$/i;

/** A bracket that says who the person is: 监护人（申请人）. */
const APPOSITION = /[(（]\s*([^()（）]{2,6})\s*[)）]/g;

/**
 * The slot a text names: 代理人信息 → agent, 成员2 → member-2. A bracket that names the
 * applicant says the section is the applicant's own, as in 监护人（申请人）信息.
 */
export function entityFromText(raw: string): string | undefined {
  const nfkc = raw.normalize('NFKC');
  const member = MEMBER.exec(nfkc);
  if (member) return `member-${Number(member[1])}`;
  for (const [, inner] of nfkc.matchAll(APPOSITION)) {
    const text = normalizeText(inner as string);
    const whole = longestEntity(text);
    if (whole?.entity === 'applicant' && whole.length === text.length) return 'applicant';
  }
  return longestEntity(normalizeText(raw))?.entity;
}

function longestEntity(text: string): { entity: string; length: number } | undefined {
  let best: { entity: string; length: number } | undefined;
  for (const match of vocabulary().labels.find(text)) {
    if (!match.key?.startsWith(ENTITY_MARK)) continue;
    const length = match.end - match.start;
    if (!best || length > best.length) best = { entity: match.key.slice(ENTITY_MARK.length), length };
  }
  return best;
}

function isHeading(element: Element): boolean {
  if (HEADING_TAGS.has(element.tagName)) return true;
  const spansRow =
    (element.tagName === 'TD' || element.tagName === 'TH') && (element as HTMLTableCellElement).colSpan > 1;
  if (!spansRow && !HEADING_CLASS.test(element.getAttribute('class') ?? '')) return false;
  return !element.querySelector(CONTROLS) && textOf(element) !== null;
}

/**
 * Walks the page once, in document order, alongside the controls (which come in the same
 * order): the heading last passed before a control names its section.
 */
export function createSectionTracker(root: ParentNode): (control: Element) => string {
  const rootNode = root as Node;
  const document = rootNode.ownerDocument ?? (rootNode as Document);
  const walker = document.createTreeWalker(rootNode, 1 /* NodeFilter.SHOW_ELEMENT */);
  let current = '';
  return (control) => {
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node as Element;
      if (element === control) return current;
      if (isHeading(element)) current = textOf(element) ?? current;
    }
    return current;
  };
}

/** Repeated rows of a member table: the nth row of inputs under a 姓名 header is member-n. */
export function memberRowSlot(control: Element, sections: SectionCache) {
  const row = control.closest('tr');
  if (!row?.closest('table')) return undefined;
  const { headers, dataRows } = tableSection(row, sections);
  const names = [...headers.values()];
  if (names.length < 2 || !names.some((header) => NAME_COLUMN.test(header))) return undefined;
  return `member-${dataRows.indexOf(row) + 1}`;
}

/** Whose field it is: what the label says, else its member row, its fieldset, its section. */
export function entityOf(
  control: Element,
  labelEntity: string | undefined,
  heading: string,
  sections: SectionCache,
): string | undefined {
  if (labelEntity) return labelEntity;
  const row = memberRowSlot(control, sections);
  if (row) return row;
  const legend = textOf(control.closest('fieldset')?.querySelector(':scope > legend'));
  return (legend ? entityFromText(legend) : undefined) ?? (heading ? entityFromText(heading) : undefined);
}
