import type { Browser } from 'playwright-core';
import { pageWithBundle } from './page-bundle';
import { report } from './stats';

const DEFINITIONS = 1000;

/** In Chromium, as the background pays it on each navigation: one URL against 1,000 definitions. */
export async function benchRegistry(browser: Browser): Promise<boolean> {
  const page = await pageWithBundle(browser, new URL('./entries/registry.ts', import.meta.url), 'FillOnceRegistry');
  const samples: number[] = await page.evaluate((count) => {
    const api = (window as unknown as { FillOnceRegistry: typeof import('./entries/registry') }).FillOnceRegistry;
    const registry = api.createRegistry(api.manyDefinitions(count));
    // Hits of each shape, and misses: an unlisted site, and a listed host on another path.
    const urls = [
      'http://10.3.1.4:8080/app753/index.do',
      'https://town.county7.gov.cn/form607/step2',
      'https://zwfw.example.gov.cn/portal998/apply?id=1',
      'https://www.example.com/news/today',
      'https://zwfw.example.gov.cn/elsewhere/',
    ];
    // The clock of a page that is not cross-origin isolated is coarse: time batches, not calls.
    const BATCH = 1000;
    const perUrl: number[] = [];
    for (const url of urls) {
      const started = performance.now();
      for (let run = 0; run < BATCH; run++) registry.match(url);
      perUrl.push((performance.now() - started) / BATCH);
    }
    const built = performance.now();
    api.createRegistry(api.manyDefinitions(count));
    return [...perUrl, performance.now() - built];
  }, DEFINITIONS);
  await page.close();
  const building = samples.pop() ?? 0;
  console.log(
    `        per URL, mean of 1,000 matches: ${samples.map((ms) => ms.toFixed(4)).join(', ')} ms; building the registry ${building.toFixed(1)} ms`,
  );
  return report(
    `match a URL against ${DEFINITIONS.toLocaleString('en')} definitions (slowest URL)`,
    Math.max(...samples),
    1,
  );
}
