import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';
import { launchProfile, launchWithExtension } from '../../e2e/browser';
import { report } from '../stats';
import { articlePage, formPage, spaPage, stormPage } from './pages';
import { type PageCost, pageCost, type TraceEvent } from './trace';

interface PageKind {
  path: string;
  name: string;
  html: () => string;
  /** How long after `load` the page and the extension are left to work before the trace stops. */
  settleMs: number;
  pairs: number;
  target: { extensionJs: number; inOneTask: number };
  /** The figures issue #10 measured before this benchmark existed (ms of extension JS; most in one task). */
  before: string;
}

const PAIRS = Number(process.env.PAGE_COST_PAIRS ?? 5);
/** Some pages only, by path (`PAGE_COST_PAGES=form-200,spa`), while working on one of them. */
const ONLY = process.env.PAGE_COST_PAGES?.split(',').map((name) => `/${name.trim()}`);

const KINDS: PageKind[] = [
  {
    path: '/article',
    name: 'no form (an article)',
    html: articlePage,
    settleMs: 1500,
    pairs: PAIRS,
    target: { extensionJs: 2, inOneTask: 2 },
    before: '45 / 46',
  },
  {
    path: '/form-200',
    name: 'form of 200 controls',
    html: () => formPage(200),
    settleMs: 2500,
    pairs: PAIRS,
    target: { extensionJs: 20, inOneTask: 16 },
    before: '190–213 / 87',
  },
  {
    path: '/form-2000',
    name: 'form of 2,000 controls',
    html: () => formPage(2000),
    settleMs: 4000,
    pairs: PAIRS,
    target: { extensionJs: 60, inOneTask: 16 },
    before: '520–580 / 76',
  },
  {
    path: '/storm',
    name: 'mutation storm (10 s)',
    html: stormPage,
    settleMs: 11000,
    pairs: Math.max(3, Math.ceil(PAIRS / 2)),
    target: { extensionJs: 30, inOneTask: 16 },
    before: '263–267 / 92',
  },
  {
    path: '/spa',
    name: 'SPA adding 50 fields in 10 batches',
    html: spaPage,
    settleMs: 3500,
    pairs: PAIRS,
    target: { extensionJs: 20, inOneTask: 16 },
    before: '105 / 63',
  },
];

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];

function serve(): Promise<{ server: Server; origin: string }> {
  const pages = new Map(KINDS.map((kind) => [kind.path, kind.html()]));
  pages.set('/blank', '<!doctype html><title>blank</title>');
  const server = createServer((request, response) => {
    const html = pages.get(request.url ?? '');
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? '');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** Loads `url` in a new tab under a trace, and reads what its main thread paid. */
async function tracedLoad(
  context: BrowserContext,
  origin: string,
  kind: PageKind,
  extensionUrl: string | null,
): Promise<PageCost> {
  const page = await context.newPage();
  // The tab's renderer is the page origin's before the trace starts, so the load is all it traces.
  await page.goto(`${origin}/blank`);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  const url = `${origin}${kind.path}`;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(kind.settleMs);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return pageCost(events, url, extensionUrl);
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(middle)] as number)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** A B A B: the page with the extension, then without, in one run, `pairs` times. */
async function measureKind(
  withExtension: { context: BrowserContext; extensionUrl: string },
  without: BrowserContext,
  origin: string,
  kind: PageKind,
) {
  const pairs: Array<{ on: PageCost; off: PageCost }> = [];
  for (let pair = 0; pair < kind.pairs; pair++) {
    const on = await tracedLoad(withExtension.context, origin, kind, withExtension.extensionUrl);
    const off = await tracedLoad(without, origin, kind, null);
    pairs.push({ on, off });
  }
  const ratios = pairs.map(({ on, off }) => on.mainThread / off.mainThread);
  return {
    extensionJs: median(pairs.map(({ on }) => on.extensionJs)),
    inOneTask: median(pairs.map(({ on }) => on.extensionInOneTask)),
    worstInOneTask: Math.max(...pairs.map(({ on }) => on.extensionInOneTask)),
    ratio: median(ratios),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    added: median(pairs.map(({ on, off }) => on.mainThread - off.mainThread)),
  };
}

/**
 * What a page pays for the extension, as shipped (the built, minified bundle): each kind of
 * page loaded with and without it, alternating, each load traced with the V8 sampler on.
 */
export async function benchPageCost(): Promise<boolean> {
  const { server, origin } = await serve();
  const extension = await launchWithExtension({ headless: true });
  const plain = await launchProfile({ headless: true, extension: false });
  const extensionUrl = `chrome-extension://${extension.extensionId}/`;
  let ok = true;
  try {
    console.log('\nPage cost: the built extension, each page loaded with and without it, alternating (ms)');
    for (const kind of KINDS.filter((kind) => !ONLY || ONLY.includes(kind.path))) {
      const figures = await measureKind({ context: extension.context, extensionUrl }, plain.context, origin, kind);
      console.log(
        `  ${kind.name}: ${kind.pairs} pairs; main thread +${figures.added.toFixed(1)} ms, ratio ${figures.ratio.toFixed(2)} (${figures.ratioRange.map((ratio) => ratio.toFixed(2)).join('–')}); most in one task, worst run ${figures.worstInOneTask.toFixed(1)} ms; before: ${kind.before}`,
      );
      ok = report(`${kind.name}: extension JS (median)`, figures.extensionJs, kind.target.extensionJs) && ok;
      ok = report(`${kind.name}: most extension JS in one task`, figures.inOneTask, kind.target.inOneTask) && ok;
    }
  } finally {
    await extension.close();
    await plain.close();
    server.close();
  }
  return ok;
}
