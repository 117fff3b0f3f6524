import { type Browser, chromium } from 'playwright-core';
import { assertPrerequisites, CHROMIUM } from '../e2e/browser';

/** A plain headless Chromium, for benchmarks of page-side code that need no extension. */
export async function launchPlainChromium(): Promise<Browser> {
  assertPrerequisites();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
}
