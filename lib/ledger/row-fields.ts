import { problemOf } from './check-value';
import type { ColumnMapping, PreparedRow, RowIssue } from './types';

export type MappedColumn = ColumnMapping & { key: string };
type Problem = { column: string; problem: RowIssue['problem'] };

/** The fields one row gives through the mapped columns: trimmed, non-empty and valid; the rest as problems. */
export function rowFields(
  cells: readonly string[],
  columns: readonly MappedColumn[],
): { fields: PreparedRow['fields']; problems: Problem[] } {
  const fields: PreparedRow['fields'] = [];
  const problems: Problem[] = [];
  for (const column of columns) {
    const value = cells[column.column]?.trim() ?? '';
    if (!value) continue;
    const problem = problemOf(column.key, value);
    if (problem) problems.push({ column: column.header, problem });
    else fields.push({ key: column.key, value, ...(column.entity && { entity: column.entity }) });
  }
  return { fields, problems };
}
