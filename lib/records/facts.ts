import { isPeriodicKey } from '../fields/dictionary';

/** The year a yearly figure belongs to: the one the source names, else the year it was observed. */
export function periodOf(key: string, observedAt: number, named?: string): string | undefined {
  if (!isPeriodicKey(key)) return undefined;
  return named ?? String(new Date(observedAt).getFullYear());
}
