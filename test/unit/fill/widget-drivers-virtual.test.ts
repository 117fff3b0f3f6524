/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DriveContext } from '../../../lib/fill';
import { ETHNICITY_CODES } from '../../../lib/values/codes';
import { drawSelect, isOpen, layOutOpenParts, optionsHtml, ROW, selectWidget } from './fake-widgets';

const context: DriveContext = { wait: async () => {}, settle: async () => {}, frame: async () => {} };
const ETHNICITIES = ETHNICITY_CODES.slice(0, 56).map((entry) => entry.name);
const ROWS_IN_VIEW = 5;
const BOTTOM = ROW * (ETHNICITIES.length - ROWS_IN_VIEW);

/** A virtual select: only the options in view exist, re-rendered on each scroll, as a browser clamps it. */
function drawVirtual(): { root: HTMLElement; scroller: HTMLElement } {
  const root = drawSelect('');
  const scroller = root.querySelector('.x-select__scroller') as HTMLElement;
  let top = 0;
  const render = () => {
    const first = Math.floor(top / ROW);
    const inView = ETHNICITIES.slice(first, first + ROWS_IN_VIEW).map((name, i) => [String(first + i), name] as const);
    (scroller.querySelector('ul') as HTMLElement).innerHTML = optionsHtml(inView);
  };
  Object.defineProperty(scroller, 'clientHeight', { value: ROW * ROWS_IN_VIEW });
  Object.defineProperty(scroller, 'scrollTop', {
    get: () => top,
    set: (value: number) => {
      top = Math.max(0, Math.min(value, BOTTOM));
      scroller.dispatchEvent(new Event('scroll'));
    },
  });
  scroller.addEventListener('scroll', render);
  render();
  return { root, scroller };
}

beforeEach(layOutOpenParts);

describe('a virtual select, which renders only the options in view', () => {
  it('scrolls until it reaches a far option, the 40th of 56, and picks it', async () => {
    const { root, scroller } = drawVirtual();
    expect(ETHNICITIES[39]).toBe('普米族');
    expect(root.querySelectorAll('li')).toHaveLength(ROWS_IN_VIEW);
    expect(await selectWidget(root).write('普米', 'person.ethnicity', context)).toBe(true);
    expect(selectWidget(root).read()).toBe('普米族');
    expect(scroller.scrollTop).toBeGreaterThan(0);
  });

  it('starts from the top when the list opened scrolled to its current value', async () => {
    const { root, scroller } = drawVirtual();
    scroller.scrollTop = ROW * 30;
    expect(await selectWidget(root).write('汉族', 'person.ethnicity', context)).toBe(true);
    expect(selectWidget(root).read()).toBe('汉族');
  });

  it('gives up at the end of the list for a value no option means, and closes it', async () => {
    const { root, scroller } = drawVirtual();
    const scrolls = vi.fn();
    scroller.addEventListener('scroll', scrolls);
    expect(await selectWidget(root).write('火星族', 'person.ethnicity', context)).toBe(false);
    expect(scroller.scrollTop).toBe(BOTTOM);
    expect(scrolls.mock.calls.length).toBeLessThan(ETHNICITIES.length);
    expect(isOpen(root)).toBe(false);
    expect(selectWidget(root).read()).toBe('');
  });
});
