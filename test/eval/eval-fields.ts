/**
 * `npm run eval:fields`: precision, recall and F1 per key of the field classifier, on the
 * project's labelled Chinese forms and on Mozilla's training forms with the answers stripped.
 */
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
