import { ADD_ROW, buttonWords } from '../fields/member-groups';
import type { DriveContext } from './widgets/types';
import { waitFor } from './widgets/wait';

const BUTTONS = 'button, a, [role=button]';
const MEMBER_WORDS = /成员|人员|一行|行|子女|member|row/i;

const NAME_HEADER = /姓名|name/i;

function besideEmptyMemberTable(button: Element): boolean {
  let container = button.parentElement;
  for (let depth = 0; container && depth < 4; depth++, container = container.parentElement) {
    const headers = [...container.querySelectorAll('th')];
    if (headers.some((header) => NAME_HEADER.test(header.textContent ?? ''))) return true;
  }
  return false;
}

function depthBetween(ancestor: Node, node: Node): number {
  let depth = 0;
  for (let current: Node | null = node; current && current !== ancestor; current = current.parentNode) depth++;
  return depth;
}

function commonAncestor(a: Node, b: Node): Node | null {
  for (let node: Node | null = a; node; node = node.parentNode) if (node.contains(b)) return node;
  return null;
}

/**
 * The page's own 添加成员 button for its member list: the one nearest the last member row, or,
 * where the list has no row yet, the only add button that speaks of members or rows, else the
 * only one beside an empty member table.
 */
export function findAddRowButton(documents: readonly Document[], lastRowControl: Element | null): HTMLElement | null {
  const buttons = documents.flatMap((page) =>
    [...page.querySelectorAll<HTMLElement>(BUTTONS)].filter((button) => ADD_ROW.test(buttonWords(button))),
  );
  if (lastRowControl) {
    const distance = (button: HTMLElement) => {
      const shared = commonAncestor(button, lastRowControl);
      return shared ? depthBetween(shared, lastRowControl) : Number.POSITIVE_INFINITY;
    };
    return [...buttons].sort((a, b) => distance(a) - distance(b))[0] ?? null;
  }
  // One that says 成员 or 行 wins. A bare 添加 or 新增 may open a new record altogether (a list
  // page's 新增): it counts only where none says so, beside an empty member table whose header
  // asks for a 姓名.
  const naming = buttons.filter((button) => MEMBER_WORDS.test(buttonWords(button)));
  const candidates = naming.length > 0 ? naming : buttons.filter(besideEmptyMemberTable);
  return candidates.length === 1 ? (candidates[0] as HTMLElement) : null;
}

const CONTROLS = 'input, select, textarea';
const ROW_WAIT_MS = 800;

/**
 * Presses the page's add-row button `count` times, each time waiting until the page has drawn
 * the new row's controls: a press while the last row is still being drawn may be lost.
 */
export async function addRows(
  button: HTMLElement,
  count: number,
  documents: readonly Document[],
  context: DriveContext,
): Promise<void> {
  const controls = () => documents.reduce((total, page) => total + page.querySelectorAll(CONTROLS).length, 0);
  for (let added = 0; added < count; added++) {
    const before = controls();
    button.click();
    if (!(await waitFor(() => controls() > before, context, ROW_WAIT_MS))) return;
    await context.wait(30);
  }
}
