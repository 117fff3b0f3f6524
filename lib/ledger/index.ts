export { LedgerFormatError } from './errors';
export { proposeMapping } from './mapping';
export { prepareRows } from './prepare';
export { readLedgerFile } from './read';
export type { ColumnMapping, LedgerSheet, PreparedRow, RowIssue } from './types';
