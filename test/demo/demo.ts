/**
 * `npm run demo`: the extension on the demo portals, with sample records.
 * With a display it opens Chromium for you to try; with `--headless` (or no display) it
 * walks the same path itself and writes screenshots to the folder it names.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { computeDashboard, statsJson } from '../../lib/stats';
import { type E2ESession, startSession } from '../e2e/session';
import { dibaoModel, importLedger, startDibao, submitFanpin } from '../e2e/steps';
import { SAMPLE_PEOPLE } from '../fixtures/sample-people';
import { demoHistory } from '../fixtures/stats/demo-history';
import { seedRecords } from '../fixtures/stats/seed-records';
import { WIDGET_PERSON, widgetPersonLedgerCsv } from '../fixtures/widgets/person';

const { values: args } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshots: { type: 'string', default: 'demo-screenshots' },
    port: { type: 'string', default: process.env.FILLONCE_PORT ?? '4610' },
    exports: { type: 'string', default: 'demo-exports' },
  },
});

/** Sample records, left the way real ones are: by submitting the 防返贫 form for each person. */
async function seedSampleRecords(session: E2ESession): Promise<void> {
  const page = await session.context.newPage();
  for (const person of SAMPLE_PEOPLE) await submitFanpin(page, session.portalUrl('fanpin'), person);
  // The widget portals' person comes from a village ledger, the other way records arrive.
  await importLedger(page, session.extensionId, {
    name: '示范村台账.csv',
    buffer: Buffer.from(widgetPersonLedgerCsv(), 'utf8'),
  });
  await page.close();
  console.log(
    `Sample records: ${SAMPLE_PEOPLE.map((person) => person.name).join('、')} (submitted to 防返贫监测户信息采集), ${WIDGET_PERSON.name} (imported from a ledger; ID number ${WIDGET_PERSON.idNumber})`,
  );
}

/**
 * Three months of this staff member's work for the statistics page, and two colleagues' exports
 * to merge there, written as files the way their own dashboards would export them.
 */
async function seedStatistics(session: E2ESession, folder: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
  await page.getByTestId('dashboard-submissions').waitFor();
  await seedRecords(page, demoHistory(1));
  await page.close();
  mkdirSync(folder, { recursive: true });
  for (const [seed, name] of [
    [2, '同事甲'],
    [3, '同事乙'],
  ] as const) {
    const figures = computeDashboard(demoHistory(seed));
    const json = statsJson(figures, { installationId: `demo-staff-${seed}`, exportedAt: Date.now(), filter: {} });
    writeFileSync(resolve(folder, `${name}.json`), JSON.stringify(json, null, 2));
  }
  console.log(
    `Statistics: three months of submissions seeded; two colleagues' exports to merge are in ${resolve(folder)}`,
  );
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`demo: timed out waiting for ${what}`);
}

async function walkHeadless(session: E2ESession, folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const shot = (page: Page, name: string) => page.screenshot({ path: resolve(folder, name) });
  const person = SAMPLE_PEOPLE[0] as (typeof SAMPLE_PEOPLE)[0];
  const page = await session.context.newPage();
  await page.goto(session.portalUrl('portals'));
  await shot(page, '1-portal-index.png');
  await startDibao(page, session.portalUrl('dibao'), person);
  const count = page.getByTestId('fillonce-duplicate-count');
  await until(async () => (await count.textContent()) === '5', 'the panel to flag 5 fields');
  await shot(page, '2-dibao-flagged.png');
  await page.getByTestId('fillonce-fill-all').click();
  await until(async () => (await dibaoModel(page)).name === person.name, 'the fill');
  await shot(page, '3-dibao-filled.png');
  const popup = await session.openPopupFor(page);
  await until(async () => (await popup.getByTestId('popup-time-saved').textContent()) !== '…', 'the popup');
  await shot(popup, '4-popup.png');
  const statistics = await session.context.newPage();
  await statistics.setViewportSize({ width: 1280, height: 900 });
  await statistics.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
  await statistics.getByTestId('dashboard-burden-chart').locator('svg').waitFor();
  await statistics.screenshot({ path: resolve(folder, '5-statistics.png'), fullPage: true });
  console.log(`Screenshots written to ${resolve(folder)}`);
}

async function main(): Promise<void> {
  const headless = args.headless || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  if (headless && !args.headless) console.log('No display found: running headless.');
  const session = await startSession({ headless, port: Number(args.port) });
  try {
    await seedSampleRecords(session);
    await seedStatistics(session, args.exports);
    if (headless) {
      await walkHeadless(session, args.screenshots);
      return;
    }
    const index = await session.context.newPage();
    await index.goto(session.portalUrl('portals'));
    console.log(`Demo portals: ${session.portalUrl('portals')}`);
    console.log(`Try 低保申请 and type the ID number ${SAMPLE_PEOPLE[0]?.idNumber}. Close the browser to stop.`);
    await new Promise<void>((done) => session.context.on('close', () => done()));
  } finally {
    await session.close().catch(() => {});
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
