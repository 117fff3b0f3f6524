import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PEOPLE } from '../fixtures/sample-people';
import { expectText } from './expect-text';
import { type E2ESession, startSession } from './session';
import { submitFanpin } from './steps';

const person = SAMPLE_PEOPLE[1] as (typeof SAMPLE_PEOPLE)[0];
let session: E2ESession;

beforeAll(async () => {
  session = await startSession();
  const page = await session.context.newPage();
  await submitFanpin(page, session.portalUrl('fanpin'), person);
  await page.close();
});
afterAll(() => session?.close());

describe('a portal FillOnce has no definition for', () => {
  it('reads a traditional-character, bilingual form by its labels, flags what was reported and fills it', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.origin('forms')}/zh/liudong-renkou.html`);
    await page.getByTestId('fillonce-panel').waitFor();
    await expectText(page.locator('[data-testid=fillonce-panel] .fo-portal'), '未登记的页面 · 按标签识别');
    await page.locator('#zjhm').pressSequentially(person.idNumber);
    // 中文姓名, 性別 (a radio group), 聯繫電話, 詳細地址.
    await expectText(page.getByTestId('fillonce-duplicate-count'), '4');
    await page.getByTestId('fillonce-fill-all').click();
    await expect.poll(() => page.locator('#zwxm').inputValue()).toBe(person.name);
    await expect(page.locator('#lxdh').inputValue()).resolves.toBe(person.tel);
    await expect(page.locator('#xxdz').inputValue()).resolves.toBe(person.address);
    // The radio button a person would click for 女, chosen by its GB/T 2261.1 code.
    await expect(page.locator('input[name=xb][value="2"]').isChecked()).resolves.toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/unlisted-traditional.zh_CN.png' });

    const popup = await session.openPopupFor(page);
    await expectText(popup.getByTestId('popup-portal'), '未登记的页面（按标签识别字段）');
    await expectText(popup.getByTestId('popup-duplicates'), '4');
  });
});
