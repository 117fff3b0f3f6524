import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PEOPLE, type SamplePerson } from '../fixtures/sample-people';
import { type FixtureServer, startFixtureServer } from '../fixtures/server';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './firefox-browser';
import { todayInChinese } from './steps';

// The core path in Firefox ESR over WebDriver BiDi: capture on one portal, then flag, fill and
// undo on another. The Chromium tests (walk.e2e.ts) cover the same path with playwright-core;
// these helpers are their puppeteer equivalents.

const person = SAMPLE_PEOPLE[0] as SamplePerson;
let firefox: FirefoxWithExtension;
let server: FixtureServer;
/** Every URL the portal pages asked for, to prove none left the machine. */
const requested: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxWithExtension({ headless: true });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openPage(): Promise<Page> {
  const page = await firefox.browser.newPage();
  page.on('request', (request) => void requested.push(request.url()));
  return page;
}

/** FillOnce's UI lives in an open shadow root; `>>>` reaches into it as Playwright's getByTestId does. */
const ui = (testId: string, inner = '') => `>>> [data-testid="${testId}"] ${inner}`.trim();

function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((element) => element.textContent?.trim() ?? ''));
}

/** Waits until the first element the selector finds shows the text: the UI updates asynchronously. */
async function expectText(page: Page, selector: string, expected: string): Promise<void> {
  await expect.poll(async () => (await textsOf(page, selector))[0], { timeout: 10_000 }).toBe(expected);
}

/** Picks a native select's option by the text a person reads, as Playwright's selectOption({ label }) does. */
async function selectByLabel(page: Page, selector: string, label: string): Promise<void> {
  const value = await page.$eval(
    selector,
    (select, text) => [...(select as HTMLSelectElement).options].find((option) => option.text.trim() === text)?.value,
    label,
  );
  if (value === undefined) throw new Error(`${selector} has no option ${label}`);
  await page.select(selector, value);
}

/** A person fills in 防返贫监测户信息采集 by hand and submits it (steps.ts submitFanpin, in puppeteer). */
async function submitFanpin(page: Page): Promise<void> {
  await page.goto(`${server.origin('fanpin')}/collect/`);
  // The panel shows that the content script runs, so its submit listener sees the click below.
  await page.waitForSelector(ui('fillonce-panel'));
  await page.type('[name=xm]', person.name);
  await selectByLabel(page, '[name=xb]', person.sex);
  await page.type('[name=sfzh]', person.idNumber);
  await page.type('[name=lxdh]', person.tel);
  await page.type('[name=jtzz]', person.address);
  await page.type('[name=jtrks]', person.householdSize);
  await page.type('[name=jtnsr]', person.annualIncome);
  await selectByLabel(page, '[name=jclx]', '边缘易致贫户');
  await page.type('[name=fxms]', '家中主要劳动力因病无法务工');
  await Promise.all([page.waitForNavigation(), page.click('#btnSubmit')]);
  expect(new URL(page.url()).pathname).toBe('/collect/done');
}

/** A person opens 低保申请 and, once the panel is there, types the applicant's ID number. */
async function startDibao(page: Page): Promise<void> {
  await page.goto(`${server.origin('dibao')}/apply/`);
  await page.waitForSelector(ui('fillonce-panel'));
  await page.type('#apply-id-number', person.idNumber);
}

/** The Element Plus portal's own Vue form model, not the DOM. */
function dibaoModel(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({ ...(window as unknown as { __model: Record<string, string> }).__model }));
}

/** A real pointer click through BiDi input actions: the page sees a trusted event, as FillOnce requires. */
function press(page: Page, testId: string): Promise<void> {
  return page.locator(ui(testId)).click();
}

// What the person typed on 防返贫, in 低保's model keys: the 低保 form asks no sex and no 监测类型.
const filled = {
  name: person.name,
  idNumber: person.idNumber,
  phone: person.tel,
  address: person.address,
  householdSize: person.householdSize,
  annualIncome: person.annualIncome,
  reason: '',
};
// Before the fill the person had typed only the ID number.
const beforeFill = { ...filled, name: '', phone: '', address: '', householdSize: '', annualIncome: '' };

describe('Firefox ESR: submit on portal A, get flagged, filled and undone on portal B', () => {
  it('captures the submitted 防返贫 form', async () => {
    const page = await openPage();
    await submitFanpin(page);
    await expectText(page, ui('fillonce-toast', 'span'), '已保存 7 项');
    await page.close();
  });

  it('flags the 低保 fields already reported, with where and when', async () => {
    const page = await openPage();
    await startDibao(page);
    await expectText(page, ui('fillonce-duplicate-count'), '5');
    await expect.poll(async () => (await textsOf(page, ui('fillonce-marker'))).length).toBe(5);
    await expectText(page, ui('fillonce-marker'), `已于 ${todayInChinese()} 在 防返贫监测户信息采集 填报`);
    await expectText(page, ui('fillonce-person', 'strong'), person.name);
    await page.close();
  });

  it('ignores a click the page forges on 全部填入', async () => {
    const page = await openPage();
    await startDibao(page);
    await expectText(page, ui('fillonce-duplicate-count'), '5');
    await page.$eval(ui('fillonce-fill-all'), (button) => (button as HTMLElement).click());
    await expectText(page, ui('fillonce-toast', 'span'), '请直接点击按钮填入（页面可能遮挡了面板）');
    expect(await dibaoModel(page)).toEqual(beforeFill);
    await page.close();
  });

  it('fills all into the Vue model on a click, and undo restores what was there', async () => {
    const page = await openPage();
    await startDibao(page);
    await expectText(page, ui('fillonce-duplicate-count'), '5');
    await expect.poll(() => dibaoModel(page)).toEqual(beforeFill);

    await press(page, 'fillonce-fill-all');
    await expect.poll(() => dibaoModel(page)).toEqual(filled);

    await press(page, 'fillonce-undo');
    await expect.poll(() => dibaoModel(page)).toEqual(beforeFill);
    await page.close();
  });

  it('sent no page request off the machine', () => {
    const remote = requested.filter((url) => /^https?:/.test(url) && !new URL(url).hostname.endsWith('.localhost'));
    expect(requested.length).toBeGreaterThan(0);
    expect(remote).toEqual([]);
  });
});
