import { mkdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_WIDGET_MODEL, type WidgetModel } from '../fixtures/widgets/data';
import {
  FILLED_MODEL,
  TYPED_ID_ONLY,
  WIDGET_ADDRESS,
  WIDGET_PERSON,
  widgetPersonLedgerCsv,
} from '../fixtures/widgets/person';
import { expectText } from './expect-text';
import { type E2ESession, startSession } from './session';
import { importLedger } from './steps';

const SCREENSHOTS = 'test-results/screenshots';

interface WidgetFixture {
  title: string;
  host: string;
  path: string;
  /** Where the form lives: the page, or its same-origin frame. */
  form(page: Page, session: E2ESession): Frame | null;
  /** The ID number box a person types into. */
  idSelector: string;
  /** Fields the ledger already answers: 11, or 13 where 省, 市 and 县 are three selects. */
  duplicates: number;
  /** The part of the address its 现居住地址 asks for. */
  address: keyof typeof WIDGET_ADDRESS;
  /**
   * Whether the page lets a ticked radio button be unticked. Element's and Ant Design's
   * radio groups do not, by a person or by undo, so undo says so instead.
   */
  radioClears: boolean;
  /** Where FillOnce draws its panel: the page, or a frameset's main frame. */
  inFrameset?: boolean;
  /** A same-origin copy of the form from the second port sits beside it, and must stay empty. */
  foreignCopy?: boolean;
}

const inPage = (page: Page) => page.mainFrame();
const framework = (title: string, host: string): WidgetFixture => ({
  title,
  host,
  path: '/form/',
  form: inPage,
  idSelector: '[placeholder="18 位居民身份证号码"]',
  duplicates: 11,
  address: 'whole',
  radioClears: false,
});

const FIXTURES: WidgetFixture[] = [
  framework('Element UI (Vue 2)', 'elementui'),
  { ...framework('Element Plus (Vue 3)', 'elplus'), address: 'belowCounty' },
  framework('Ant Design (React)', 'antd'),
  framework('Ant Design Vue', 'antdv'),
  { ...framework('layui', 'layui'), duplicates: 13, radioClears: true },
  {
    title: 'a legacy table form in a same-origin iframe',
    host: 'legacy',
    path: '/',
    form: (page, session) => sameOriginForm(page, session),
    idSelector: '[name=sfzh]',
    duplicates: 13,
    address: 'belowCounty',
    radioClears: true,
    foreignCopy: true,
  },
  {
    title: 'a legacy table form in a frameset, the panel drawn in its main frame',
    host: 'legacy',
    path: '/frameset.html',
    form: (page, session) => sameOriginForm(page, session),
    idSelector: '[name=sfzh]',
    duplicates: 13,
    address: 'belowCounty',
    radioClears: true,
    inFrameset: true,
  },
];

function sameOriginForm(page: Page, session: E2ESession): Frame | null {
  const origin = session.server.origin('legacy');
  return page.frames().find((candidate) => candidate.url() === `${origin}/form.html`) ?? null;
}

function readModel(frame: Frame): Promise<WidgetModel> {
  return frame.evaluate(() => (window as unknown as { __readModel(): WidgetModel }).__readModel());
}

let session: E2ESession;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await startSession();
  const options = await session.context.newPage();
  await importLedger(options, session.extensionId, {
    name: 'widget-ledger.csv',
    buffer: Buffer.from(widgetPersonLedgerCsv(), 'utf8'),
  });
  await options.close();
});
afterAll(() => session?.close());

describe('全部填入 fills every widget so its framework holds the value, and 撤销 puts back what was there', () => {
  for (const fixture of FIXTURES) {
    it(fixture.title, async () => {
      const page = await session.context.newPage();
      await page.goto(`${session.server.origin(fixture.host)}${fixture.path}`);
      await expect.poll(() => fixture.form(page, session) !== null).toBe(true);
      const form = fixture.form(page, session) as Frame;
      const ui = fixture.inFrameset ? form : page.mainFrame();
      await ui.getByTestId('fillonce-panel').waitFor();
      await form.locator(fixture.idSelector).pressSequentially(WIDGET_PERSON.idNumber);
      await expectText(ui.getByTestId('fillonce-duplicate-count'), String(fixture.duplicates));
      await expect(readModel(form)).resolves.toEqual(TYPED_ID_ONLY);

      await ui.getByTestId('fillonce-fill-all').click();
      const filled = { ...FILLED_MODEL, address: WIDGET_ADDRESS[fixture.address] };
      await expect.poll(() => readModel(form), { timeout: 10_000 }).toEqual(filled);
      const shot = `${fixture.host}${fixture.inFrameset ? '-frameset' : ''}`;
      await page.screenshot({ path: `${SCREENSHOTS}/widgets-${shot}.zh_CN.png`, fullPage: !fixture.inFrameset });
      if (fixture.foreignCopy) {
        const origin = session.server.secondOrigin(fixture.host);
        const foreign = page.frames().find((frame) => frame.url().startsWith(origin)) as Frame;
        // The same form from another origin, embedded beside it: never read, never filled.
        await expect(readModel(foreign)).resolves.toEqual(EMPTY_WIDGET_MODEL);
      }

      await ui.getByTestId('fillonce-undo').click();
      const restored = fixture.radioClears ? TYPED_ID_ONLY : { ...TYPED_ID_ONLY, sex: filled.sex };
      await expect.poll(() => readModel(form), { timeout: 10_000 }).toEqual(restored);
      const undone = ui.getByTestId('fillonce-toast').locator('span').first();
      const all = fixture.duplicates;
      if (fixture.radioClears) await expectText(undone, `已还原 ${all} 项`);
      else await expectText(undone, `已还原 ${all - 1} 项 · 性别 无法还原：选中后页面不允许清空，请核对`);
      await page.close();
    });
  }
});

describe('what the person chose first is kept, overwritten only when asked, and restored by 撤销', () => {
  const CHOSEN = { ...TYPED_ID_ONLY, sex: '1', ethnicity: '汉族' };
  /** Filled, but for what the person chose themselves. */
  const keptModel = (fixture: WidgetFixture) => ({
    ...FILLED_MODEL,
    address: WIDGET_ADDRESS[fixture.address],
    sex: CHOSEN.sex,
    ethnicity: CHOSEN.ethnicity,
  });

  /** A person picks 男 and 汉族 by hand, the way they would before FillOnce offers anything. */
  async function chooseByHand(page: Page, fixture: WidgetFixture): Promise<void> {
    const form = page.mainFrame();
    await form
      .locator('label', { hasText: /^\s*男\s*$/ })
      .first()
      .click();
    const input = form.locator(fixture.host === 'antd' ? '#register_ethnicity' : '#info-ethnicity');
    await form.locator('.el-select, .ant-select').filter({ has: input }).click();
    await page
      .locator('.el-select-dropdown__item:visible, .ant-select-item-option', { hasText: /^汉族$/ })
      .first()
      .click();
  }

  for (const fixture of FIXTURES.filter((candidate) => ['elplus', 'antd'].includes(candidate.host))) {
    it(fixture.title, async () => {
      const page = await session.context.newPage();
      await page.goto(`${session.server.origin(fixture.host)}${fixture.path}`);
      await page.getByTestId('fillonce-panel').waitFor();
      await page.locator(fixture.idSelector).pressSequentially(WIDGET_PERSON.idNumber);
      await expectText(page.getByTestId('fillonce-duplicate-count'), String(fixture.duplicates));
      await chooseByHand(page, fixture);
      await expect.poll(() => readModel(page.mainFrame())).toEqual(CHOSEN);

      await page.getByTestId('fillonce-fill-all').click();
      await expect.poll(() => readModel(page.mainFrame()), { timeout: 10_000 }).toEqual(keptModel(fixture));
      await page.getByTestId('fillonce-overwrite').click();
      await expect
        .poll(() => readModel(page.mainFrame()), { timeout: 10_000 })
        .toEqual({ ...FILLED_MODEL, address: WIDGET_ADDRESS[fixture.address] });

      // 撤销 takes back the overwrite, the last fill: the person's own 男 and 汉族 return.
      await page.getByTestId('fillonce-undo').click();
      await expect.poll(() => readModel(page.mainFrame()), { timeout: 10_000 }).toEqual(keptModel(fixture));
      await page.close();
    });
  }
});
