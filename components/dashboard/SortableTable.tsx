import { useSignal } from '@preact/signals';
import { type MessageKey, t } from '../i18n';

export interface Column<Row> {
  id: string;
  label: MessageKey;
  /** What the column sorts by. */
  value: (row: Row) => number | string;
  /** What it shows; the value itself by default. */
  show?: (row: Row) => string;
  numeric?: boolean;
}

/** A table whose column headers sort it, a second click the other way. */
export function SortableTable<Row>({
  rows,
  columns,
  rowKey,
  testId,
}: {
  rows: readonly Row[];
  columns: ReadonlyArray<Column<Row>>;
  rowKey: (row: Row) => string;
  testId: string;
}) {
  const sort = useSignal<{ id: string; descending: boolean } | null>(null);
  const active = columns.find((column) => column.id === sort.value?.id);
  const sorted = active
    ? [...rows].sort((a, b) => {
        const [x, y] = [active.value(a), active.value(b)];
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return sort.value?.descending ? -order : order;
      })
    : rows;
  const toggle = (id: string) => {
    sort.value = { id, descending: sort.value?.id === id ? !sort.value.descending : true };
  };
  return (
    <table class="stats-table" data-testid={testId}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th
              key={column.id}
              scope="col"
              class={column.numeric ? 'num' : undefined}
              aria-sort={sort.value?.id === column.id ? (sort.value.descending ? 'descending' : 'ascending') : 'none'}
            >
              <button type="button" onClick={() => toggle(column.id)}>
                {t(column.label)}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.id} class={column.numeric ? 'num' : undefined}>
                {column.show ? column.show(row) : String(column.value(row))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
