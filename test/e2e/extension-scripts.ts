import type { Page } from 'playwright-core';

export interface ExtensionWorld {
  name: string;
  /** Whether the engine was put into this world (the background's claim, background.ts). */
  engine: boolean;
}

/**
 * The script worlds FillOnce has in a page, as Chromium's DevTools protocol lists them: every
 * content script, however it got there, runs in an isolated world of the extension's origin.
 */
export async function extensionWorlds(page: Page, extensionId: string): Promise<ExtensionWorld[]> {
  const cdp = await page.context().newCDPSession(page);
  const found: Array<{ id: number; name: string }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${extensionId}`) found.push({ id: context.id, name: context.name });
  });
  // Enabling reports every context that already exists.
  await cdp.send('Runtime.enable');
  await page.waitForTimeout(200);
  const worlds: ExtensionWorld[] = [];
  for (const { id, name } of found) {
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: id,
      expression: 'globalThis.fillOnceEngine === true',
      returnByValue: true,
    });
    worlds.push({ name, engine: result.value === true });
  }
  await cdp.detach();
  return worlds;
}

/** Whether FillOnce's engine runs in the page. */
export const engineRuns = async (page: Page, extensionId: string) =>
  (await extensionWorlds(page, extensionId)).some((world) => world.engine);
