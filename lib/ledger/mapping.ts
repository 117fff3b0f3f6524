import { guessFromText } from '../fields/classify';
import { MIN_CONFIDENCE } from '../fields/control-guess';
import { isSecretKey } from '../fields/dictionary';
import { normalizeText } from '../fields/text';
import { isPeriodHeader } from './period';
import type { ColumnMapping, LedgerSheet } from './types';

type Guess = Pick<ColumnMapping, 'key' | 'entity' | 'confidence'>;

const HEAD_ID = /^户主(?:居民)?(?:身份证|公民身份)(?:号码|号|件号码)?$/;
// 成员1姓名 is a numbered member in a wide row, not the row's own subject.
const MEMBER_PREFIX = /^(?:家庭)?成员(?=\D)/;

/**
 * A member sheet (家庭成员) speaks of the member in each row and points at the household by
 * the head's ID number: 户主身份证号 fills the head slot, 成员姓名 and 成员身份证号 the row's own.
 */
function memberSheetGuess(text: string): Guess | null {
  if (HEAD_ID.test(text)) return { key: 'id-number', entity: 'head', confidence: 1 };
  if (!MEMBER_PREFIX.test(text)) return null;
  const rest = guessFromText(text.replace(MEMBER_PREFIX, ''));
  if (!rest.key || rest.entity || rest.confidence < MIN_CONFIDENCE || rest.key.startsWith('household.')) return null;
  return { key: rest.key, confidence: rest.confidence };
}

function guessColumn(header: string): Guess {
  const member = memberSheetGuess(normalizeText(header));
  if (member) return member;
  const guess = guessFromText(header);
  if (!guess.key || guess.confidence < MIN_CONFIDENCE || isSecretKey(guess.key)) return { key: null, confidence: 0 };
  return { key: guess.key, confidence: guess.confidence, ...(guess.entity && { entity: guess.entity }) };
}

/**
 * Two columns naming one field of one person (身份证号 beside 成员1身份证号) cannot both be
 * it: the surest keeps the field, and a tie leaves it to the person to choose.
 */
function settleDuplicates(mapping: ColumnMapping[]): ColumnMapping[] {
  const slotOf = (column: ColumnMapping) => `${column.entity ?? ''}|${column.key}`;
  return mapping.map((column) => {
    if (column.key === null) return column;
    const rivals = mapping.filter(
      (other) => other !== column && other.key !== null && slotOf(other) === slotOf(column),
    );
    const best = rivals.every((other) => other.confidence < column.confidence);
    return best ? column : { column: column.column, header: column.header, key: null, confidence: 0 };
  });
}

/** What each column of a sheet holds, for a person to confirm or correct before import. */
export function proposeMapping(sheet: LedgerSheet): ColumnMapping[] {
  return settleDuplicates(
    sheet.header.map((header, column) =>
      isPeriodHeader(header)
        ? { column, header, key: null, period: true, confidence: 1 }
        : { column, header, ...guessColumn(header) },
    ),
  );
}
