import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../../test/render';
import { ImportPage, SEEKER_IMPORT } from './ImportPage';

const slow = { timeout: 5000 };
jest.setTimeout(20_000);

const job = (over: Record<string, unknown> = {}) => ({
  __typename: 'SeekerImport', id: 'j1', fileName: '固始县名册.csv', format: 'CSV', createdAt: '2026-11-28T01:00:00Z', finishedAt: null,
  status: 'DONE', validOnly: false, progress: 1, totalRows: 3, processedRows: 3, createdCount: 0, updatedCount: 0, unchangedCount: 0,
  errorRows: 0, message: null, errorReportUrl: null,
  problems: { __typename: 'SeekerImportProblemPage', total: 0, page: 1, pageSize: 50, items: [] }, ...over,
});

const problem = (rowNumber: number, column: string, message: string) => ({ __typename: 'SeekerImportProblem', rowNumber, column, message });

const rejected = job({
  status: 'REJECTED', errorRows: 2, message: '有2行存在错误，整个文件未导入。请下载错误报告修改后重新导入，或选择“只导入正确的行”',
  errorReportUrl: '/exports/imports/j1/errors.xlsx',
  problems: { __typename: 'SeekerImportProblemPage', total: 2, page: 1, pageSize: 50, items: [
    problem(3, '残疾人证号', '残疾人证号中的身份证号校验位不正确，请核对前18位'),
    problem(4, '出生日期', '出生日期“1990-13-45”不是有效的日期'),
  ] },
});

/** Answers the job query with each state in turn (the last one again once they run out). */
function answers(...states: Array<ReturnType<typeof job>>) {
  let n = 0;
  return [{
    request: { query: SEEKER_IMPORT, variables: () => true }, maxUsageCount: Infinity,
    result: () => ({ data: { seekerImport: states[Math.min(n++, states.length - 1)] } }),
  }];
}

describe('one registry import', () => {
  it('a rejected file: what happened, nothing written, every problem in a table, the report and both ways forward', async () => {
    renderWithApp(<ImportPage />, { path: '/staff/imports/j1', route: '/staff/imports/:id', mocks: answers(rejected) });
    expect(await screen.findByRole('heading', { level: 1, name: '导入结果：固始县名册.csv' }, slow)).toBeInTheDocument();
    expect(screen.getByText('文件没有导入，名册里什么都没有改变。')).toBeInTheDocument();
    expect(screen.getByText(/有2行存在错误，整个文件未导入/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '有错误的行，共2个问题，按行号排列' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['第3行', '第4行']);
    expect(within(rows[0]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['残疾人证号', '残疾人证号中的身份证号校验位不正确，请核对前18位']);
    expect(screen.getByRole('link', { name: '下载错误报告（.xlsx）' })).toHaveAttribute('href', '/exports/imports/j1/errors.xlsx');
    expect(screen.getByRole('button', { name: '导入改好的文件' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '只导入正确的行' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('while it runs: a progress bar with the rows in words; at the end the counts are announced once', async () => {
    const running = job({ status: 'VALIDATING', progress: 0.3, totalRows: 1000, processedRows: 333 });
    const done = job({ createdCount: 990, updatedCount: 4, unchangedCount: 6 });
    renderWithApp(<ImportPage />, { path: '/staff/imports/j1', route: '/staff/imports/:id', mocks: answers(running, done) });
    const bar = await screen.findByRole('progressbar', { name: '导入进度' }, slow);
    expect(bar).toHaveAttribute('value', '30');
    expect(bar).toHaveAccessibleDescription('已检查333行，共1,000行（30%）');
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('导入完成：新增990行，更新4行，6行没有变化，0行有错误。'), slow);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    const counts = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(counts).toEqual(expect.arrayContaining(['990行', '4行', '6行', '0行']));
    expect(screen.getByRole('heading', { name: '再导入一个文件' })).toBeInTheDocument();
  });

  it('the same file again: says nothing changed', async () => {
    renderWithApp(<ImportPage />, { path: '/staff/imports/j1', route: '/staff/imports/:id', mocks: answers(job({ unchangedCount: 3 })) });
    expect(await screen.findByText('文件里的数据和名册完全一样，这次没有任何改变。', undefined, slow)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('an import of another county reads as not found', async () => {
    const mocks = [{ request: { query: SEEKER_IMPORT, variables: () => true }, result: { errors: [{ message: 'no', extensions: { code: 'NOT_FOUND' } }] } }];
    renderWithApp(<ImportPage />, { path: '/staff/imports/x', route: '/staff/imports/:id', mocks });
    expect(await screen.findByText('找不到这次导入，或者它不在您负责的县区内。', undefined, slow)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: '返回名册导入' })).toBeInTheDocument());
  });
});
