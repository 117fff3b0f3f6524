export { WORKLOG_COLUMNS, type WorkLogColumn, workLogCells } from './cells';
export { parseWorkLogSearch, type WorkLogQuery, workLogFilter, workLogSearch } from './query';
export { type WorkLogFilter, type WorkLogRow, workLogRows } from './rows';
export { workLogXlsx } from './xlsx';
