import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql } from '../../gql';
import { renderWithApp } from '../../test/render';
import { MY_ORGANIZATION, OrganizationPage, RESUBMIT, canResubmit } from './OrganizationPage';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const slow = { timeout: 5000 };
jest.setTimeout(20_000);

const org = (status: string, note: string | null) => ({
  __typename: 'Organization', id: 'o1', name: '罗山县新华电子商务有限公司', creditCode: '91411521MA9G1234X5', type: 'PRIVATE', countyCode: '411521',
  address: '罗山县城关镇人民路1号', description: '', isSchool: false, verificationStatus: status, verificationNote: note, verifiedAt: null,
  privateDetails: { __typename: 'OrganizationPrivateDetails', contactName: '李经理', contactPhone: '0376-1234567', staffCount: 40, establishedPosts: null },
  licence: null,
  verificationHistory: note ? [{ __typename: 'OrganizationDecision', id: 'd1', decision: 'REQUEST_INFO', fromStatus: 'PENDING', toStatus: 'INFO_REQUESTED',
    note, closedPostings: 0, createdAt: '2026-12-02T02:00:00Z', deciderOffice: '罗山县残联', deciderName: '王某' }] : [],
});

const fetchMock = jest.fn<typeof fetch>();
const realFetch = globalThis.fetch;
beforeEach(() => {
  fetchMock.mockReset();
  globalThis.fetch = fetchMock;
});
afterEach(() => {
  globalThis.fetch = realFetch;
});
const answer = (status: number, body: unknown) => ({ status, ok: status < 300, json: async () => body }) as Response;

function mocks(status: string, note: string | null) {
  const sent: unknown[] = [];
  return {
    sent,
    list: [
      { request: { query: COUNTIES }, maxUsageCount: Infinity,
        result: { data: { counties: [{ __typename: 'County', code: '411521', nameZh: '罗山县', nameEn: 'Luoshan County' }] } } },
      { request: { query: MY_ORGANIZATION }, maxUsageCount: Infinity, result: { data: { myOrganization: org(status, note) } } },
      { request: { query: RESUBMIT, variables: (v: Record<string, unknown>) => { sent.push(v); return true; } },
        result: { data: { resubmitOrganization: { __typename: 'Organization', id: 'o1', verificationStatus: 'PENDING', verificationNote: note, submittedAt: '2026-12-06T02:00:00Z' } } } },
    ],
  };
}

describe('the employer\'s organization and its verification', () => {
  it('may be resubmitted only when staff asked for more or rejected it', () => {
    expect(canResubmit('INFO_REQUESTED')).toBe(true);
    expect(canResubmit('REJECTED')).toBe(true);
    expect(canResubmit('PENDING')).toBe(false);
    expect(canResubmit('SUSPENDED')).toBe(false);
  });

  it('shows the note asking for more and sends the organization back to staff', async () => {
    const m = mocks('INFO_REQUESTED', '请补充营业执照照片');
    renderWithApp(<OrganizationPage />, { path: '/employer/organization', mocks: m.list });
    expect(await screen.findByText('核验意见：请补充营业执照照片', {}, slow)).toBeInTheDocument();
    expect(screen.getByText(/残联需要您补充材料/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '重新提交核验' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('已重新提交，残联工作人员会再次核验。'), slow);
    expect(m.sent).toEqual([{ id: 'o1' }]);
  });

  it('says a suspended organization cannot publish, with no resubmission', async () => {
    renderWithApp(<OrganizationPage />, { path: '/employer/organization', mocks: mocks('SUSPENDED', '虚假招聘').list });
    expect(await screen.findByText(/您的单位已被残联暂停/, {}, slow)).toBeInTheDocument();
    expect(screen.getByText('核验意见：虚假招聘')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '重新提交核验' })).toBeNull();
  });

  it('shows the history with who decided, as the office and 王某', async () => {
    renderWithApp(<OrganizationPage />, { path: '/employer/organization', mocks: mocks('INFO_REQUESTED', '请补充营业执照照片').list });
    const history = await screen.findByRole('region', { name: '核验记录' }, slow);
    expect(within(history).getByText('决定人：罗山县残联 王某', { exact: false })).toBeInTheDocument();
  });

  it('uploads the licence: a missing or too large file is named in the summary; the server\'s refusal is shown on the field', async () => {
    renderWithApp(<OrganizationPage />, { path: '/employer/organization', mocks: mocks('INFO_REQUESTED', '请补充营业执照照片').list });
    const section = await screen.findByRole('region', { name: '营业执照' }, slow);
    expect(within(section).getByText('还没有上传营业执照。')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: '上传营业执照' }));
    expect(await within(section).findByRole('link', { name: '请选择营业执照文件' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^错误：/));
    const input = within(section).getByLabelText(/^营业执照文件/);
    await userEvent.upload(input, new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' }));
    await userEvent.click(within(section).getByRole('button', { name: '上传营业执照' }));
    expect(await within(section).findByRole('link', { name: /营业执照文件不能超过5MB/ })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
    fetchMock.mockResolvedValue(answer(400, { code: 'BAD_USER_INPUT', message: '营业执照只能是JPEG、PNG图片或PDF文件：该文件的内容是GIF文件（按内容判断，与文件名无关）' }));
    await userEvent.upload(input, new File(['GIF89a'], 'a.png', { type: 'image/png' }));
    await userEvent.click(within(section).getByRole('button', { name: '上传营业执照' }));
    expect(await within(section).findByRole('link', { name: /该文件的内容是GIF文件/ }, slow)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/imports/organization-licence/o1');
    expect(init?.method).toBe('POST');
  });

  it('after an upload asked for, says to submit again', async () => {
    fetchMock.mockResolvedValue(answer(200, { mimeType: 'image/png' }));
    renderWithApp(<OrganizationPage />, { path: '/employer/organization', mocks: mocks('INFO_REQUESTED', '请补充营业执照照片').list });
    const section = await screen.findByRole('region', { name: '营业执照' }, slow);
    await userEvent.upload(within(section).getByLabelText(/^营业执照文件/), new File(['%PDF-1.4'], '执照.pdf', { type: 'application/pdf' }));
    await userEvent.click(within(section).getByRole('button', { name: '上传营业执照' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('营业执照已上传。请点击“重新提交核验”，残联工作人员会再次核验。'), slow);
  });
});
