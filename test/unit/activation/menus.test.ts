import { describe, expect, it } from 'vitest';
import { MENU_SITE, MENU_TEACH, type MenuDeps, onMenuClick } from '../../../lib/activation';

function deps(options: { grant: boolean; answersAfter: number }) {
  const calls: string[] = [];
  let asked = 0;
  const fake: MenuDeps = {
    requestPermission: async (origin) => {
      calls.push(`request ${origin}`);
      return options.grant;
    },
    openChooser: async (tabId) => {
      calls.push(`chooser ${tabId}`);
      return asked++ >= options.answersAfter;
    },
    startEngine: async (tabId) => {
      calls.push(`start ${tabId}`);
    },
    wait: async () => {},
  };
  return { fake, calls };
}

const pageUrl = 'http://10.12.3.4:8080/fpjc/edit.do';

describe('the context menu', () => {
  it('asks for the site, first thing, on "turn FillOnce on here"', async () => {
    const { fake, calls } = deps({ grant: true, answersAfter: 0 });
    await onMenuClick({ menuItemId: MENU_SITE, pageUrl, tabId: 3 }, fake);
    expect(calls).toEqual(['request http://10.12.3.4/*']);
  });

  it('opens the chooser where the engine runs', async () => {
    const { fake, calls } = deps({ grant: true, answersAfter: 0 });
    await onMenuClick({ menuItemId: MENU_TEACH, pageUrl, tabId: 3 }, fake);
    expect(calls).toEqual(['request http://10.12.3.4/*', 'chooser 3']);
  });

  it('starts the engine on a site just switched on, and waits for it to answer', async () => {
    const { fake, calls } = deps({ grant: true, answersAfter: 2 });
    await onMenuClick({ menuItemId: MENU_TEACH, pageUrl, tabId: 3 }, fake);
    expect(calls).toEqual(['request http://10.12.3.4/*', 'chooser 3', 'start 3', 'chooser 3', 'chooser 3']);
  });

  it('does nothing more when the person refuses, or on a page that is not a web page', async () => {
    const refused = deps({ grant: false, answersAfter: 0 });
    await onMenuClick({ menuItemId: MENU_TEACH, pageUrl, tabId: 3 }, refused.fake);
    expect(refused.calls).toEqual(['request http://10.12.3.4/*']);
    const local = deps({ grant: true, answersAfter: 0 });
    await onMenuClick({ menuItemId: MENU_TEACH, pageUrl: 'chrome://newtab/', tabId: 3 }, local.fake);
    expect(local.calls).toEqual([]);
  });
});
