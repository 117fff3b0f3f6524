/**
 * `npm run eval:fields`: precision, recall and F1 per key of the field classifier, on the
 * project's labelled Chinese forms, on Mozilla's training forms with the answers stripped, and
 * on each batch of blind portals rendered live in Chromium (issue #9).
 */
import { blindBatches } from '../fixtures/blind/gold';
import { judgeBlindPages } from './blind';
import { CHINESE_KEYS, judgeChineseForms } from './chinese';
import { judgeMozillaCorpus, MOZILLA_KEYS } from './mozilla';
import { formatScores, score } from './score';

const chinese = judgeChineseForms();
const forms = new Set(chinese.map((judgement) => judgement.file)).size;
const labelled = chinese.filter((judgement) => judgement.gold !== null).length;
console.log(
  formatScores(
    `Chinese fixture forms (${forms} forms, ${chinese.length} controls, ${labelled} with a key)`,
    score(chinese, CHINESE_KEYS),
  ),
);
const withEntity = chinese.filter((judgement) => judgement.gold !== null && judgement.gold === judgement.predicted);
const rightEntity = withEntity.filter((judgement) => judgement.goldEntity === judgement.predictedEntity).length;
console.log(`entity slot right on ${rightEntity} of ${withEntity.length} correctly keyed fields\n`);

const mozilla = judgeMozillaCorpus().flatMap((page) => page.judgements);
console.log(
  formatScores(`Mozilla training forms (${mozilla.length} controls, in-scope keys)`, score(mozilla, MOZILLA_KEYS)),
);

for (const batch of blindBatches()) {
  const blind = await judgeBlindPages([batch]);
  const pages = new Set(blind.map((judgement) => judgement.file)).size;
  console.log(
    `\n${formatScores(`Blind batch ${batch} (${pages} live pages, ${blind.length} controls)`, score(blind, CHINESE_KEYS))}`,
  );
  const keyed = blind.filter((judgement) => judgement.gold !== null && judgement.gold === judgement.predicted);
  const slotted = keyed.filter((judgement) => judgement.goldEntity === judgement.predictedEntity).length;
  console.log(`entity slot right on ${slotted} of ${keyed.length} correctly keyed fields`);
  for (const miss of blind.filter((judgement) => judgement.gold !== judgement.predicted)) {
    console.log(`  ${miss.file}: ${miss.label} → ${miss.predicted ?? '∅'} (gold ${miss.gold ?? '∅'})`);
  }
}
