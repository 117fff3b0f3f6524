import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BlindPage, blindPages } from '../fixtures/blind/gold';
import { BLIND_HOUSEHOLD } from '../fixtures/blind/household';
import { type FillVerdict, judgeFill, notRestored } from '../fixtures/blind/judge';
import { submitHousehold } from '../fixtures/blind/submit-household';
import { type E2ESession, startSession } from './session';

const SCREENSHOTS = 'test-results/screenshots';
const PAGES = blindPages();

interface Row {
  page: BlindPage;
  verdict: FillVerdict;
  unrestored: string[];
  /** Fields the undo toast named as ones it could not clear. */
  declared: number;
}

/** `已还原 9 项 · 性别、民族 无法还原：…` → 2. */
function declaredUnrestorable(toast: string): number {
  const named = /·\s*(.+?)\s*无法还原/.exec(toast)?.[1];
  return named ? named.split('、').length : 0;
}

const rows: Row[] = [];
let session: E2ESession;

beforeAll(async () => {
  session = await startSession();
  const page = await session.context.newPage();
  await submitHousehold(page, `${session.server.origin('household')}/collect/`);
  await page.getByTestId('fillonce-capture-save').click();
  await page.getByTestId('fillonce-toast').filter({ hasText: '已保存' }).waitFor();
  await page.close();
}, 60_000);

afterAll(async () => {
  console.log(blindTable(rows));
  await session?.close();
});

function readModel(frame: Frame): Promise<unknown> {
  return frame.evaluate(() => (window as unknown as { __readModel(): unknown }).__readModel());
}

/** The frame a page's form lives in: the page itself, or the same-origin frame its gold names. */
async function formFrame(page: Page, blind: BlindPage): Promise<Frame> {
  const inFrame = () => page.frames().find((frame) => frame.url().endsWith(blind.gold.frame as string)) ?? null;
  const frame = blind.gold.frame ? await poll(inFrame) : page.mainFrame();
  await frame.waitForFunction(() => typeof (window as unknown as { __readModel?: unknown }).__readModel === 'function');
  return frame;
}

/** Where FillOnce drew its panel: the page, or a frameset's largest frame. */
function panelFrame(page: Page): Promise<Frame> {
  return poll(async () => {
    for (const frame of page.frames()) {
      if (await frame.getByTestId('fillonce-panel').count()) return frame;
    }
    return null;
  });
}

async function poll<T>(find: () => T | null | Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resume) => setTimeout(resume, 100));
  }
}

/** Waits until the model has not changed for `quietMs`: driven widgets finish at their own pace. */
async function settledModel(frame: Frame, quietMs = 800, timeoutMs = 20_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify(await readModel(frame));
  let since = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resume) => setTimeout(resume, 100));
    const now = JSON.stringify(await readModel(frame));
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) break;
  }
  return JSON.parse(last);
}

describe('the household captured on 户籍家庭信息采集, as the records manager shows it', () => {
  it('links the head and her three members to one household, each with the relation the form gave', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('options-nav-records').click();
    await options.getByTestId('options-search').fill(BLIND_HOUSEHOLD.head.name);
    await options.getByTestId('options-result').first().click();
    // The search may list the household itself, or the head, whose page links her household.
    const households = options.getByTestId('options-households');
    const members = options.getByTestId('options-members');
    await expect.poll(async () => (await households.count()) + (await members.count())).toBeGreaterThan(0);
    if ((await members.count()) === 0) await households.getByRole('button').first().click();
    const rows = members.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const listed = (await rows.allTextContents()).map((text) => text.replace(/\s+/g, ''));
    for (const person of [BLIND_HOUSEHOLD.head, ...BLIND_HOUSEHOLD.members]) {
      const relation = person.relation === '户主' ? '' : person.relation;
      expect(listed.some((row) => row.startsWith(person.name) && row.endsWith(relation))).toBe(true);
    }
    await options.close();
  });
});

describe('on portals written blind, the household captured once fills every field already held', () => {
  it('has blind batches to run', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(6);
  });

  for (const blind of PAGES) {
    it(`batch ${blind.batch} · ${blind.slug} (${blind.gold.library}): ${blind.gold.title}`, async () => {
      const page = await session.context.newPage();
      await page.goto(`${session.server.origin(blind.host)}/`);
      const form = await formFrame(page, blind);
      const ui = await panelFrame(page);
      await form.locator(blind.gold.idSelector).first().pressSequentially(BLIND_HOUSEHOLD.head.idNumber);
      // A page where nothing is flagged is still scored: it fills nothing, and says so.
      await poll(() => ui.getByTestId('fillonce-duplicate-count').count()).catch(() => 0);
      const before = await settledModel(form, 300);

      await ui.getByTestId('fillonce-fill-all').click();
      await ui.getByTestId('fillonce-toast').waitFor();
      const after = await settledModel(form);
      const verdict = judgeFill(blind.gold, before, after, new Date());
      await page.screenshot({ path: `${SCREENSHOTS}/blind-${blind.host}.zh_CN.png`, fullPage: true });

      let unrestored: string[] = [];
      let declared = 0;
      if (await ui.getByTestId('fillonce-undo').isEnabled()) {
        await ui.getByTestId('fillonce-undo').click();
        const toast = ui.getByTestId('fillonce-toast').locator('span').first();
        await expect.poll(() => toast.textContent(), { timeout: 20_000 }).toMatch(/^已还原/);
        unrestored = notRestored(blind.gold, before, await settledModel(form));
        declared = declaredUnrestorable((await toast.textContent()) ?? '');
      }
      rows.push({ page: blind, verdict, unrestored, declared });
      await page.close();

      expect(verdict.wrong).toEqual([]);
      // Undo puts back every field, or names the ones the page will not let anybody clear.
      expect(unrestored.length).toBeLessThanOrEqual(declared);
    });
  }
});

/**
 * Fields left empty are the honest figure, not a failure of one page; but the whole must not
 * slip back below what the engine reached when issue #9 closed (423 of 472, 90%).
 */
const MIN_FILLED_SHARE = 0.85;

describe('over all blind portals', () => {
  it(`fills at least ${MIN_FILLED_SHARE * 100}% of the fields they share with the capture`, () => {
    expect(rows.length).toBe(PAGES.length);
    const shared = rows.reduce((total, row) => total + row.verdict.shared.length, 0);
    const correct = rows.reduce((total, row) => total + row.verdict.correct.length, 0);
    expect(correct / shared).toBeGreaterThanOrEqual(MIN_FILLED_SHARE);
  });
});

function blindTable(results: readonly Row[]): string {
  const lines = [
    '| batch | portal | library | shared | filled correctly | wrong | left empty | not restored by 撤销 (named in its toast) |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const { page, verdict, unrestored, declared } of results) {
    lines.push(
      `| ${page.batch} | ${page.slug} | ${page.gold.library} | ${verdict.shared.length} | ${verdict.correct.length} | ${verdict.wrong.length} | ${verdict.empty.length} | ${unrestored.length} (${declared}) |`,
    );
  }
  const sum = (pick: (row: Row) => number) => results.reduce((total, row) => total + pick(row), 0);
  lines.push(
    `| all | | | ${sum((row) => row.verdict.shared.length)} | ${sum((row) => row.verdict.correct.length)} | ${sum((row) => row.verdict.wrong.length)} | ${sum((row) => row.verdict.empty.length)} | ${sum((row) => row.unrestored.length)} (${sum((row) => row.declared)}) |`,
  );
  const details = results.flatMap(({ page, verdict, unrestored }) => [
    ...verdict.wrong.map(
      (wrong) =>
        `  wrong ${page.host} ${wrong.path}: ${JSON.stringify(wrong.found)} (want ${JSON.stringify(wrong.expected)})`,
    ),
    ...verdict.empty.map((path) => `  empty ${page.host} ${path}`),
    ...unrestored.map((path) => `  not restored ${page.host} ${path}`),
  ]);
  return `\nblind portals:\n${lines.join('\n')}\n${details.join('\n')}`;
}
