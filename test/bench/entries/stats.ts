export { computeDashboard } from '../../../lib/stats';
export { seededHistory } from '../seeded-history';
