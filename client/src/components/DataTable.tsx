// A data table with a caption and column headers. Under 640 CSS px (40em: a larger browser font reaches it sooner)
// each row is shown as a card, every value under its column's name (styles.css, .data-table), so nothing scrolls
// sideways on a phone. Wider, a table too wide for its box scrolls inside its own region, which is then a Tab stop
// (a keyboard user can scroll it); a table that fits is not a Tab stop.
import { isValidElement, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useMark } from './Lang';

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
  const scrolls = useScrolls();
  // names, titles and places from the server are Chinese: marked so in an English page (Lang.tsx)
  const mark = useMark();
  const labels = columns.map((c) => textOf(c.header).trim());
  return (
    <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`} ref={scrolls.ref} tabIndex={scrolls.value ? 0 : undefined}>
      <table className="data-table">
        <caption id={`${id}-caption`}>{mark(caption)}</caption>
        <thead>
          <tr>{columns.map((c) => <th key={c.key} scope="col" className={keepsOnOneLine(c.header) ? 'nowrap' : undefined}>{c.header}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c, i) => {
                const content = mark(c.cell(r));
                const className = c.nowrap || keepsOnOneLine(content) ? 'nowrap' : undefined;
                // the column's name shown before the value in the card layout (styles.css); not read out again
                const label = labels[i] || undefined;
                return c.rowHeader
                  ? <th key={c.key} scope="row" className={className} data-label={label}>{content}</th>
                  : <td key={c.key} className={className} data-label={label}>{content}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Whether the element's content is wider than its box, kept up to date as either changes size. */
function useScrolls() {
  const ref = useRef<HTMLDivElement>(null);
  const [value, setValue] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => setValue(el.scrollWidth > el.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { ref, value };
}
