import { normalizeText } from '../fields/text';

const PERIOD_HEADER = /^(?:统计|所属|收入|填报|核算)?(?:年度|年份)$|^(?:fiscal )?year$/;

/** The column says which year a row's yearly figures (家庭年收入…) belong to. */
export function isPeriodHeader(header: string): boolean {
  return PERIOD_HEADER.test(normalizeText(header));
}

/** The year a period cell states (2025, 2025年, 2025年度); null when it states none for sure. */
export function yearOf(cell: string): string | null {
  return /^((?:19|20)\d{2})\s*(?:年度?)?$/.exec(cell.normalize('NFKC').trim())?.[1] ?? null;
}
