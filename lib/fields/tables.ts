import { textOf } from './dom-text';

const CONTROLS = 'input, select, textarea';
const DATA_CONTROLS = 'input:not([type=checkbox]), select, textarea';

/** A unit (户, 人, 元, 亩, %) or an indicator code (01) sits between a statistics label and its input. */
const UNIT_OR_CODE = /^(?:[\d.]+|户|人|元|万元|亩|公顷|个|次|%|‰|平方米|岁|年|月)$/u;

/** Legacy portals put the label in the cell before the control's cell, sometimes a unit or code between. */
export function previousCellLabel(control: Element): string | null {
  let cell = control.closest('td, th')?.previousElementSibling;
  for (let skipped = 0; cell && skipped < 3; skipped++, cell = cell.previousElementSibling) {
    if (cell.querySelector(CONTROLS)) return null;
    const text = textOf(cell);
    if (!text) return null;
    if (UNIT_OR_CODE.test(text)) continue;
    // A row number (1, 2, 3…) is not a label; the column header says what the cell holds.
    return /\p{L}/u.test(text) ? text : null;
  }
  return null;
}

function columnOf(cell: HTMLTableCellElement): number {
  let column = 0;
  for (let previous = cell.previousElementSibling; previous; previous = previous.previousElementSibling) {
    column += (previous as HTMLTableCellElement).colSpan || 1;
  }
  return column;
}

/** A row of column names: th cells, or a legacy page's td cells, three or more, all with text. */
function namesColumns(row: HTMLTableRowElement): boolean {
  if (row.querySelector('th')) return true;
  const cells = Array.from(row.cells);
  return cells.length >= 3 && cells.every((cell) => textOf(cell) !== null);
}

/**
 * Header text by starting column: the last row naming columns above the first row of data,
 * else the last row of th cells, without controls. A select-all checkbox in the header
 * (el-table's selection column) does not make it a data row.
 */
function headersOf(table: HTMLTableElement): ReadonlyMap<number, string> {
  const headers = new Map<number, string>();
  const rows = Array.from(table.rows);
  const isHeader = (row: HTMLTableRowElement) => !row.querySelector(DATA_CONTROLS) && namesColumns(row);
  const firstData = rows.findIndex((row) => row.querySelector(DATA_CONTROLS));
  const above = firstData === -1 ? [] : rows.slice(0, firstData).filter(isHeader);
  const headerRow =
    above.at(-1) ?? rows.filter((row) => row.querySelector('th') && !row.querySelector(DATA_CONTROLS)).at(-1);
  for (const cell of headerRow ? Array.from(headerRow.cells) : []) {
    const text = textOf(cell);
    if (text) headers.set(columnOf(cell), text);
  }
  return headers;
}

/** Component tables (el-table, antd, layui…) draw the header as a table of its own. */
const TABLE_COMPONENTS = '.el-table, .ant-table, .layui-table-view, .vxe-table, .n-data-table, .arco-table, .t-table';

/** The rows a header names and the rows of data under it, in order. */
export interface TableSection {
  readonly headers: ReadonlyMap<number, string>;
  readonly dataRows: readonly HTMLTableRowElement[];
}

/** Sections by table, or by row where a layout table holds a member list in its middle. */
export type SectionCache = Map<Element, TableSection>;

const NO_SECTION: TableSection = { headers: new Map(), dataRows: [] };

function wholeTable(table: HTMLTableElement): TableSection {
  let headers = headersOf(table);
  if (headers.size === 0) {
    const component = table.closest(TABLE_COMPONENTS);
    const headerTable = Array.from(component?.querySelectorAll('table') ?? []).find((other) => other !== table);
    if (headerTable) headers = headersOf(headerTable as HTMLTableElement);
  }
  const dataRows = headers.size === 0 ? [] : Array.from(table.rows).filter((row) => row.querySelector(CONTROLS));
  return { headers, dataRows };
}

/** A row of a list: controls, and beside them nothing but row numbers, no label of its own. */
function isListRow(row: HTMLTableRowElement): boolean {
  if (!row.querySelector(DATA_CONTROLS)) return false;
  return Array.from(row.cells).every((cell) => cell.querySelector(CONTROLS) || !/\p{L}/u.test(cell.textContent ?? ''));
}

/**
 * A legacy page lays out the whole form as one table, and its member list is a header row and
 * rows of controls in the middle of it: the header is the row of names right above the list.
 */
function listAbove(row: HTMLTableRowElement, cache: SectionCache): TableSection {
  const known = cache.get(row);
  if (known) return known;
  if (!isListRow(row)) return NO_SECTION;
  const rows = Array.from((row.closest('table') as HTMLTableElement).rows);
  let start = rows.indexOf(row);
  while (start > 0 && isListRow(rows[start - 1] as HTMLTableRowElement)) start--;
  let end = start;
  while (end < rows.length && isListRow(rows[end] as HTMLTableRowElement)) end++;
  const header = rows[start - 1];
  const named = header && !header.querySelector(DATA_CONTROLS) && namesColumns(header);
  const headers = new Map<number, string>();
  for (const cell of named ? Array.from(header.cells) : []) {
    const text = textOf(cell);
    if (text) headers.set(columnOf(cell), text);
  }
  const section = named ? { headers, dataRows: rows.slice(start, end) } : NO_SECTION;
  // Every row of the run shares the answer: a long list is walked once, not once per control.
  for (const member of rows.slice(start, end)) cache.set(member, section);
  return section;
}

/** The header and list rows a control's row belongs to, looked up once per table or list. */
export function tableSection(row: HTMLTableRowElement, cache: SectionCache): TableSection {
  const table = row.closest('table') as HTMLTableElement;
  let section = cache.get(table);
  if (!section) {
    section = wholeTable(table);
    cache.set(table, section);
  }
  return section.headers.size > 0 ? section : listAbove(row, cache);
}

/** Repeated member rows have no label per cell: the column header names each field. */
export function columnHeader(control: Element, cache: SectionCache): string | null {
  const cell = control.closest('td') as HTMLTableCellElement | null;
  const row = cell?.parentElement;
  if (!cell || row?.tagName !== 'TR') return null;
  return tableSection(row as HTMLTableRowElement, cache).headers.get(columnOf(cell)) ?? null;
}
