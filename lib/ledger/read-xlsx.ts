import type { Workbook, Worksheet } from 'exceljs';
import { cellText } from './cell-text';
import { toSheet } from './grid';
import type { LedgerSheet } from './types';

function gridOf(worksheet: Worksheet): string[][] {
  const grid: string[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    grid[rowNumber - 1] = Array.from(cells, (text) => text ?? '');
  });
  return Array.from(grid, (row) => row ?? []);
}

/**
 * exceljs is large (about 1 MB in the browser): loaded when a workbook is opened, so nothing
 * that only maps or checks rows pays for it.
 */
async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.Workbook();
}

/** Every worksheet that has a header, in workbook order. */
export async function readXlsx(data: ArrayBuffer): Promise<LedgerSheet[]> {
  const workbook = await newWorkbook();
  // The typings ask for a Node Buffer; exceljs hands the bytes to JSZip, which reads an ArrayBuffer
  // in Node and in the browser alike.
  await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook.worksheets.flatMap((worksheet) => toSheet(worksheet.name, gridOf(worksheet)) ?? []);
}
