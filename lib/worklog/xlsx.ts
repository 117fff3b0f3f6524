import { WORKLOG_COLUMNS, type WorkLogColumn, workLogCells } from './cells';
import type { WorkLogRow } from './rows';

/** The work log as an .xlsx workbook, its header in the page's language. Loads exceljs only now. */
export async function workLogXlsx(
  rows: readonly WorkLogRow[],
  title: string,
  headings: Readonly<Record<WorkLogColumn, string>>,
  nameItems: (keys: readonly string[]) => string,
): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(title);
  const widths: Record<WorkLogColumn, number> = {
    at: 18,
    portal: 24,
    subject: 12,
    idNumber: 22,
    items: 60,
    count: 10,
    filled: 10,
    typed: 10,
  };
  sheet.columns = WORKLOG_COLUMNS.map((column) => ({
    header: headings[column],
    key: column,
    width: widths[column],
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(workLogCells(row, nameItems));
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
