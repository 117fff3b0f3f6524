import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PEOPLE } from '../fixtures/sample-people';
import { type E2ESession, startSession } from './session';
import { submitFanpin } from './steps';

const person = SAMPLE_PEOPLE[0] as (typeof SAMPLE_PEOPLE)[0];
let session: E2ESession;
const trapResults: Array<{ trap: string; value: string }> = [];

beforeAll(async () => {
  session = await startSession();
  const page = await session.context.newPage();
  await submitFanpin(page, session.portalUrl('fanpin'), person);
  await page.close();
});
afterAll(async () => {
  const filled = trapResults.filter((result) => result.value !== '');
  console.log(`trap suite: ${filled.length} fills into ${trapResults.length} trap fields`);
  await session?.close();
});

/** The person types the ID number, then clicks 全部填入 with a real mouse at the button. */
async function typeIdThenClickFillAll(page: Page, form: Frame = page.mainFrame()): Promise<void> {
  await form.locator('#sfzh').pressSequentially(person.idNumber);
  const button = form.getByTestId('fillonce-fill-all');
  await button.waitFor();
  await expect.poll(() => button.isEnabled()).toBe(true);
  const box = await button.boundingBox();
  if (!box) throw new Error('no fill button on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(800);
}

async function recordTraps(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    for (const trap of await frame.locator('.trap').all()) {
      trapResults.push({ trap: (await trap.getAttribute('data-trap')) ?? '?', value: await trap.inputValue() });
    }
  }
}

const trapsUrl = (path: string) => `${session.server.origin('traps')}${path}`;

describe('trap pages: nothing is ever written into a field a person cannot see', () => {
  it('fills the visible field and none of the hidden, transparent, off-screen, covered, tiny or clipped ones', async () => {
    const page = await session.context.newPage();
    await page.goto(trapsUrl('/fields.html'));
    await typeIdThenClickFillAll(page);
    await expect.poll(() => page.locator('#visible-name').inputValue()).toBe(person.name);
    await recordTraps(page);
    expect(trapResults.filter((result) => result.value !== '')).toEqual([]);
  });

  it('refuses to act through a transparent page', async () => {
    const page = await session.context.newPage();
    await page.goto(trapsUrl('/transparent-body.html'));
    await typeIdThenClickFillAll(page);
    await recordTraps(page);
    expect(trapResults.filter((result) => result.value !== '')).toEqual([]);
  });

  it('refuses to act through a frameset that fades the frame the panel is drawn in', async () => {
    const page = await session.context.newPage();
    await page.goto(trapsUrl('/transparent-frameset.html'));
    await expect.poll(() => page.frames().length).toBe(2);
    const form = page.frames()[1] as Frame;
    await form.getByTestId('fillonce-panel').waitFor();
    await typeIdThenClickFillAll(page, form);
    await recordTraps(page);
    expect(trapResults.filter((result) => result.value !== '')).toEqual([]);
  });

  it('refuses a click that reached the panel under the page’s popover', async () => {
    const page = await session.context.newPage();
    await page.goto(trapsUrl('/popover.html'));
    await typeIdThenClickFillAll(page);
    await recordTraps(page);
    expect(trapResults.filter((result) => result.value !== '')).toEqual([]);
  });

  it('never fills into a cross-origin frame, while filling its own page', async () => {
    const page = await session.context.newPage();
    await page.goto(trapsUrl('/iframe.html'));
    await page.frameLocator('#other').locator('input').first().waitFor();
    await typeIdThenClickFillAll(page);
    await expect.poll(() => page.locator('#visible-name').inputValue()).toBe(person.name);
    await recordTraps(page);
    expect(trapResults.filter((result) => result.value !== '')).toEqual([]);
    expect(trapResults.length).toBeGreaterThanOrEqual(15);
  });
});
