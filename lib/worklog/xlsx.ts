import { isoDateOf } from '../values/date';
import type { WorkLogRow } from './rows';

export type WorkLogColumn = 'at' | 'portal' | 'subject' | 'idNumber' | 'items' | 'count' | 'filled' | 'typed';

const localTime = (at: number) => {
  const day = new Date(at);
  const clock = [day.getHours(), day.getMinutes()].map((part) => String(part).padStart(2, '0')).join(':');
  return `${isoDateOf(day)} ${clock}`;
};

/** The work log as an .xlsx workbook, its header in the page's language. Loads exceljs only now. */
export async function workLogXlsx(
  rows: readonly WorkLogRow[],
  title: string,
  headings: Readonly<Record<WorkLogColumn, string>>,
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
  sheet.columns = (Object.keys(headings) as WorkLogColumn[]).map((column) => ({
    header: headings[column],
    key: column,
    width: widths[column],
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({
      at: localTime(row.at),
      portal: row.portalName,
      subject: row.subject,
      idNumber: row.idNumber,
      items: row.items.join('、'),
      count: row.items.length,
      filled: row.filled,
      typed: row.typed,
    });
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
