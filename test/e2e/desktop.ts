import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/**
 * A real X display for what only a person can do: the browser's own context menu and its
 * permission prompt are not part of any page, and headless Chromium shows neither. Xvfb draws
 * them; xdotool moves the pointer and presses keys as a person would.
 */
export interface Desktop {
  env: Record<string, string>;
  stop(): void;
}

export function assertDesktopPrerequisites(): void {
  for (const tool of ['/usr/bin/Xvfb', '/usr/bin/xdotool']) {
    if (!existsSync(tool)) throw new Error(`${tool} not found. Install it with: sudo apt-get install -y xvfb xdotool`);
  }
}

export async function startDesktop(): Promise<Desktop> {
  assertDesktopPrerequisites();
  const display = `:${90 + Math.floor(Math.random() * 400)}`;
  const server: ChildProcess = spawn('/usr/bin/Xvfb', [display, '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  await new Promise((resume) => setTimeout(resume, 500));
  return { env: { DISPLAY: display }, stop: () => server.kill() };
}

const xdotool = (desktop: Desktop, ...args: string[]) =>
  execFileSync('/usr/bin/xdotool', args, { env: { ...process.env, ...desktop.env } });

/** Where the page's viewport is on the screen: read off a real pointer move, not guessed from the window's frame. */
async function viewportOnScreen(desktop: Desktop, page: Page): Promise<{ x: number; y: number }> {
  const seen = page.evaluate(
    () =>
      new Promise<{ x: number; y: number }>((resume) =>
        addEventListener(
          'mousemove',
          (event) => resume({ x: event.screenX - event.clientX, y: event.screenY - event.clientY }),
          {
            once: true,
            capture: true,
          },
        ),
      ),
  );
  const guess = await page.evaluate(() => ({ x: screenX + 40, y: screenY + outerHeight - innerHeight + 40 }));
  xdotool(desktop, 'mousemove', String(guess.x), String(guess.y));
  xdotool(desktop, 'mousemove', String(guess.x + 5), String(guess.y + 5));
  return seen;
}

/** Right-clicks an element or the page, then picks the menu item by its access key. */
export async function contextMenuItem(desktop: Desktop, page: Page, target: Locator, accessKey: string): Promise<void> {
  await page.bringToFront();
  const origin = await viewportOnScreen(desktop, page);
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to right-click: the target is not shown');
  const x = Math.round(origin.x + box.x + Math.min(box.width / 2, 40));
  const y = Math.round(origin.y + box.y + box.height / 2);
  xdotool(desktop, 'mousemove', String(x), String(y), 'click', '3');
  await page.waitForTimeout(700);
  xdotool(desktop, 'key', accessKey);
}

/** Accepts the browser's "FillOnce wants to…" prompt: focus starts on Deny, so Tab to Allow. */
export async function acceptPermissionPrompt(desktop: Desktop, page: Page): Promise<void> {
  await page.waitForTimeout(1500);
  xdotool(desktop, 'key', 'Tab', 'Return');
}
