/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { addsFormControls, changesFormControls, hasFormControls, isFrameLoad } from '../../../lib/startup';

/** The records a MutationObserver delivers for `change`, taken synchronously. */
function mutations(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { childList: true, subtree: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('hasFormControls', () => {
  it('finds a control a person could type or choose in, not a hidden input', () => {
    document.body.innerHTML = '<article><p>通知</p><input type="hidden" name="token"></article>';
    expect(hasFormControls(document)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<select><option>是</option></select>');
    expect(hasFormControls(document)).toBe(true);
  });
});

describe('addsFormControls', () => {
  it('sees a control added alone or inside a block, and ignores text and plain elements', () => {
    expect(addsFormControls(mutations(() => document.body.append('文字', document.createElement('p'))))).toBe(false);
    const item = document.createElement('div');
    item.innerHTML = '<label>姓名</label><div><input></div>';
    expect(addsFormControls(mutations(() => document.body.append(item)))).toBe(true);
  });

  it('searches the parent once when a table is redrawn with many rows, and finds no control in it', () => {
    document.body.innerHTML = '<table><tbody></tbody></table>';
    const body = document.querySelector('tbody') as HTMLElement;
    const rows = Array.from({ length: 100 }, (_, row) => `<tr><td>${row}</td><td>申请人${row}</td></tr>`).join('');
    expect(addsFormControls(mutations(() => body.insertAdjacentHTML('beforeend', rows)))).toBe(false);
    const withInput = `${rows}<tr><td><input></td></tr>`;
    expect(addsFormControls(mutations(() => body.insertAdjacentHTML('beforeend', withInput)))).toBe(true);
  });
});

describe('changesFormControls', () => {
  it('asks whether a known control left the page only when something was removed', () => {
    document.body.innerHTML = '<div id="rows"><p>1</p></div>';
    const rows = document.getElementById('rows') as HTMLElement;
    let asked = 0;
    const lost = () => {
      asked++;
      return false;
    };
    expect(
      changesFormControls(
        mutations(() => rows.append(document.createElement('p'))),
        lost,
      ),
    ).toBe(false);
    expect(asked).toBe(0);
    expect(
      changesFormControls(
        mutations(() => rows.replaceChildren()),
        lost,
      ),
    ).toBe(false);
    expect(asked).toBe(1);
    expect(
      changesFormControls(
        mutations(() => rows.replaceChildren()),
        () => true,
      ),
    ).toBe(false);
  });

  it('counts a removal that took a known control away, and any added control', () => {
    document.body.innerHTML = '<div id="rows"><p><input></p></div>';
    const rows = document.getElementById('rows') as HTMLElement;
    const input = rows.querySelector('input') as HTMLInputElement;
    expect(
      changesFormControls(
        mutations(() => rows.replaceChildren()),
        () => !input.isConnected,
      ),
    ).toBe(true);
    expect(
      changesFormControls(
        mutations(() => rows.append(document.createElement('textarea'))),
        () => false,
      ),
    ).toBe(true);
  });
});

describe('isFrameLoad', () => {
  it('takes a frame’s load, not an image’s', () => {
    const load = (tag: string) => {
      const target = document.createElement(tag);
      const event = new Event('load');
      Object.defineProperty(event, 'target', { value: target });
      return isFrameLoad(event);
    };
    expect(load('iframe')).toBe(true);
    expect(load('frame')).toBe(true);
    expect(load('img')).toBe(false);
  });
});
