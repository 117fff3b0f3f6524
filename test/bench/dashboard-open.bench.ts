import { startSession } from '../e2e/session';
import { seedRecords } from '../fixtures/stats/seed-records';
import { seededHistory } from './seeded-history';
import { report, summarise } from './stats';

const EVENTS = 100_000;
const RUNS = 5;

/**
 * The built extension's statistics page opened over 100,000 submissions: from the start of the
 * navigation to the submissions card showing them all, which needs every event read from the
 * records, sent over, and every figure worked out.
 */
export async function benchDashboardOpen(): Promise<boolean> {
  const session = await startSession();
  try {
    const page = await session.context.newPage();
    const url = `chrome-extension://${session.extensionId}/dashboard.html`;
    await page.goto(url);
    await page.getByTestId('dashboard-submissions').waitFor();
    const history = seededHistory(EVENTS);
    // In slices: one message of 100,000 records would be a structured clone of its own size.
    for (let start = 0; start < EVENTS; start += 10_000) {
      await seedRecords(page, {
        submissions: history.submissions.slice(start, start + 10_000),
        fills: history.fills.filter((_, index) => index % 10 === start / 10_000),
      });
    }
    const expected = EVENTS.toLocaleString('zh-CN');
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(url);
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid=dashboard-submissions]')?.textContent === text,
        expected,
        { timeout: 30_000, polling: 'raf' },
      );
      samples.push(await page.evaluate(() => performance.now()));
    }
    return report(
      `statistics page opened over ${EVENTS.toLocaleString('en')} submissions (median of ${RUNS})`,
      summarise(samples).median,
      1000,
    );
  } finally {
    await session.close();
  }
}
