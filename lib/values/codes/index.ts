export { EDUCATION_CODES } from './education';
export { ETHNIC_GROUP_NAMES, ETHNICITY_CODES } from './ethnicity';
export { findCode, namesOf } from './find-code';
export { MARITAL_CODES } from './marital';
export { POLITICAL_CODES } from './political';
export { RELATION_CODES, relationRank } from './relation';
export { SEX_CODES } from './sex';
export type { CodeEntry, CodeList } from './types';
