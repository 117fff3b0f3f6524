import { type PhraseMatch, resolveAttribute, resolveLabel } from './phrases';
import { attributeWords, hasHan, normalizeText } from './text';
import { toSimplified } from './traditional';
import { ENTITY_MARK, vocabulary } from './vocabulary';

export interface TextGuess {
  /** The key the text names; null when it names none, or several. */
  key: string | null;
  /** How sure: 1 for a whole-label synonym, less the more the label says besides. */
  confidence: number;
  /** Whose field the text says it is (代理人姓名 → agent). */
  entity?: string;
  /** The text named no key on purpose (country code) or named several (姓名电话). */
  refused: boolean;
}

const NOTHING: TextGuess = { key: null, confidence: 0, refused: false };
const CACHE_LIMIT = 5000;
// Pages repeat their labels (member rows, repeated sections): each text is read once.
const cache = new Map<string, TextGuess>();
const rawCache = new Map<string, TextGuess>();
const attributeCache = new Map<string, string | null>();
const vetoCache = new Map<string, boolean>();

function entityIn(matches: readonly PhraseMatch[]): PhraseMatch | undefined {
  return longest(matches.filter((match) => match.key?.startsWith(ENTITY_MARK)));
}

/**
 * A slot the key itself implies is no slot of its own: 户主姓名 and 与户主关系 (与申请人关系) speak
 * of the head from the subject's side, and 工作单位 is the subject's employer.
 */
const IMPLIED_ENTITY: Readonly<Record<string, readonly string[]>> = {
  'household.head-name': ['head'],
  'person.relation-to-head': ['head', 'applicant'],
  organization: ['org'],
};

function withEntity(guess: TextGuess, entity: string | undefined): TextGuess {
  if (!entity || (guess.key && IMPLIED_ENTITY[guess.key]?.includes(entity))) return guess;
  return { ...guess, entity };
}

function guessNormalized(text: string): TextGuess {
  const matches = vocabulary().labels.find(text);
  const entityMatch = entityIn(matches);
  const entity = entityMatch?.key?.slice(ENTITY_MARK.length);
  const exact = vocabulary().exactLabel(text);
  if (exact) return withEntity({ key: exact, confidence: 1, refused: false }, entity);
  const rest = entityMatch ? withoutSpan(text, entityMatch) : '';
  const exactRest = rest && !entityIn(vocabulary().labels.find(rest)) ? vocabulary().exactRemainder(rest) : undefined;
  if (exactRest) return withEntity({ key: exactRest, confidence: 0.95, refused: false }, entity);
  const resolution = resolveLabel(
    text,
    matches.filter((match) => !match.key?.startsWith(ENTITY_MARK)),
  );
  if (!resolution.key) return { key: null, confidence: 0, entity, refused: resolution.matched };
  const coverage = Math.min(1, resolution.coverage + (entityMatch ? length(entityMatch) / text.length : 0));
  return withEntity({ key: resolution.key, confidence: 0.55 + 0.4 * coverage, refused: false }, entity);
}

const length = (match: PhraseMatch) => match.end - match.start;
const longest = (matches: readonly PhraseMatch[]) =>
  matches.reduce<PhraseMatch | undefined>(
    (best, match) => (!best || length(match) > length(best) ? match : best),
    undefined,
  );
const withoutSpan = (text: string, match: PhraseMatch) =>
  `${text.slice(0, match.start)}${text.slice(match.end)}`.trim();

const LATIN_WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}][^ ]*/gu;

/**
 * What a label, placeholder or title names. Traditional characters are read as simplified;
 * in a bilingual label (姓名 Name) the Chinese part speaks first, the translation second.
 */
export function guessFromText(raw: string): TextGuess {
  const seen = rawCache.get(raw);
  if (seen) return seen;
  const guess = guessFromNormalized(normalizeText(raw));
  if (rawCache.size >= CACHE_LIMIT) rawCache.clear();
  rawCache.set(raw, guess);
  return guess;
}

function guessFromNormalized(text: string): TextGuess {
  if (!text) return NOTHING;
  const cached = cache.get(text);
  if (cached) return cached;
  const simplified = hasHan(text) ? toSimplified(text) : text;
  const hanPart = simplified.replace(LATIN_WORD, ' ').replace(/\s+/g, ' ').trim();
  const hanGuess = hanPart && hanPart !== simplified ? guessNormalized(hanPart.replace(/ /g, '')) : undefined;
  const guess = hanGuess?.key ? hanGuess : guessNormalized(simplified);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, guess);
  return guess;
}

/** What a control's name or id attribute names, from its last meaningful words. */
export function guessFromAttributes(...attributes: Array<string | null | undefined>): string | null {
  for (const attribute of attributes) {
    if (!attribute) continue;
    let key = attributeCache.get(attribute);
    if (key === undefined) {
      const words = attributeWords(attribute);
      key = words ? resolveAttribute(words, vocabulary().attributes.find(words)) : null;
      if (attributeCache.size >= CACHE_LIMIT) attributeCache.clear();
      attributeCache.set(attribute, key);
    }
    if (key) return key;
  }
  return null;
}

/** Whether a name or id attribute says the field is not the person's own datum (cardHolderName). */
export function vetoedByAttributes(...attributes: Array<string | null | undefined>): boolean {
  return attributes.some((attribute) => {
    if (!attribute) return false;
    let vetoed = vetoCache.get(attribute);
    if (vetoed === undefined) {
      vetoed = vocabulary().vetoes.find(attributeWords(attribute)).length > 0;
      if (vetoCache.size >= CACHE_LIMIT) vetoCache.clear();
      vetoCache.set(attribute, vetoed);
    }
    return vetoed;
  });
}
