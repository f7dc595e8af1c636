// A data table with a caption and column headers. On narrow screens the table scrolls inside its own
// focusable region instead of making the whole page scroll sideways.
import { isValidElement, useId, type ReactNode } from 'react';

export interface Column<R> {
  key: string;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** The first column names the row: a row header. */
  rowHeader?: boolean;
  /** Keep the cells on one line whatever their length (short text is kept on one line anyway). */
  nowrap?: boolean;
}

/** The text a cell shows, as far as it can be read from the elements (a component's own output is not). */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/**
 * Chinese breaks between any two characters, so a narrow column puts 王芳 or 罗山县 one character per line: a
 * short word with no space (a name, a place, a date, a figure) stays on one line; longer text wraps as usual.
 */
const SHORT = 12;
export function keepsOnOneLine(node: ReactNode): boolean {
  const text = textOf(node).trim();
  return text.length > 0 && text.length <= SHORT && !/\s/.test(text);
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
          <tr>{columns.map((c) => <th key={c.key} scope="col" className={keepsOnOneLine(c.header) ? 'nowrap' : undefined}>{c.header}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c) => {
                const content = c.cell(r);
                const className = c.nowrap || keepsOnOneLine(content) ? 'nowrap' : undefined;
                return c.rowHeader
                  ? <th key={c.key} scope="row" className={className}>{content}</th>
                  : <td key={c.key} className={className}>{content}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
