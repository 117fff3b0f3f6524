import { isPeriodicKey } from '../fields/dictionary';
import { yearOf } from './period';
import { type MappedColumn, rowFields } from './row-fields';
import type { ColumnMapping, LedgerSheet, PreparedRow, RowIssue } from './types';

/**
 * Whose ID number says whom a row is about: the row's own (unslotted) one; in a sheet that
 * has none, such as 收入情况, the head's, because the row's figures are the household's.
 */
function identitySlot(mapping: readonly ColumnMapping[]): string | undefined {
  const ids = mapping.filter((column) => column.key === 'id-number');
  if (ids.some((column) => !column.entity)) return undefined;
  return ids.some((column) => column.entity === 'head') ? 'head' : undefined;
}

/** The rows of a sheet as fields to import, and what is wrong with the rest. Nothing is guessed. */
export function prepareRows(
  sheet: LedgerSheet,
  mapping: readonly ColumnMapping[],
): { rows: PreparedRow[]; issues: RowIssue[] } {
  const rows: PreparedRow[] = [];
  const issues: RowIssue[] = [];
  const columns = mapping.filter((column): column is MappedColumn => column.key !== null);
  const periodColumn = mapping.find((column) => column.period);
  const identity = identitySlot(mapping);
  const identityHeader = columns.find((column) => column.key === 'id-number' && column.entity === identity)?.header;
  sheet.rows.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const row = (sheet.headerRow ?? 1) + 1 + index;
    const issue = (column: string, problem: RowIssue['problem']) =>
      issues.push({ sheet: sheet.name, row, column, problem });
    const { fields, problems } = rowFields(cells, columns);
    for (const { column, problem } of problems) issue(column, problem);
    // A wrong ID number would file the whole row under somebody else, or nobody.
    if (problems.some(({ problem }) => problem === 'invalid-id-number')) return;
    if (!fields.some((field) => field.key === 'id-number' && field.entity === identity)) {
      issue(identityHeader ?? '', 'no-id-number');
      return;
    }
    const period = periodColumn ? yearOf(cells[periodColumn.column] ?? '') : null;
    if (periodColumn && !period && fields.some((field) => isPeriodicKey(field.key))) {
      // Without its year a yearly figure would be filed under the year of the import.
      issue(periodColumn.header, 'invalid-value');
      rows.push({ sheet: sheet.name, row, fields: fields.filter((field) => !isPeriodicKey(field.key)) });
      return;
    }
    rows.push({ sheet: sheet.name, row, fields, ...(period && { period }) });
  });
  return { rows, issues };
}
