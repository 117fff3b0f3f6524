import { LedgerFormatError } from './errors';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { LedgerSheet } from './types';

/** The sheets of a ledger file, from its bytes; the extension says how to read them. */
export async function readLedgerFile(fileName: string, data: ArrayBuffer): Promise<LedgerSheet[]> {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  if (extension === 'xlsx') return readXlsx(data);
  if (extension === 'csv') return readCsv(fileName.slice(0, dot), data);
  // Old .xls (and WPS .et) files are a binary format exceljs cannot read: saving as .xlsx is the way.
  throw new LedgerFormatError(
    `Cannot read "${fileName}": supported formats are .xlsx and .csv (save .xls or .et files as .xlsx first)`,
  );
}
