import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PEOPLE } from '../fixtures/sample-people';
import { expectText } from './expect-text';
import { type E2ESession, startSession } from './session';
import { startDibao, submitFanpin } from './steps';

const [zhang, li] = SAMPLE_PEOPLE as [(typeof SAMPLE_PEOPLE)[0], (typeof SAMPLE_PEOPLE)[0]];
let session: E2ESession;

beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

describe('capture and finding people', () => {
  it('forgets a capture when the person presses 撤销 on its toast', async () => {
    const page = await session.context.newPage();
    await submitFanpin(page, session.portalUrl('fanpin'), li);
    await page.getByTestId('fillonce-capture-undo').click();
    await expectText(page.getByTestId('fillonce-toast').locator('span').first(), '已撤销保存');

    await startDibao(page, session.portalUrl('dibao'), li);
    await expectText(page.getByTestId('fillonce-panel').locator('.fo-hint').last(), '尚无此人的记录，提交后将自动保存');
    await expectText(page.getByTestId('fillonce-duplicate-count'), '0');
  });

  it('finds a person by name in the panel when the form asks for the ID number later', async () => {
    const page = await session.context.newPage();
    await submitFanpin(page, session.portalUrl('fanpin'), zhang);
    await page.goto(session.portalUrl('dibao'));
    await page.getByTestId('fillonce-person-search').pressSequentially('张三');
    await page.getByTestId('fillonce-person-result').first().click();
    await expectText(page.getByTestId('fillonce-person').locator('strong'), zhang.name);
    await expectText(page.getByTestId('fillonce-duplicate-count'), '5');
    await expect(page.getByTestId('fillonce-person').textContent()).resolves.not.toContain(zhang.idNumber);
  });

  it('does not capture a submit the portal rejected', async () => {
    const page = await session.context.newPage();
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.goto(session.portalUrl('fanpin'));
    await page.locator('[name=sfzh]').pressSequentially(li.idNumber);
    await page.locator('#btnSubmit').click();
    await page.waitForTimeout(1500);
    expect(page.url()).toContain('/collect/');
    await expect(page.getByTestId('fillonce-toast').count()).resolves.toBe(0);
  });
});

describe('a single-page form FillOnce has no definition for', () => {
  it('asks before saving a submit it saw confirmed in place, and saves on 保存', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.origin('minsheng')}/report/`);
    await page.locator('#name').pressSequentially(li.name);
    await page.locator('#idno').pressSequentially(li.idNumber);
    await page.locator('#phone').pressSequentially('13655556666');
    await page.locator('#address').pressSequentially(li.address);
    await page.locator('#submit').click();
    await page.getByTestId('fillonce-capture-save').click();
    await expectText(page.getByTestId('fillonce-toast').locator('span').first(), '已保存 4 项');
  });
});
