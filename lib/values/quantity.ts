// Amounts and areas as forms ask for them; each lives in its own module.
export { type AreaUnit, formatArea, parseArea } from './area';
export { formatMoney, type MoneyUnit, parseMoney } from './money';
