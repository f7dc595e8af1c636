import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { ImportsPage, SEEKER_IMPORTS } from './ImportsPage';

const slow = { timeout: 5000 };
jest.setTimeout(20_000);

const history = {
  request: { query: SEEKER_IMPORTS, variables: () => true }, maxUsageCount: Infinity,
  result: { data: { seekerImports: { __typename: 'SeekerImportPage', total: 2, page: 1, pageSize: 20, items: [
    { __typename: 'SeekerImport', id: 'j2', fileName: '2026年名册（改正）.xlsx', createdAt: '2026-11-28T02:00:00Z', status: 'DONE', validOnly: false,
      createdCount: 12, updatedCount: 3, unchangedCount: 0, errorRows: 0 },
    { __typename: 'SeekerImport', id: 'j1', fileName: '2026年名册.xlsx', createdAt: '2026-11-28T01:00:00Z', status: 'REJECTED', validOnly: false,
      createdCount: 0, updatedCount: 0, unchangedCount: 0, errorRows: 2 },
  ] } } },
};

const fetchMock = jest.fn<typeof fetch>();
const realFetch = globalThis.fetch;
beforeEach(() => {
  fetchMock.mockReset();
  globalThis.fetch = fetchMock;
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

const answer = (status: number, body: unknown) => ({ status, json: async () => body }) as Response;
const csv = () => new File(['姓名,性别\r\n'], '名册.csv', { type: 'text/csv' });

describe('registry import page', () => {
  it('describes the file it needs, with a template, and lists past imports with status in words and counts', async () => {
    renderWithApp(<ImportsPage />, { path: '/staff/imports', mocks: [history] });
    const file = screen.getByLabelText(/^名册文件/);
    expect(file).toHaveAttribute('type', 'file');
    expect(file).toHaveAccessibleDescription('可以选择Excel（.xlsx）或CSV文件，不超过20MB。第一行是列名，必须有：姓名、性别、出生日期、残疾人证号、所属县区、城乡。');
    expect(screen.getByText(/必需的列：姓名、性别、出生日期、残疾人证号、所属县区、城乡/)).toBeInTheDocument();
    const template = screen.getByRole('link', { name: '下载空白模板（CSV，只有列名）' });
    expect(decodeURIComponent(template.getAttribute('href')!)).toContain('姓名,性别,出生日期,残疾人证号');
    const table = await screen.findByRole('table', { name: '以前的导入，共2次，最新的在前' }, slow);
    const rows = within(table).getAllByRole('row');
    expect(within(rows[2]).getByRole('rowheader')).toHaveTextContent('2026年名册.xlsx');
    expect(within(rows[2]).getAllByRole('cell').map((c) => c.textContent)).toEqual([expect.any(String), '未导入', '0', '0', '0', '2']);
    expect(within(rows[1]).getByRole('link', { name: '2026年名册（改正）.xlsx' })).toHaveAttribute('href', '/staff/imports/j2');
  });

  it('a submit without a file: the summary takes focus and names the field; nothing is sent', async () => {
    renderWithApp(<ImportsPage />, { path: '/staff/imports', mocks: [history] });
    await userEvent.click(screen.getByRole('button', { name: '开始导入' }));
    const summary = screen.getByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(document.title).toBe('错误：导入求职者名册 - 助业通');
    await userEvent.click(within(summary).getByRole('link', { name: '请选择要导入的名册文件' }));
    const file = screen.getByLabelText(/^名册文件/);
    expect(file).toHaveFocus();
    expect(file).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server\'s refusal on the file field', async () => {
    fetchMock.mockResolvedValue(answer(400, { code: 'BAD_USER_INPUT', message: '只能导入Excel（.xlsx）或CSV文件，该文件的内容不是表格' }));
    renderWithApp(<ImportsPage />, { path: '/staff/imports', mocks: [history] });
    await userEvent.upload(screen.getByLabelText(/^名册文件/), csv());
    await userEvent.click(screen.getByRole('button', { name: '开始导入' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus(), slow);
    expect(screen.getByLabelText(/^名册文件/)).toHaveAccessibleDescription(expect.stringContaining('该文件的内容不是表格'));
  });

  it('sends the file (and the correct-rows choice) and opens the import', async () => {
    fetchMock.mockResolvedValue(answer(202, { id: 'new-job', status: 'QUEUED' }));
    renderWithApp(<ImportsPage />, { path: '/staff/imports', route: '/staff/imports', mocks: [history] });
    await userEvent.upload(screen.getByLabelText(/^名册文件/), csv());
    await userEvent.click(screen.getByRole('checkbox', { name: '只导入正确的行' }));
    await userEvent.click(screen.getByRole('button', { name: '开始导入' }));
    await screen.findByText('elsewhere', undefined, slow);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/imports/seekers?validOnly=1');
    expect(init?.method).toBe('POST');
    expect(((init?.body as FormData).get('file') as File).name).toBe('名册.csv');
  });
});
