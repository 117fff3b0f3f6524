import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PEOPLE } from '../fixtures/sample-people';
import { expectText } from './expect-text';
import { type E2ESession, startSession } from './session';
import { dibaoModel, startDibao, submitFanpin } from './steps';

const person = SAMPLE_PEOPLE[2] as (typeof SAMPLE_PEOPLE)[0];
let session: E2ESession;

beforeAll(async () => {
  session = await startSession();
  const page = await session.context.newPage();
  await submitFanpin(page, session.portalUrl('fanpin'), person);
  await page.close();
});
afterAll(() => session?.close());

describe('fill safety', () => {
  it('never overwrites what the person typed without asking, and overwrites when asked to', async () => {
    const page = await session.context.newPage();
    await startDibao(page, session.portalUrl('dibao'), person);
    await page.locator('#apply-phone').pressSequentially('13511112222');
    await expectText(page.getByTestId('fillonce-duplicate-count'), '5');
    await page.getByTestId('fillonce-fill-all').click();
    await expect.poll(() => dibaoModel(page)).toMatchObject({ phone: '13511112222', name: person.name });
    await expectText(
      page.getByTestId('fillonce-toast').locator('span').first(),
      '已填入 4 项 · 1 项已有您填写的内容，未覆盖',
    );
    // Asked, the person chooses to overwrite: only then does the held value replace theirs.
    await page.getByTestId('fillonce-overwrite').click();
    await expect.poll(() => dibaoModel(page)).toMatchObject({ phone: person.tel });
  });

  it('ignores a click the page forges on the panel', async () => {
    const page = await session.context.newPage();
    await startDibao(page, session.portalUrl('dibao'), person);
    await expectText(page.getByTestId('fillonce-duplicate-count'), '5');
    await page.evaluate(() => {
      const host = document.querySelector('fillonce-ui');
      (host?.shadowRoot?.querySelector('[data-testid="fillonce-fill-all"]') as HTMLElement | null)?.click();
    });
    await expectText(
      page.getByTestId('fillonce-toast').locator('span').first(),
      '请直接点击按钮填入（页面可能遮挡了面板）',
    );
    expect(await dibaoModel(page)).toMatchObject({ name: '', phone: '', address: '' });
  });

  it('does not look a person up from an ID number the page types itself', async () => {
    const page = await session.context.newPage();
    await page.goto(session.portalUrl('dibao'));
    await page.getByTestId('fillonce-panel').waitFor();
    await page.evaluate((idNumber) => {
      (window as unknown as { __model: Record<string, string> }).__model.idNumber = idNumber;
      const input = document.querySelector<HTMLInputElement>('#apply-id-number');
      input?.dispatchEvent(new Event('input', { bubbles: true }));
    }, person.idNumber);
    await page.waitForTimeout(1000);
    await expectText(page.getByTestId('fillonce-duplicate-count'), '0');
    await expect(page.getByTestId('fillonce-marker').count()).resolves.toBe(0);
  });
});

describe('the keyboard command', () => {
  it('fills through the same path the Alt+Shift+F command takes from the background', async () => {
    const page = await session.context.newPage();
    await startDibao(page, session.portalUrl('dibao'), person);
    await expectText(page.getByTestId('fillonce-duplicate-count'), '5');
    await page.bringToFront();
    // Headless Chromium has no browser UI to receive the shortcut, so send what its handler sends.
    const reply = await session.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: {
            query(q: object): Promise<Array<{ id?: number }>>;
            sendMessage(id: number, m: object): Promise<unknown>;
          };
        };
      };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'backgroundToContent:fillAll', payload: {} });
    });
    expect(reply).toEqual({ ok: true, data: { filled: 5 } });
    await expect.poll(() => dibaoModel(page)).toMatchObject({ name: person.name, phone: person.tel });
  });
});
