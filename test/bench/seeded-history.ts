import type { FillEvent, Submission } from '../../lib/domain/records';

const KEYS = [
  'name',
  'id-number',
  'sex',
  'bday',
  'person.ethnicity',
  'tel',
  'street-address',
  'address.region',
  'household.size',
  'household.annual-income',
  'bank.name',
  'bank.account',
  'bank.account-name',
  'person.relation-to-head',
  'person.education',
  'person.marital-status',
  'person.health-status',
  'household.farmland-area',
  'person.hukou-type',
  'person.occupation',
];
const DAY = 86_400_000;

/** A deterministic history of `count` submissions by `people` people to `portals` portals over 90 days. */
export function seededHistory(
  count: number,
  people = 5000,
  portals = 20,
  firstSeed = 20261203,
): { submissions: Submission[]; fills: FillEvent[] } {
  let seed = firstSeed;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const start = new Date(2026, 8, 1).getTime();
  const submissions: Submission[] = [];
  const fills: FillEvent[] = [];
  for (let i = 0; i < count; i++) {
    const portal = next(portals);
    const source = {
      portalId: `portal-${portal}`,
      portalName: `门户 ${portal}`,
      url: `http://portal-${portal}.example/`,
    };
    const asked = KEYS.filter((_, index) => (index + portal) % 3 !== 0 || next(2) === 0);
    const filled = asked.filter(() => next(3) === 0);
    const submittedAt = start + Math.floor((i / count) * 90 * DAY);
    const person = next(people);
    submissions.push({
      source,
      submittedAt,
      fieldsAsked: asked,
      fieldsFilled: filled,
      fieldsTyped: asked.filter((key) => !filled.includes(key)),
      focusToSubmitMs: next(10) === 0 ? null : 60_000 + next(240_000),
      entityIds: [`person-${person}`, `household-${Math.floor(person / 4)}`],
    });
    if (filled.length > 0)
      fills.push({ source, at: submittedAt, keys: filled, secondsSaved: filled.length * 6, undone: false });
  }
  return { submissions, fills };
}
