import type { Browser } from 'playwright-core';
import { makeLargeLedger } from '../fixtures/ledgers/make-ledger';
import { startFixtureServer } from '../fixtures/server';
import { bundleForPage } from './page-bundle';
import { report, summarise } from './stats';

const ROWS = 10_000;
const LOOKUPS = 300;

interface RecordsResult {
  parseMs: number;
  writeMs: number;
  imported: number;
  facts: number;
  entities: number;
  lookups: number[];
  factReads: number[];
  factsPerEntity: number;
}

/**
 * In a page of its own, so Chromium's IndexedDB does the work: a 10,000-row ledger is read,
 * mapped and imported (100,000 facts over 10,000 people), then people are looked up.
 */
export async function benchRecords(browser: Browser): Promise<boolean> {
  const bundle = await bundleForPage(new URL('./entries/records.ts', import.meta.url).pathname, 'FillOnceRecords');
  const ledger = Buffer.from(await makeLargeLedger(ROWS)).toString('base64');
  // IndexedDB needs a real origin: a page of the local fixture server gives one.
  const server = await startFixtureServer({ port: 0 });
  const page = await browser.newPage();
  await page.goto(`${server.origin('bench')}/`);
  await page.setContent('<!doctype html><meta charset="utf-8"><body>records bench</body>');
  await page.evaluate('window.__name = (fn) => fn');
  await page.addScriptTag({ content: bundle });
  const result: RecordsResult = await page.evaluate(
    async ({ ledgerBase64, lookups }) => {
      const api = (window as unknown as { FillOnceRecords: typeof import('./entries/records') }).FillOnceRecords;
      const bytes = Uint8Array.from(atob(ledgerBase64), (char) => char.charCodeAt(0));
      let started = performance.now();
      const sheets = await api.readLedgerFile('large.xlsx', bytes.buffer);
      const rows = sheets.flatMap((sheet) => api.prepareRows(sheet, api.proposeMapping(sheet)).rows);
      const parseMs = performance.now() - started;
      const db = await api.openRecords(`bench-${Date.now()}`);
      started = performance.now();
      const outcome = await api.importLedger(db, 'large.xlsx', rows, Date.now());
      const writeMs = performance.now() - started;
      const ids = rows.map(
        (row) => row.fields.find((field) => field.key === 'id-number' && !field.entity)?.value ?? '',
      );
      const lookupTimes: number[] = [];
      const readTimes: number[] = [];
      let factsPerEntity = 0;
      for (let i = 0; i < lookups; i++) {
        const idNumber = ids[(i * 7919) % ids.length] as string;
        let t = performance.now();
        const entity = await db.getFromIndex('entities', 'by-identifier', `id-number:${idNumber}`);
        lookupTimes.push(performance.now() - t);
        t = performance.now();
        const facts = (await db.get('factSheets', entity?.id ?? ''))?.facts ?? [];
        readTimes.push(performance.now() - t);
        factsPerEntity = facts.length;
      }
      return {
        parseMs,
        writeMs,
        imported: outcome.imported,
        facts: (await db.getAll('factSheets')).reduce((sum, sheet) => sum + sheet.facts.length, 0),
        entities: await db.count('entities'),
        lookups: lookupTimes,
        factReads: readTimes,
        factsPerEntity,
      };
    },
    { ledgerBase64: ledger, lookups: LOOKUPS },
  );
  await page.close();
  await server.close();
  console.log(
    `records: a ${ROWS}-row ledger → ${result.imported} rows, ${result.facts} facts over ${result.entities} entities`,
  );
  let ok = report(
    '  import the ledger (read, map, validate, write)',
    (result.parseMs + result.writeMs) / 1000,
    10,
    's',
  );
  console.log(
    `        reading and mapping ${(result.parseMs / 1000).toFixed(2)} s, writing ${(result.writeMs / 1000).toFixed(2)} s`,
  );
  const lookups = summarise(result.lookups);
  ok = report('  look up an entity by ID number (median)', lookups.median, 2) && ok;
  console.log(`        p95 ${lookups.p95.toFixed(2)} ms over ${lookups.runs} lookups`);
  const reads = summarise(result.factReads);
  ok = report(`  read all ${result.factsPerEntity} facts of an entity (median)`, reads.median, 5) && ok;
  console.log(`        p95 ${reads.p95.toFixed(2)} ms`);
  return ok;
}
