// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { panelObscured } from '../../../lib/fill';

/** FillOnce's shadow host with its 全部填入 button, where the button sits on the screen. */
function panel() {
  document.body.innerHTML = '<main>portal</main>';
  const host = document.createElement('fillonce-ui');
  const shadow = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  button.innerHTML = '<span>全部填入</span>';
  shadow.append(button);
  document.body.append(host);
  const rect = { left: 900, top: 700, right: 1000, bottom: 730, width: 100, height: 30, x: 900, y: 700 } as DOMRect;
  vi.spyOn(button, 'getBoundingClientRect').mockReturnValue(rect);
  return { host, shadow, button };
}

/** What the browser would hit at a point: the page's element there, and the panel's inside its root. */
function hits(page: Element | null, inPanel: Element | null, shadow: ShadowRoot) {
  vi.spyOn(document, 'elementFromPoint').mockReturnValue(page);
  (shadow as unknown as { elementFromPoint: () => Element | null }).elementFromPoint = () => inPanel;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('whether the page hides or covers the panel', () => {
  it('is not, when the click point is the panel button itself, or a part of it', () => {
    const { host, shadow, button } = panel();
    hits(host, button, shadow);
    expect(panelObscured(host, button)).toBe(false);
    hits(host, button.firstElementChild, shadow);
    expect(panelObscured(host, button)).toBe(false);
  });

  it('is, when the panel is gone from the page', () => {
    const { host, shadow, button } = panel();
    hits(host, button, shadow);
    host.remove();
    expect(panelObscured(host, button)).toBe(true);
  });

  it('is, when the page made the panel, or the body, all but transparent', () => {
    const { host, shadow, button } = panel();
    hits(host, button, shadow);
    document.body.style.opacity = '0.05';
    expect(panelObscured(host, button)).toBe(true);
    document.body.style.opacity = '1';
    host.style.opacity = '0.01';
    expect(panelObscured(host, button)).toBe(true);
  });

  it('is, when something of the page lies over the button', () => {
    const { host, shadow, button } = panel();
    hits(document.querySelector('main'), button, shadow);
    expect(panelObscured(host, button)).toBe(true);
  });

  it("is, when the page's open dialog overlaps the button, even one that lets clicks through", () => {
    const { host, shadow, button } = panel();
    hits(host, button, shadow);
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    vi.spyOn(dialog, 'getBoundingClientRect').mockReturnValue({
      left: 950,
      top: 650,
      right: 1200,
      bottom: 800,
    } as DOMRect);
    expect(panelObscured(host, button)).toBe(true);
    vi.spyOn(dialog, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, right: 100, bottom: 100 } as DOMRect);
    expect(panelObscured(host, button)).toBe(false);
  });
});
