export { type WorkLogFilter, type WorkLogRow, workLogRows } from './rows';
export { type WorkLogColumn, workLogXlsx } from './xlsx';
