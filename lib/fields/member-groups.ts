import type { FieldMatch } from './index';

/** A person's identity in a row: each member row has its own name or ID number. */
const ANCHORS = ['id-number', 'name'] as const;
const ROW_KEYS = new Set(['name', 'id-number', 'person.relation-to-head']);
/** The page's own button for one more row: 添加成员, 新增一行, + 添加一行数据, Add member. */
export const ADD_ROW =
  /^[+＋\s]*(?:添加|新增|增加|追加)(?:家庭)?(?:成员|人员|一行|行|一条|子女)?|^\+?\s*add\s+(?:a\s+)?(?:row|member|person)/i;

// antd spaces out a two-character label (新 增); the words are the same.
const SPACED_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** A button's words as a person reads them. */
export function buttonWords(button: Element): string {
  return (button.textContent ?? '').trim().replace(SPACED_HAN, '');
}

const STOP = new Set(['FORM', 'BODY', 'HTML']);

/** How many of the anchors each ancestor holds, counted in one climb per anchor. */
function anchorCounts(anchors: readonly Element[]): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const anchor of anchors) {
    for (let node = anchor.parentElement; node && !STOP.has(node.tagName); node = node.parentElement) {
      counts.set(node, (counts.get(node) ?? 0) + 1);
    }
  }
  return counts;
}

/** The largest block around `element` that holds no other anchor of the same key. */
function ownBlock(element: Element, counts: ReadonlyMap<Element, number>): Element {
  let block = element;
  for (let parent = element.parentElement; parent && counts.get(parent) === 1; parent = parent.parentElement) {
    block = parent;
  }
  return block;
}

/** The fields inside each block, found by one climb per field instead of a search per block. */
function fieldsByBlock(blocks: ReadonlySet<Element>, fields: readonly FieldMatch[]): Map<Element, FieldMatch[]> {
  const found = new Map<Element, FieldMatch[]>();
  for (const field of fields) {
    for (let node: Element | null = field.element; node && !STOP.has(node.tagName); node = node.parentElement) {
      if (!blocks.has(node)) continue;
      const inside = found.get(node);
      if (inside) inside.push(field);
      else found.set(node, [field]);
      break;
    }
  }
  return found;
}

/** A block's kind: its tag and classes, less the numbered ones (member-row-0, row-1) that tell rows apart. */
const shape = (element: Element) =>
  [element.tagName, ...(element.getAttribute('class') ?? '').split(/\s+/).filter((name) => !/\d/.test(name))].join('.');

function hasAddRowButton(container: Element): boolean {
  return [...container.querySelectorAll('button, a, [role=button]')].some((button) =>
    ADD_ROW.test(buttonWords(button)),
  );
}

/**
 * Rows of a member list built without a table (antd's Form.List, a grid of el-rows): blocks of
 * the same shape side by side, each holding one person's name or ID number, are member-1, 2….
 * A single such block counts only where it asks 与户主关系 and the page can add rows beside it.
 */
export function listMemberRows(matches: FieldMatch[]): void {
  for (const anchor of ANCHORS) {
    const free = matches.filter((match) => match.entity === undefined && match.key !== null);
    const anchors = free.filter((match) => match.key === anchor).map((match) => match.element);
    const counts = anchorCounts(anchors);
    const byParent = new Map<Element, Element[]>();
    for (const element of anchors) {
      const block = ownBlock(element, counts);
      const parent = block.parentElement;
      if (!parent) continue;
      const siblings = byParent.get(parent);
      if (siblings) siblings.push(block);
      else byParent.set(parent, [block]);
    }
    // Blocks of one anchor never nest (each holds exactly one), so a field lies in one at most.
    const members = fieldsByBlock(new Set([...byParent.values()].flat()), free);
    const inBlock = (block: Element) => members.get(block) ?? [];
    for (const [parent, blocks] of byParent) {
      const alike = blocks.every((block) => shape(block) === shape(blocks[0] as Element));
      const asksRelation = (block: Element) => inBlock(block).some((match) => match.key === 'person.relation-to-head');
      const isList =
        blocks.length >= 2
          ? alike &&
            blocks.every((block) => inBlock(block).filter((match) => ROW_KEYS.has(match.key ?? '')).length >= 2)
          : blocks.length === 1 &&
            asksRelation(blocks[0] as Element) &&
            hasAddRowButton(parent.parentElement ?? parent);
      if (!isList) continue;
      blocks.forEach((block, row) => {
        for (const match of inBlock(block)) match.entity = `member-${row + 1}`;
      });
    }
  }
}
