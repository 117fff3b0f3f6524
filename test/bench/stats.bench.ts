import type { Browser } from 'playwright-core';
import { pageWithBundle } from './page-bundle';
import { report, summarise } from './stats';

const EVENTS = 100_000;
const RUNS = 5;

/** In Chromium, as the statistics page pays it: every figure from 100,000 submissions. */
export async function benchStats(browser: Browser): Promise<boolean> {
  const page = await pageWithBundle(browser, new URL('./entries/stats.ts', import.meta.url), 'FillOnceStats');
  const samples: number[] = await page.evaluate(
    ({ events, runs }) => {
      const api = (window as unknown as { FillOnceStats: typeof import('./entries/stats') }).FillOnceStats;
      const history = api.seededHistory(events);
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        api.computeDashboard(history);
        times.push(performance.now() - started);
      }
      return times;
    },
    { events: EVENTS, runs: RUNS },
  );
  await page.close();
  return report(
    `dashboard from ${EVENTS.toLocaleString('en')} submissions (median of ${RUNS})`,
    summarise(samples).median,
    500,
  );
}
