/** Precision, recall and F1 per key, and their micro and macro averages. */
export interface KeyScore {
  key: string;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  perKey: KeyScore[];
  micro: { precision: number; recall: number; f1: number };
  macroF1: number;
}

export interface Judgement {
  gold: string | null;
  predicted: string | null;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Scores the keys in `keys` only. A prediction of one of them on a field whose gold key is
 * anything else (or none) is a false positive; a missed gold key is a false negative.
 */
export function score(judgements: readonly Judgement[], keys: readonly string[]): Scores {
  const perKey = keys.map((key) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, predicted } of judgements) {
      if (predicted === key && gold === key) tp++;
      else if (predicted === key) fp++;
      else if (gold === key) fn++;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return { key, support: tp + fn, tp, fp, fn, precision, recall, f1: harmonic(precision, recall) };
  });
  const sum = (pick: (s: KeyScore) => number) => perKey.reduce((total, s) => total + pick(s), 0);
  const precision = ratio(
    sum((s) => s.tp),
    sum((s) => s.tp + s.fp),
  );
  const recall = ratio(
    sum((s) => s.tp),
    sum((s) => s.tp + s.fn),
  );
  const present = perKey.filter((s) => s.support > 0 || s.fp > 0);
  return {
    perKey,
    micro: { precision, recall, f1: harmonic(precision, recall) },
    macroF1: ratio(
      present.reduce((total, s) => total + s.f1, 0),
      present.length,
    ),
  };
}

export function formatScores(title: string, scores: Scores): string {
  const pct = (n: number) => n.toFixed(3);
  const lines = [
    title,
    `${'key'.padEnd(30)} ${'support'.padStart(7)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}  precision  recall     f1`,
  ];
  for (const s of scores.perKey.filter((s) => s.support > 0 || s.fp > 0)) {
    lines.push(
      `${s.key.padEnd(30)} ${String(s.support).padStart(7)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}  ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)}`,
    );
  }
  lines.push(
    `micro: precision ${pct(scores.micro.precision)}  recall ${pct(scores.micro.recall)}  F1 ${pct(scores.micro.f1)}`,
    `macro F1: ${pct(scores.macroF1)}`,
  );
  return lines.join('\n');
}
