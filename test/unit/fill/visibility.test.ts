/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { visibilityProblem } from '../../../lib/fill';

/** happy-dom lays nothing out: each box is given its size by hand, as a browser would compute it. */
function place(element: Element, x: number, y: number, width: number, height: number): void {
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(new DOMRect(x, y, width, height));
}

function field(html: string): HTMLInputElement {
  document.body.innerHTML = html;
  const input = document.querySelector('input') as HTMLInputElement;
  place(input, 20, 20, 200, 24);
  return input;
}

beforeEach(() => {
  document.head.innerHTML = '<style>html { visibility: visible; }</style>';
  vi.spyOn(document, 'elementFromPoint').mockReturnValue(null);
});

describe('visibilityProblem: the one place that decides whether a field may be filled', () => {
  it('accepts a plain, visible, enabled field', () => {
    expect(visibilityProblem(field('<input>'))).toBeNull();
  });

  it.each([
    ['disabled', '<input disabled>'],
    ['disabled', '<input readonly>'],
    ['hidden', '<input style="display:none">'],
    ['hidden', '<div style="visibility:hidden"><input></div>'],
    ['transparent', '<div style="opacity:0"><input></div>'],
    ['transparent', '<div style="opacity:0.3"><div style="opacity:0.2"><input></div></div>'],
  ])('refuses a field that is %s: %s', (problem, html) => {
    expect(visibilityProblem(field(html))).toBe(problem);
  });

  it('refuses a field of one pixel', () => {
    const input = field('<input>');
    place(input, 20, 20, 1, 1);
    expect(visibilityProblem(input)).toBe('tiny');
  });

  it('refuses a field pushed off the page', () => {
    const input = field('<input>');
    place(input, -9999, 20, 200, 24);
    expect(visibilityProblem(input)).toBe('off-screen');
  });

  it('refuses a field its container clips away', () => {
    const input = field('<div id="box" style="overflow:hidden"><input></div>');
    place(document.getElementById('box') as Element, 20, 20, 200, 0);
    expect(visibilityProblem(input)).toBe('clipped');
  });

  it('refuses a field something else covers, but not one under FillOnce’s own panel', () => {
    const input = field('<input><div id="cover"></div><fillonce-ui></fillonce-ui>');
    const cover = document.getElementById('cover') as Element;
    vi.mocked(document.elementFromPoint).mockReturnValue(cover);
    expect(visibilityProblem(input)).toBe('covered');
    const ours = document.querySelector('fillonce-ui') as Element;
    vi.mocked(document.elementFromPoint).mockReturnValue(ours);
    expect(visibilityProblem(input, ours)).toBeNull();
  });

  it('takes a field scrolled out of its dialog’s body as a scroll away, not as covered by the footer', () => {
    const input = field('<div id="body" style="overflow-x:auto; overflow-y:auto"><input></div><div id="footer"></div>');
    place(document.getElementById('body') as Element, 0, 0, 400, 10);
    vi.mocked(document.elementFromPoint).mockReturnValue(document.getElementById('footer'));
    expect(visibilityProblem(input)).toBeNull();
  });

  it('still refuses a field covered where its scrolling box shows it', () => {
    const input = field('<div id="body" style="overflow-x:auto; overflow-y:auto"><input><div id="cover"></div></div>');
    place(document.getElementById('body') as Element, 0, 0, 400, 300);
    vi.mocked(document.elementFromPoint).mockReturnValue(document.getElementById('cover'));
    expect(visibilityProblem(input)).toBe('covered');
  });

  it('lets a field’s own label answer for its centre', () => {
    const input = field('<label id="l">姓名 <input></label>');
    vi.mocked(document.elementFromPoint).mockReturnValue(document.getElementById('l'));
    expect(visibilityProblem(input)).toBeNull();
  });
});
