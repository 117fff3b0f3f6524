import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PEOPLE } from '../fixtures/sample-people';
import { expectText } from './expect-text';
import { type E2ESession, startSession } from './session';
import { dibaoModel, startDibao, submitFanpin, todayInChinese } from './steps';

const SCREENSHOTS = 'test-results/screenshots';
const person = SAMPLE_PEOPLE[0] as (typeof SAMPLE_PEOPLE)[0];
let session: E2ESession;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await startSession();
});
afterAll(() => session?.close());

describe('the path a user walks: submit on portal A, get flagged and filled on portal B', () => {
  it('captures the submitted 防返贫 form and offers to undo it', async () => {
    const page = await session.context.newPage();
    await submitFanpin(page, session.portalUrl('fanpin'), person);
    const toast = page.getByTestId('fillonce-toast');
    await expectText(toast.locator('span').first(), '已保存 7 项');
    await expect(page.getByTestId('fillonce-capture-undo').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/capture-toast.zh_CN.png` });
    await page.close();
  });

  it('flags the 低保 fields already reported, with where and when', async () => {
    const page = await session.context.newPage();
    await page.goto(session.portalUrl('dibao'));
    await expectText(page.getByTestId('fillonce-duplicate-count'), '0');
    await startDibao(page, session.portalUrl('dibao'), person);
    await expectText(page.getByTestId('fillonce-duplicate-count'), '5');
    const markers = page.getByTestId('fillonce-marker');
    await expect.poll(() => markers.count()).toBe(5);
    await expectText(markers.first(), `已于 ${todayInChinese()} 在 防返贫监测户信息采集 填报`);
    await expectText(page.getByTestId('fillonce-person').locator('strong'), person.name);
    await page.screenshot({ path: `${SCREENSHOTS}/panel-flagged.zh_CN.png` });
    await page.close();
  });

  it('fills all into the Vue model, undoes back to empty, and the popup counts the time saved', async () => {
    const page = await session.context.newPage();
    await startDibao(page, session.portalUrl('dibao'), person);
    await expectText(page.getByTestId('fillonce-duplicate-count'), '5');

    await page.getByTestId('fillonce-fill-all').click();
    const filled = {
      name: person.name,
      idNumber: person.idNumber,
      phone: person.tel,
      address: person.address,
      householdSize: person.householdSize,
      annualIncome: person.annualIncome,
      reason: '',
    };
    await expect.poll(() => dibaoModel(page)).toEqual(filled);
    await page.screenshot({ path: `${SCREENSHOTS}/panel-filled.zh_CN.png` });

    await page.getByTestId('fillonce-undo').click();
    const empty = {
      name: '',
      idNumber: person.idNumber,
      phone: '',
      address: '',
      householdSize: '',
      annualIncome: '',
      reason: '',
    };
    await expect.poll(() => dibaoModel(page)).toEqual(empty);

    await page.getByTestId('fillonce-fill-all').click();
    await expect.poll(() => dibaoModel(page)).toEqual(filled);

    const popup = await session.openPopupFor(page);
    await expectText(popup.getByTestId('popup-portal'), '低保申请');
    await expectText(popup.getByTestId('popup-duplicates'), '5');
    await expectText(popup.getByTestId('popup-filled'), '5');
    await expect.poll(async () => popup.getByTestId('popup-time-saved').textContent()).toMatch(/^[1-9]\d* (秒|分)/);
    await popup.screenshot({ path: `${SCREENSHOTS}/popup.zh_CN.png` });
    const [records] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.getByTestId('popup-open-records').click(),
    ]);
    await records.waitForURL(/options\.html/);
  });
});
