/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DriveContext } from '../../../lib/fill';
import { cascaderWidget } from '../../../lib/fill/widgets/cascader';
import type { CascaderParts } from '../../../lib/fill/widgets/library';
import { layOutOpenParts, shownIn } from './fake-widgets';

/** What the page renders a frame after a click: run when the driver next lets the page have time. */
let pending: Array<() => void> = [];
const context: DriveContext = {
  wait: async () => {
    for (const render of pending.splice(0)) render();
  },
  settle: async () => {},
  frame: async () => {},
};

type Tree = { [name: string]: Tree };
const TREE: Tree = {
  北京市: { 北京市: { 东城区: {}, 朝阳区: {} } },
  湖南省: { 长沙市: { 芙蓉区: {}, 岳麓区: {} }, 湘西土家族苗族自治州: { 凤凰县: {} } },
};

const parts: CascaderParts = {
  rootOf: (control) => control.closest('.x-cascader'),
  disabled: () => false,
  opener: (root) => root.querySelector('.x-cascader__box'),
  shown: shownIn,
  menus: (root) => Array.from(root.querySelectorAll('.x-cascader__menu')),
  nodes: (menu) => Array.from(menu.querySelectorAll('li')),
  nodeLabel: (node) => node.textContent ?? '',
};

/** A made-up library's cascader: each click opens the next level's menu a frame later, a leaf closes it. */
function drawCascader(): HTMLElement {
  document.body.innerHTML = `<div class="x-cascader">
    <div class="x-cascader__box"><input readonly placeholder="请选择"></div><div class="x-cascader__panel"></div></div>`;
  const root = document.querySelector('.x-cascader') as HTMLElement;
  const panel = root.querySelector('.x-cascader__panel') as HTMLElement;
  const input = root.querySelector('input') as HTMLInputElement;
  let picked: string[] = [];
  const below = (path: readonly string[]) => path.reduce((tree, name) => tree[name] ?? {}, TREE);
  const menu = (tree: Tree) =>
    `<ul class="x-cascader__menu">${Object.keys(tree)
      .map((name) => `<li>${name}</li>`)
      .join('')}</ul>`;
  const render = () => {
    panel.innerHTML = [TREE, ...picked.map((_, depth) => below(picked.slice(0, depth + 1)))].map(menu).join('');
  };
  parts.opener(root)?.addEventListener('click', () => {
    picked = [];
    pending.push(render);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') panel.innerHTML = '';
  });
  panel.addEventListener('click', (event) => {
    const node = (event.target as Element).closest('li');
    if (!node) return;
    const depth = Array.from(panel.children).indexOf(node.parentElement as Element);
    picked = [...picked.slice(0, depth), node.textContent ?? ''];
    if (Object.keys(below(picked)).length > 0) pending.push(render);
    else {
      input.value = picked.join(' / ');
      panel.innerHTML = '';
    }
  });
  return root;
}

beforeEach(() => {
  pending = [];
  layOutOpenParts();
});

describe('a cascader', () => {
  it('clicks one node per level by name, waiting for each next menu to render', async () => {
    const root = drawCascader();
    const widget = cascaderWidget(parts, root);
    expect(await widget.write('湖南省/湘西土家族苗族自治州/凤凰县', 'address.region', context)).toBe(true);
    expect(shownIn(root)).toBe('湖南省 / 湘西土家族苗族自治州 / 凤凰县');
    expect(widget.read()).toBe('湖南省/湘西土家族苗族自治州/凤凰县');
  });

  it('accepts 北京 for the node 北京市, as division names match', async () => {
    const root = drawCascader();
    expect(await cascaderWidget(parts, root).write('北京/北京/朝阳区', 'address.region', context)).toBe(true);
    expect(shownIn(root)).toBe('北京市 / 北京市 / 朝阳区');
  });

  it('takes a held path deeper than the cascader as far as the cascader goes', async () => {
    const root = drawCascader();
    expect(await cascaderWidget(parts, root).write('北京市/北京市/东城区/东华门街道', 'address.region', context)).toBe(
      true,
    );
    expect(shownIn(root)).toBe('北京市 / 北京市 / 东城区');
  });

  it.each(['湖南省/株洲市/荷塘区', '上海市/上海市/黄浦区'])(
    'refuses %s, whose level has no such node, and closes the menus',
    async (value) => {
      const root = drawCascader();
      expect(await cascaderWidget(parts, root).write(value, 'address.region', context)).toBe(false);
      expect(parts.menus(root)).toEqual([]);
      expect(shownIn(root)).toBe('');
    },
  );

  it('refuses a held path shorter than the cascader, and closes the menus it opened', async () => {
    const root = drawCascader();
    expect(await cascaderWidget(parts, root).write('湖南省/长沙市', 'address.region', context)).toBe(false);
    expect(parts.menus(root)).toEqual([]);
  });
});
