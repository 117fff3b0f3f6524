export type { AddressParts } from './address';
export {
  ADDRESS_LEVELS,
  type AddressLevel,
  type AddressLevels,
  addressBelow,
  joinAddressLevels,
  parseAddressLevels,
} from './address-levels';
export { chooseOption, isPlaceholderOption, type SelectOption } from './choose-option';
export {
  type CodeEntry,
  type CodeList,
  EDUCATION_CODES,
  ETHNICITY_CODES,
  findCode,
  MARITAL_CODES,
  POLITICAL_CODES,
  RELATION_CODES,
  relationRank,
  SEX_CODES,
} from './codes';
export { creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from './credit-code';
export { type DatePattern, formatDate, isoDateOf, normalizeDate, type PartialDate, parseDate } from './date';
export {
  type Division,
  type DivisionLevel,
  divisionPath,
  findDivisionByCode,
  matchDivisionName,
  splitAddress,
} from './divisions';
export {
  checkIdConsistency,
  decodeIdNumber,
  type IdInconsistency,
  type IdNumberFacts,
  idNumberCheckChar,
  isValidIdNumber,
  maskIdNumber,
  normalizeIdNumber,
} from './id-number';
export { isLandline, isMobile, normalizePhone } from './phone';
export { type AreaUnit, formatArea, formatMoney, type MoneyUnit, parseArea, parseMoney } from './quantity';
export { joinPath, LIST_SEPARATORS, normalizeList, normalizePath, samePath, splitPath } from './region-path';
