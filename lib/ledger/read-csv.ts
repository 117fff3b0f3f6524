import Papa from 'papaparse';
import { decodeText } from './decode';
import { LedgerFormatError } from './errors';
import { toSheet } from './grid';
import type { LedgerSheet } from './types';

/** A CSV file is one sheet, named after the file. */
export function readCsv(sheetName: string, data: ArrayBuffer): LedgerSheet[] {
  const result = Papa.parse<string[]>(decodeText(data), { skipEmptyLines: false });
  // An unclosed quote swallows the rows after it: importing what is left would misplace values.
  const broken = result.errors.find((error) => error.type === 'Quotes');
  if (broken) throw new LedgerFormatError(`Unbalanced quotes in CSV record ${(broken.row ?? 0) + 1}`);
  const sheet = toSheet(sheetName, result.data);
  return sheet ? [sheet] : [];
}
