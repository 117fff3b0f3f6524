import { computed, signal } from '@preact/signals';
import type { ColumnMapping, LedgerSheet, PreparedRow, RowIssue } from '../../lib/ledger';
import type { ImportResult } from '../../lib/messaging';
import { errorText, send } from './api';
import { refreshConflictCount } from './state';

/** The ledger reader (and exceljs with it) loads only when a file is chosen. */
type LedgerLibrary = typeof import('../../lib/ledger');
let library: LedgerLibrary | undefined;

export interface LoadedLedger {
  fileName: string;
  sheets: LedgerSheet[];
}

export interface ImportPreviewData {
  rows: PreparedRow[];
  issues: RowIssue[];
  totalRows: number;
}

/** Kept outside the section, so leaving the tab does not lose a mapping being checked. */
export const ledger = signal<LoadedLedger | null>(null);
export const mappings = signal<ColumnMapping[][]>([]);
export const importResult = signal<ImportResult | null>(null);
export const importBusy = signal(false);
/** Why the last step failed: a file that is no ledger, or a refused import. */
export const importError = signal<{ stage: 'read' | 'import'; unreadable: boolean; detail: string } | null>(null);

/** What 确认导入 would send, recomputed in the page whenever a mapping changes. */
export const preview = computed<ImportPreviewData | null>(() => {
  const loaded = ledger.value;
  if (!loaded || !library) return null;
  const { prepareRows } = library;
  const rows: PreparedRow[] = [];
  const issues: RowIssue[] = [];
  loaded.sheets.forEach((sheet, index) => {
    const prepared = prepareRows(sheet, mappings.value[index] ?? []);
    rows.push(...prepared.rows);
    issues.push(...prepared.issues);
  });
  const totalRows = loaded.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
  return { rows, issues, totalRows };
});

export type ImportStep = 'choose' | 'review' | 'done';
export const importStep = computed<ImportStep>(() =>
  importResult.value ? 'done' : ledger.value ? 'review' : 'choose',
);

/** Reads the file in the page: nothing reaches the records before 确认导入. */
export async function loadLedgerFile(file: File): Promise<void> {
  importBusy.value = true;
  importError.value = null;
  ledger.value = null;
  importResult.value = null;
  try {
    library ??= await import('../../lib/ledger');
    const { proposeMapping, readLedgerFile } = library;
    const sheets = await readLedgerFile(file.name, await file.arrayBuffer());
    mappings.value = sheets.map((sheet) => proposeMapping(sheet));
    ledger.value = { fileName: file.name, sheets };
  } catch (error) {
    const unreadable = library !== undefined && error instanceof library.LedgerFormatError;
    importError.value = { stage: 'read', unreadable, detail: errorText(error) };
  } finally {
    importBusy.value = false;
  }
}

export function setColumnMapping(sheetIndex: number, next: ColumnMapping): void {
  mappings.value = mappings.value.map((sheetMapping, index) =>
    index === sheetIndex ? sheetMapping.map((column) => (column.column === next.column ? next : column)) : sheetMapping,
  );
}

export async function confirmImport(): Promise<void> {
  const loaded = ledger.value;
  const prepared = preview.value;
  if (!loaded || !prepared || prepared.rows.length === 0) return;
  importBusy.value = true;
  importError.value = null;
  try {
    importResult.value = await send('optionsToBackground:importLedger', {
      fileName: loaded.fileName.slice(0, 260),
      rows: prepared.rows,
    });
    void refreshConflictCount();
  } catch (error) {
    importError.value = { stage: 'import', unreadable: false, detail: errorText(error) };
  } finally {
    importBusy.value = false;
  }
}

export function resetImport(): void {
  ledger.value = null;
  mappings.value = [];
  importResult.value = null;
  importError.value = null;
}
