import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/records';
import { workLogRows } from '../../../lib/worklog';
import { A, at, SUBMISSIONS } from '../../fixtures/stats/history';

const entity = (id: string, kind: Entity['kind'], displayName: string, identifiers: Entity['identifiers']): Entity => ({
  id,
  kind,
  identifiers,
  displayName,
  createdAt: 0,
  updatedAt: 0,
});
const ENTITIES = new Map([
  ['h1', entity('h1', 'household', '张秀英户', ['household-of:522634196807120423'])],
  ['p1', entity('p1', 'person', '张秀英', ['id-number:522634196807120423'])],
]);

describe('the work log', () => {
  it('lists submissions oldest first, naming the person rather than the household, with what was filled', () => {
    const rows = workLogRows(SUBMISSIONS, ENTITIES, { revealIds: false });
    expect(rows.map((row) => row.at)).toEqual([at(10, 5), at(10, 12), at(11, 2, 9), at(11, 3)]);
    expect(rows[0]).toEqual({
      at: at(10, 5),
      portal: 'civil-affairs',
      portalName: A.portalName,
      subject: '张秀英',
      idNumber: '5226**********0423',
      items: ['name', 'id-number', 'tel', 'household.size'],
      filled: 0,
      typed: 4,
    });
    // p2 is not in the records (deleted, say): the row stays, with no name to give.
    expect(rows[3]).toMatchObject({ subject: '', idNumber: '' });
  });

  it('filters by dates and portal, and shows ID numbers whole only when asked', () => {
    const rows = workLogRows(SUBMISSIONS, ENTITIES, {
      from: at(11, 1),
      portal: 'civil-affairs',
      revealIds: true,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.idNumber).toBe('522634196807120423');
  });
});
