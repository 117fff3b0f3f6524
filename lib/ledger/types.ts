/** One worksheet (or a CSV file) as a person sees it: every cell is the text on screen. */
export interface LedgerSheet {
  name: string;
  header: string[];
  rows: string[][];
  /**
   * The spreadsheet row number (1-based) of the header; 1 when absent. Title rows above the
   * header are skipped, and row numbers in issues must still match what the person sees.
   */
  headerRow?: number;
}

export interface ColumnMapping {
  /** Index into `header` and into each row. */
  column: number;
  header: string;
  key: string | null;
  entity?: string;
  /** The column states the year the row's yearly figures belong to (年度). */
  period?: true;
  confidence: number;
}

export interface RowIssue {
  sheet: string;
  /** 1-based spreadsheet row number, header included in the count. */
  row: number;
  /** The header of the column at fault. */
  column: string;
  problem: 'invalid-id-number' | 'invalid-date' | 'invalid-value' | 'no-id-number';
}

export interface PreparedRow {
  sheet: string;
  row: number;
  fields: Array<{ key: string; value: string; entity?: string }>;
  period?: string;
}
