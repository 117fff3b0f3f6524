export interface Timings {
  runs: number;
  median: number;
  p95: number;
  max: number;
}

export function summarise(samples: readonly number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { runs: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

export function formatMs(ms: number): string {
  return `${ms.toFixed(2)} ms`;
}

/** One line per measurement, with its target and a verdict. */
export function report(name: string, value: number, target: number, unit = 'ms'): boolean {
  const ok = value <= target;
  console.log(
    `${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(58)} ${value.toFixed(2).padStart(9)} ${unit}  (target ≤ ${target} ${unit})`,
  );
  return ok;
}
