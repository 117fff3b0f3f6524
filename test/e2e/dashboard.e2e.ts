import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FillEvent, Submission } from '../../lib/records';
import { computeDashboard, statsJson } from '../../lib/stats';
import { A, at, B, submission } from '../fixtures/stats/history';
import { seedRecords } from '../fixtures/stats/seed-records';
import { expectText } from './expect-text';
import { type E2ESession, startSession } from './session';

const SCREENSHOTS = 'test-results/screenshots';

// Two portals, two people, four submissions and three fills (one undone): every figure below
// is worked out by hand from these.
const HOUR = 3_600_000;
const SUBMISSIONS = [
  submission(A, at(10, 5), ['p1', 'h1'], ['name', 'id-number', 'tel', 'household.size'], [], 2 * HOUR),
  submission(B, at(10, 12), ['p1'], ['name', 'id-number', 'tel', 'bank.account'], ['name', 'id-number'], HOUR),
  submission(
    A,
    at(11, 2),
    ['p1', 'h1'],
    ['name', 'id-number', 'tel', 'household.size', 'bank.account'],
    ['name', 'id-number', 'tel'],
    null,
  ),
  submission(B, at(11, 3), ['p2'], ['name', 'id-number'], [], HOUR / 2),
];
const FILLS: FillEvent[] = [
  { source: B, at: at(10, 12), keys: ['name', 'id-number'], secondsSaved: 3600, undone: false },
  { source: A, at: at(11, 2), keys: ['name', 'id-number', 'tel'], secondsSaved: 1800, undone: false },
  { source: A, at: at(11, 2), keys: ['name'], secondsSaved: 9999, undone: true },
];

const person = (id: string, displayName: string, idNumber: string) => ({
  id,
  kind: 'person',
  identifiers: [`id-number:${idNumber}`],
  displayName,
  createdAt: at(10, 1),
  updatedAt: at(10, 1),
});
const ENTITIES = [
  person('p1', '张秀英', '522634196807120423'),
  person('p2', '李国华', '522634197003150318'),
  {
    id: 'h1',
    kind: 'household',
    identifiers: ['household-of:522634196807120423'],
    displayName: '张秀英户',
    createdAt: at(10, 1),
    updatedAt: at(10, 1),
  },
];

const PHONE = '13985012345';
const FACT_SHEETS = [
  {
    entityId: 'p1',
    facts: [
      {
        id: 1,
        entityId: 'p1',
        key: 'tel',
        value: PHONE,
        normalized: PHONE,
        source: B,
        observedAt: at(10, 12),
        submissionId: 2,
      },
    ],
    searchValues: [`tel\u0001${PHONE}`],
    submissionIds: [2],
  },
];

let session: E2ESession;
let dashboard: Page;

const seed = (page: Page) =>
  seedRecords(page, { submissions: SUBMISSIONS, fills: FILLS, entities: ENTITIES, factSheets: FACT_SHEETS });

beforeAll(async () => {
  session = await startSession();
  dashboard = await session.context.newPage();
  await dashboard.setViewportSize({ width: 1280, height: 900 });
  // The first visit asks the background for the events, which creates the records if need be.
  await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
  await dashboard.getByTestId('dashboard-submissions').waitFor();
  await seed(dashboard);
  await dashboard.reload();
});
afterAll(() => session?.close());

describe('the statistics page, on a seeded history', () => {
  it('shows the headline figures: submissions, the share already reported elsewhere, hours spent and saved', async () => {
    await expectText(dashboard.getByTestId('dashboard-submissions'), '4');
    // 7 of the 15 fields asked had been reported to the other portal first.
    await expectText(dashboard.getByTestId('dashboard-duplicate-share'), '46.7%');
    // 2 h + 1 h + 0.5 h measured; the submission with no measured time adds nothing.
    await expectText(dashboard.getByTestId('dashboard-hours-spent'), '3.5');
    // 1 h + 0.5 h; the undone fill saves nothing.
    await expectText(dashboard.getByTestId('dashboard-hours-saved'), '1.5');
    await dashboard.screenshot({ path: `${SCREENSHOTS}/dashboard.zh_CN.png`, fullPage: true });
    await dashboard.emulateMedia({ media: 'print' });
    await dashboard.screenshot({ path: `${SCREENSHOTS}/dashboard-print.zh_CN.png`, fullPage: true });
    await dashboard.emulateMedia({ media: 'screen' });
  });

  it('narrows every figure to the dates chosen', async () => {
    await dashboard.locator('input[type=date]').first().fill('2026-11-01');
    await expectText(dashboard.getByTestId('dashboard-submissions'), '2');
    // S3 still counts the four fields reported before November began: 4 of 7.
    await expectText(dashboard.getByTestId('dashboard-duplicate-share'), '57.1%');
    // The printed report says what it covers.
    await expectText(
      dashboard.getByTestId('dashboard-print-scope'),
      '统计期间：2026-11-01 至 今 · 全部平台 · 全部字段',
    );
    await dashboard.locator('input[type=date]').first().fill('');
    await expectText(dashboard.getByTestId('dashboard-submissions'), '4');
  });

  it('narrows every figure to one field key', async () => {
    const keyFilter = dashboard.getByTestId('dashboard-key-filter');
    await keyFilter.selectOption({ label: '联系电话' });
    // The phone was asked three times; B's and A's second asking came after A had been given it.
    await expectText(dashboard.getByTestId('dashboard-submissions'), '3');
    await expectText(dashboard.getByTestId('dashboard-duplicate-share'), '66.7%');
    await keyFilter.selectOption('');
    await expectText(dashboard.getByTestId('dashboard-submissions'), '4');
  });

  it('exports the per-portal figures as CSV that Excel reads as UTF-8', async () => {
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByTestId('dashboard-export-csv').click(),
    ]);
    const text = await readFile((await download.path()) as string, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(rows[0]?.[0]).toBe('平台');
    const byName = new Map(rows.slice(1).map((row) => [row[0], row.slice(1).map(Number)]));
    // submissions, asked, held, share, filled, typed, hours spent, hours saved, burden hours
    expect(byName.get('民政救助申请')).toEqual([2, 9, 4, 0.4444, 3, 6, 2, 0.5, 4]);
    expect(byName.get('城乡居民医保参保登记')).toEqual([2, 6, 3, 0.5, 2, 4, 1.5, 1, 1.5]);
  });

  it('exports aggregates and events that hold no personal value', async () => {
    const texts: string[] = [];
    for (const testId of ['dashboard-export-json', 'dashboard-export-ndjson', 'dashboard-export-csv']) {
      const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId(testId).click()]);
      texts.push(await readFile((await download.path()) as string, 'utf8'));
    }
    const [json, ndjson] = texts as [string, string, string];
    expect(JSON.parse(json)).toMatchObject({ format: 'fillonce-stats', schemaVersion: 1, summary: { submissions: 4 } });
    expect(ndjson.trim().split('\n')).toHaveLength(4);
    // The records hold these people's names, ID numbers and a phone: no statistics export carries any of
    // them, nor the records' own entity ids.
    const personal = ENTITIES.flatMap((entity) => [
      entity.displayName,
      ...entity.identifiers.map((id) => id.split(':')[1] as string),
    ]);
    for (const text of texts) {
      for (const value of [...personal, PHONE, '"p1"', '"p2"', '"h1"']) expect(text).not.toContain(value);
    }
  });
});

/** Another staff member's statistics file, made the way their dashboard exports it. */
function staffFile(installationId: string, submissions: Submission[]) {
  const figures = computeDashboard({ submissions, fills: [] });
  const json = statsJson(figures, { installationId, exportedAt: Date.UTC(2026, 11, 1), filter: {} });
  return { name: `${installationId}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) };
}

describe('merging other staff’s statistics', () => {
  // Three more machines, one submission each, none holding anything before it: 4 + 2 + 4 fields.
  const [s1, s2, , s4] = SUBMISSIONS as [Submission, Submission, Submission, Submission];
  const files = [staffFile('staff-x', [s2]), staffFile('staff-y', [s4]), staffFile('staff-z', [s1])];

  it('sums three files with this machine’s figures, and a file merged twice changes nothing', async () => {
    await dashboard.getByTestId('dashboard-merge-files').setInputFiles(files);
    await expectText(dashboard.getByTestId('dashboard-submissions'), '7');
    // 7 of 15 + 0 of 4 + 0 of 2 + 0 of 4: 7 of 25.
    await expectText(dashboard.getByTestId('dashboard-duplicate-share'), '28%');
    await expect.poll(() => dashboard.getByTestId('dashboard-merge-sources').locator('li').count()).toBe(4);
    await dashboard.getByTestId('dashboard-merge-files').setInputFiles([files[0] as (typeof files)[number]]);
    await expectText(dashboard.getByTestId('dashboard-submissions'), '7');
    await dashboard.screenshot({ path: `${SCREENSHOTS}/dashboard-merged.zh_CN.png`, fullPage: true });
  });

  it('refuses a file that is not a statistics file, names it, and changes nothing', async () => {
    const foreign = {
      name: '备份.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"fillonce-backup"}'),
    };
    await dashboard.getByTestId('dashboard-merge-files').setInputFiles([foreign]);
    await expect.poll(() => dashboard.getByTestId('dashboard-merge-error').textContent()).toContain('备份.json');
    await expectText(dashboard.getByTestId('dashboard-submissions'), '7');
    await dashboard.getByTestId('dashboard-merge-clear').click();
    await expectText(dashboard.getByTestId('dashboard-submissions'), '4');
  });
});

describe('the work log (台账) the records manager exports', () => {
  it('lists each submission with its portal, time, person, items and how many were filled, ID numbers masked', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('options-nav-backup').click();
    await options.getByTestId('worklog-from').fill('2026-10-10');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('worklog-export-xlsx').click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile((await download.path()) as string);
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0];
    const rows = (sheet?.getSheetValues() ?? []).slice(1).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(['填报时间', '平台', '对象', '身份证号', '填报事项', '项数', '自动填入', '手工录入']);
    // From 10 October: S2, S3, S4, oldest first; S1 (5 October) is before the range.
    expect(rows.slice(1)).toEqual([
      [
        '2026-10-12 10:00',
        '城乡居民医保参保登记',
        '张秀英',
        '5226**********0423',
        '姓名、身份证号、联系电话、银行账号',
        4,
        2,
        2,
      ],
      [
        '2026-11-02 10:00',
        '民政救助申请',
        '张秀英',
        '5226**********0423',
        '姓名、身份证号、联系电话、家庭人口、银行账号',
        5,
        3,
        2,
      ],
      ['2026-11-03 10:00', '城乡居民医保参保登记', '李国华', '5226**********0318', '姓名、身份证号', 2, 0, 2],
    ]);
    await options.screenshot({ path: `${SCREENSHOTS}/worklog.zh_CN.png`, fullPage: true });
    await options.close();
  });

  it('prints the same log for one portal, with totals, ID numbers whole when the person chose so', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('options-nav-backup').click();
    await options.getByTestId('worklog-portal').focus();
    await options.getByTestId('worklog-portal').selectOption({ label: '城乡居民医保参保登记' });
    await options.getByTestId('worklog-reveal-ids').check();
    const [printable] = await Promise.all([
      session.context.waitForEvent('page'),
      options.getByTestId('worklog-print').click(),
    ]);
    await printable.setViewportSize({ width: 1280, height: 900 });
    const table = printable.getByTestId('worklog-table');
    await table.waitFor();
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)));
    // Only B's two submissions, S2 and S4, with their whole ID numbers.
    expect(cells).toEqual([
      [
        '1',
        '2026-10-12 10:00',
        '城乡居民医保参保登记',
        '张秀英',
        '522634196807120423',
        '姓名、身份证号、联系电话、银行账号',
        '4',
        '2',
        '2',
      ],
      [
        '2',
        '2026-11-03 10:00',
        '城乡居民医保参保登记',
        '李国华',
        '522634197003150318',
        '姓名、身份证号',
        '2',
        '0',
        '2',
      ],
    ]);
    await expectText(printable.getByTestId('worklog-totals'), '合计 2 次提交624');
    await expectText(printable.getByTestId('worklog-period'), '统计期间：最早记录 至 今 · 城乡居民医保参保登记');
    await printable.emulateMedia({ media: 'print' });
    await printable.screenshot({ path: `${SCREENSHOTS}/worklog-print.zh_CN.png`, fullPage: true });
    await printable.close();
    await options.close();
  });
});

describe('the statistics page in English', () => {
  it('shows the same figures, in English', async () => {
    const english = await startSession({ language: 'en' });
    try {
      const page = await english.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`chrome-extension://${english.extensionId}/dashboard.html`);
      await page.getByTestId('dashboard-submissions').waitFor();
      await seed(page);
      await page.reload();
      await expectText(page.getByTestId('dashboard-submissions'), '4');
      await expectText(page.getByTestId('dashboard-duplicate-share'), '46.7%');
      await expect(page.locator('h1').textContent()).resolves.toBe('Statistics · reported again');
      await page.screenshot({ path: `${SCREENSHOTS}/dashboard.en.png`, fullPage: true });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${SCREENSHOTS}/dashboard-print.en.png`, fullPage: true });
      const printable = await english.context.newPage();
      await printable.setViewportSize({ width: 1280, height: 900 });
      await printable.goto(`chrome-extension://${english.extensionId}/worklog.html?from=2026-10-10`);
      await expectText(printable.getByTestId('worklog-totals'), 'Total: 3 submissions1156');
      await expectText(printable.locator('tbody tr').last().locator('td.items'), 'name, id number');
      await printable.emulateMedia({ media: 'print' });
      await printable.screenshot({ path: `${SCREENSHOTS}/worklog-print.en.png`, fullPage: true });
    } finally {
      await english.close();
    }
  });
});
