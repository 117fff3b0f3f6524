/**
 * `npm run bench`: measures what the issues name a speed for, in Debian's Chromium.
 * Prints one line per figure with its target; exits non-zero when a target is missed.
 */
import { launchPlainChromium } from './browser';
import { benchClassify } from './classify.bench';
import { benchDashboardOpen } from './dashboard-open.bench';
import { benchFill } from './fill.bench';
import { benchPageCost } from './page-cost/page-cost.bench';
import { benchRecords } from './records.bench';
import { benchRegistry } from './registry.bench';
import { benchStats } from './stats.bench';

const browser = await launchPlainChromium();
const results: boolean[] = [];
try {
  results.push(await benchClassify(browser), await benchRecords(browser), await benchStats(browser), await benchFill());
  results.push(await benchRegistry(browser));
  results.push(await benchDashboardOpen());
} finally {
  await browser.close();
}
// Last and alone, so that no other browser shares the machine while page loads are traced.
results.push(await benchPageCost());
process.exitCode = results.every(Boolean) ? 0 : 1;
