import { describe, expect, it } from 'vitest';
import { CHINESE_KEYS, judgeChineseForms } from '../../eval/chinese';
import { judgeMozillaCorpus, MOZILLA_DIR, MOZILLA_KEYS } from '../../eval/mozilla';
import { score } from '../../eval/score';

// The bars issue #3 sets; `npm run eval:fields` prints the full tables.
describe('field classifier quality', () => {
  it('Chinese fixture forms: micro-F1 ≥ 0.97 and precision ≥ 0.98', () => {
    const judgements = judgeChineseForms();
    expect(new Set(judgements.map((judgement) => judgement.file)).size).toBeGreaterThanOrEqual(12);
    expect(judgements.filter((judgement) => judgement.gold !== null).length).toBeGreaterThanOrEqual(300);
    const { micro } = score(judgements, CHINESE_KEYS);
    expect(micro.f1).toBeGreaterThanOrEqual(0.97);
    expect(micro.precision).toBeGreaterThanOrEqual(0.98);
  });

  it(`Mozilla training forms from ${MOZILLA_DIR}: micro-F1 ≥ 0.90, macro-F1 ≥ 0.75`, { timeout: 120_000 }, () => {
    const scores = score(
      judgeMozillaCorpus().flatMap((page) => page.judgements),
      MOZILLA_KEYS,
    );
    expect(scores.micro.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.macroF1).toBeGreaterThanOrEqual(0.75);
  });
});
