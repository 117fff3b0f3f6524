import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until a locator's text equals the expected text, for UI that updates asynchronously. */
export async function expectText(locator: Locator, expected: string): Promise<void> {
  await expect.poll(async () => (await locator.textContent())?.trim(), { timeout: 10_000 }).toBe(expected);
}
