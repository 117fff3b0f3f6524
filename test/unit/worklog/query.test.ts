import { describe, expect, it } from 'vitest';
import { parseWorkLogSearch, workLogFilter, workLogSearch } from '../../../lib/worklog';

describe('the printed work log’s address', () => {
  it('carries the choices there and back', () => {
    const query = { from: '2026-10-01', to: '2026-10-31', portal: 'name:城乡居民医保参保登记', revealIds: true };
    expect(parseWorkLogSearch(`?${workLogSearch(query)}`)).toEqual(query);
    expect(workLogSearch({ revealIds: false })).toBe('');
    expect(parseWorkLogSearch('')).toEqual({ revealIds: false });
  });

  it('drops a day that is not one rather than guessing', () => {
    expect(parseWorkLogSearch('?from=10/01/2026&to=2026-1-5&reveal=yes')).toEqual({ revealIds: false });
  });

  it('counts the last day whole, on the local calendar', () => {
    expect(workLogFilter({ from: '2026-10-01', to: '2026-10-31' })).toEqual({
      from: new Date(2026, 9, 1).getTime(),
      to: new Date(2026, 10, 1).getTime(),
    });
    expect(workLogFilter({ portal: 'dibao' })).toEqual({ portal: 'dibao' });
  });
});
