import type { Page } from 'playwright-core';
import { startSession } from '../e2e/session';
import { importLedger } from '../e2e/steps';
import { WIDGET_PERSON, widgetPersonLedgerCsv } from '../fixtures/widgets/person';
import { report, summarise } from './stats';

const FIELDS = 200;
const RUNS = 20;
const WARM_UP = 2;

/** Times, in the page, the click on 全部填入 and every input or change event the fill causes. */
function recordEvents(): void {
  const log = { clickAt: 0, lastEventAt: 0 };
  (window as unknown as { __fillTiming: typeof log }).__fillTiming = log;
  // Only the person's click: the fill's own clicks on radio buttons and checkboxes are not trusted.
  const onClick = (event: Event) => {
    if (event.isTrusted) log.clickAt = performance.now();
  };
  const onValue = () => {
    log.lastEventAt = performance.now();
  };
  window.addEventListener('click', onClick, { capture: true });
  for (const type of ['input', 'change']) window.addEventListener(type, onValue, { capture: true });
}

/** Every field holds something: the fill has reached the last one. */
function allFilled(): boolean {
  const rows = Array.from(document.querySelectorAll('tr')).slice(1);
  return rows.every((row) => {
    const controls = Array.from(row.querySelectorAll<HTMLInputElement>('input, select, textarea'));
    const options = controls.filter((control) => control.type === 'radio' || control.type === 'checkbox');
    return options.length
      ? options.some((option) => option.checked)
      : controls.every((control) => control.value !== '');
  });
}

async function clickToFilled(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.getByTestId('fillonce-panel').waitFor();
  await page.locator('[name=sfzh]').fill(WIDGET_PERSON.idNumber);
  await page
    .getByTestId('fillonce-duplicate-count')
    .filter({ hasText: String(FIELDS) })
    .waitFor();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await page.getByTestId('fillonce-fill-all').click();
  await page.waitForFunction(allFilled, undefined, { polling: 'raf' });
  const { clickAt, lastEventAt } = await page.evaluate(
    () => (window as unknown as { __fillTiming: { clickAt: number; lastEventAt: number } }).__fillTiming,
  );
  if (clickAt === 0 || lastEventAt <= clickAt) throw new Error('click-to-filled: the page saw no click or no fill');
  return lastEventAt - clickAt;
}

/**
 * Click-to-filled with the built extension: a person clicks 全部填入 on a form of 200 fields
 * whose values the records hold, and the clock stops at the last input or change event the
 * fill dispatches. Plain controls only: a component library's dropdown takes its own
 * animation time, which no fill can shorten.
 */
export async function benchFill(): Promise<boolean> {
  const session = await startSession();
  try {
    const options = await session.context.newPage();
    await importLedger(options, session.extensionId, {
      name: 'bench-ledger.csv',
      buffer: Buffer.from(widgetPersonLedgerCsv(), 'utf8'),
    });
    await options.close();
    const page = await session.context.newPage();
    // tsx names inner functions with a __name helper that a page does not have.
    await page.addInitScript('window.__name = (fn) => fn');
    await page.addInitScript(recordEvents);
    const url = `${session.server.origin('bench')}/fill/${FIELDS}`;
    const samples: number[] = [];
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      const elapsed = await clickToFilled(page, url);
      if (run >= WARM_UP) samples.push(elapsed);
    }
    const timings = summarise(samples);
    console.log(`click-to-filled, ${FIELDS} fields with the built extension, ${timings.runs} runs:`);
    const ok = report('  median from the click on 全部填入 to the last field filled', timings.median, 100);
    console.log(`        p95 ${timings.p95.toFixed(2)} ms; slowest run ${timings.max.toFixed(2)} ms`);
    return ok;
  } finally {
    await session.close();
  }
}
