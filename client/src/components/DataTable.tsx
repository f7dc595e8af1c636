// A data table with a caption and column headers. On narrow screens the table scrolls inside its own
// focusable region instead of making the whole page scroll sideways.
import { useId, type ReactNode } from 'react';

export interface Column<R> {
  key: string;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** The first column names the row: a row header. */
  rowHeader?: boolean;
}

export function DataTable<R>({ caption, columns, rows, rowKey }: {
  caption: ReactNode;
  columns: ReadonlyArray<Column<R>>;
  rows: readonly R[];
  rowKey: (row: R) => string;
}) {
  const id = `table-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>{columns.map((c) => <th key={c.key} scope="col">{c.header}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c) => (c.rowHeader
                ? <th key={c.key} scope="row">{c.cell(r)}</th>
                : <td key={c.key}>{c.cell(r)}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
