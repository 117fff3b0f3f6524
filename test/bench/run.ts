/**
 * `npm run bench`: measures what the issues name a speed for, in Debian's Chromium.
 * Prints one line per figure with its target; exits non-zero when a target is missed.
 */
import { launchPlainChromium } from './browser';
import { benchClassify } from './classify.bench';
import { benchFill } from './fill.bench';
import { benchRecords } from './records.bench';

const browser = await launchPlainChromium();
try {
  const results = [await benchClassify(browser), await benchRecords(browser), await benchFill()];
  process.exitCode = results.every(Boolean) ? 0 : 1;
} finally {
  await browser.close();
}
