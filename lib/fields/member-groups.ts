import type { FieldMatch } from './index';

/** A person's identity in a row: each member row has its own name or ID number. */
const ANCHORS = ['id-number', 'name'] as const;
const ROW_KEYS = new Set(['name', 'id-number', 'person.relation-to-head']);
/** The page's own button for one more row: 添加成员, 新增一行, + 添加一行数据, Add member. */
export const ADD_ROW =
  /^[+＋\s]*(?:添加|新增|增加|追加)(?:家庭)?(?:成员|人员|一行|行|一条|子女)?|^\+?\s*add\s+(?:a\s+)?(?:row|member|person)/i;

/** The largest block around `element` that holds no other anchor of the same key. */
function ownBlock(element: Element, others: ReadonlySet<Element>): Element {
  let block = element;
  for (
    let parent = element.parentElement;
    parent && parent.tagName !== 'FORM' && parent.tagName !== 'BODY';
    parent = parent.parentElement
  ) {
    if ([...others].some((other) => other !== element && parent.contains(other))) break;
    block = parent;
  }
  return block;
}

/** A block's kind: its tag and classes, less the numbered ones (member-row-0, row-1) that tell rows apart. */
const shape = (element: Element) =>
  [element.tagName, ...(element.getAttribute('class') ?? '').split(/\s+/).filter((name) => !/\d/.test(name))].join('.');

function hasAddRowButton(container: Element): boolean {
  return [...container.querySelectorAll('button, a, [role=button]')].some((button) =>
    ADD_ROW.test((button.textContent ?? '').trim()),
  );
}

/**
 * Rows of a member list built without a table (antd's Form.List, a grid of el-rows): blocks of
 * the same shape side by side, each holding one person's name or ID number, are member-1, 2….
 * A single such block counts only where it asks 与户主关系 and the page can add rows beside it.
 */
export function listMemberRows(matches: FieldMatch[]): void {
  const free = matches.filter((match) => match.entity === undefined && match.key !== null);
  for (const anchor of ANCHORS) {
    const anchors = free.filter((match) => match.key === anchor).map((match) => match.element);
    const others = new Set(anchors);
    const byParent = new Map<Element, Element[]>();
    for (const element of anchors) {
      const block = ownBlock(element, others);
      const parent = block.parentElement;
      if (parent) byParent.set(parent, [...(byParent.get(parent) ?? []), block]);
    }
    for (const [parent, blocks] of byParent) {
      const alike = blocks.every((block) => shape(block) === shape(blocks[0] as Element));
      const inBlock = (block: Element) => free.filter((match) => block.contains(match.element));
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
