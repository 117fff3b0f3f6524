export { idNumberCheckChar, isValidIdNumber, maskIdNumber, normalizeIdNumber } from './id-number';
export { normalizeValue } from './normalize';
