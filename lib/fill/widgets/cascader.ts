import { joinPath, matchDivisionName, splitPath } from '../../values';
import { clearWidget } from './clear';
import { choose, close, open } from './drive';
import type { CascaderParts } from './library';
import type { DriveContext, Widget } from './types';
import { isShown, waitFor } from './wait';

/** A node's label matches by name, or by division name when the levels are places (北京 ~ 北京市). */
function findNode(parts: CascaderParts, menu: Element, wanted: string): Element | null {
  const nodes = parts.nodes(menu).filter(isShown);
  const labels = nodes.map((node) => parts.nodeLabel(node).trim());
  const exact = labels.indexOf(wanted);
  return nodes[exact >= 0 ? exact : matchDivisionName(wanted, labels)] ?? null;
}

/** The cascader now shows the held path, or as many of its levels as it has. */
function showsPath(shown: readonly string[], levels: readonly string[]): boolean {
  return (
    shown.length > 0 &&
    shown.every((name, depth) => name === levels[depth] || matchDivisionName(levels[depth] ?? '', [name]) === 0)
  );
}

async function pickLevels(parts: CascaderParts, root: Element, levels: string[], context: DriveContext) {
  for (const [depth, wanted] of levels.entries()) {
    const menu = await waitFor(() => parts.menus(root).filter(isShown)[depth], context);
    const node = menu && findNode(parts, menu, wanted);
    if (!node) return false;
    choose(node);
    if (depth === levels.length - 1) return true;
    // The next level's menu opens, or the cascader closes: its leaf came before the held path's end.
    const next = await waitFor(() => {
      const menus = parts.menus(root);
      return menus.length === 0 ? 'closed' : menus[depth + 1] && isShown(menus[depth + 1] as Element) ? 'next' : null;
    }, context);
    if (next !== 'next') return next === 'closed';
  }
  return false;
}

/**
 * A cascader (el-cascader, a-cascader for 省/市/县): opened, then one node clicked per level,
 * each found by name in the menu the previous click opened.
 */
export function cascaderWidget(parts: CascaderParts, root: Element): Widget {
  return {
    kind: 'cascader',
    boxes: [root],
    disabled: () => parts.disabled(root),
    read: () => joinPath(splitPath(parts.shown(root))),
    async write(value, _key, context) {
      if (value === '') return clearWidget(parts, root, context);
      const levels = splitPath(value);
      const firstMenu = () => parts.menus(root)[0] ?? null;
      if (!(await open(parts, root, firstMenu, context))) return false;
      if (!(await pickLevels(parts, root, levels, context))) {
        await close(parts, root, firstMenu, context);
        return false;
      }
      // A held path shorter than the cascader's levels ends on a node that is not a leaf.
      const shown = await waitFor(() => showsPath(splitPath(parts.shown(root)), levels), context, 1000);
      if (!shown) await close(parts, root, firstMenu, context);
      // Its menus fading out would cover the fields below.
      else await waitFor(() => !parts.menus(root).some(isShown), context, 600);
      return shown === true;
    },
  };
}
