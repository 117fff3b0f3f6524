import type { LedgerSheet } from './types';

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');
const distinctTexts = (row: readonly string[]) => new Set(row.map((cell) => cell.trim()).filter(Boolean)).size;

/** 台账 often open with a title (2025年幸福村农户信息台账) and a 填报单位 line above the header. */
const MAX_TITLE_ROWS = 3;

/**
 * A title merged across the columns reads as one text repeated, so it names no columns: the
 * header is the first row naming two or more, unless none does near the top (a one-column sheet).
 */
function headerIndex(grid: readonly string[][]): number {
  const first = grid.findIndex((row) => !isBlank(row));
  if (first < 0) return -1;
  let skipped = 0;
  for (let index = first; index < grid.length && skipped <= MAX_TITLE_ROWS; index++) {
    const row = grid[index] ?? [];
    if (distinctTexts(row) >= 2) return index;
    if (!isBlank(row)) skipped++;
  }
  return first;
}

/** A grid of cell texts (row 1 first) as a sheet; null when the grid holds nothing. */
export function toSheet(name: string, grid: readonly string[][]): LedgerSheet | null {
  const start = headerIndex(grid);
  if (start < 0) return null;
  let end = grid.length;
  while (end > start + 1 && isBlank(grid[end - 1] ?? [])) end--;
  const kept = grid.slice(start, end);
  const width = Math.max(...kept.map((row) => row.findLastIndex((cell) => cell.trim() !== '') + 1));
  const padded = kept.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? ''));
  return { name, header: padded[0] ?? [], rows: padded.slice(1), headerRow: start + 1 };
}
