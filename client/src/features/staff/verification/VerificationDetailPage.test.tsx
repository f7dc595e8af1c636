import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { DECIDE_ORGANIZATION, ORGANIZATION_TO_VERIFY, VerificationDetailPage } from './VerificationDetailPage';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const slow = { timeout: 5000 };
jest.setTimeout(20_000);

const LUOSHAN = '411521';
const org = (over: Record<string, unknown> = {}) => ({
  __typename: 'Organization', id: 'o1', name: '罗山县新华电子商务有限公司', creditCode: '91411521MA9XXXXXX0', creditCodeValid: false,
  type: 'PRIVATE', countyCode: LUOSHAN, address: '罗山县城关镇人民路1号', description: '电商客服', submittedAt: '2026-12-01T02:00:00Z',
  verificationStatus: 'INFO_REQUESTED', verificationNote: '请补充营业执照照片',
  privateDetails: { __typename: 'OrganizationPrivateDetails', contactName: '李经理', contactPhone: '0376-1234567', staffCount: 40 },
  verificationHistory: [{ __typename: 'OrganizationDecision', id: 'd1', decision: 'REQUEST_INFO', fromStatus: 'PENDING', toStatus: 'INFO_REQUESTED',
    note: '请补充营业执照照片', closedPostings: 0, createdAt: '2026-12-02T02:00:00Z', deciderOffice: '罗山县残联', deciderName: '王小明' }],
  licence: { __typename: 'LicenceInfo', mimeType: 'image/png', byteSize: 204800, fileName: '执照.png', uploadedAt: '2026-12-01T03:00:00Z', url: '/exports/organization-licence/o1' },
  ...over,
});

function mocks(over: Record<string, unknown> = {}) {
  const sent: Array<Record<string, unknown>> = [];
  return {
    sent,
    list: [
      { request: { query: COUNTIES }, maxUsageCount: Infinity,
        result: { data: { counties: [{ __typename: 'County', code: LUOSHAN, nameZh: '罗山县', nameEn: 'Luoshan County' }] } } },
      { request: { query: ORGANIZATION_TO_VERIFY, variables: { id: 'o1' } }, maxUsageCount: Infinity, result: { data: { organization: org(over) } } },
      { request: { query: DECIDE_ORGANIZATION, variables: (v: Record<string, unknown>) => { sent.push(v); return true; } },
        result: { data: { decideOrganization: { __typename: 'Organization', id: 'o1', verificationStatus: 'VERIFIED', verificationNote: null, verifiedAt: '2026-12-03T02:00:00Z' } } } },
    ],
  };
}

const render = (m: ReturnType<typeof mocks>) =>
  renderWithApp(<VerificationDetailPage />, { path: '/staff/verification/o1', route: '/staff/verification/:id', mocks: m.list });

describe('deciding on an organization', () => {
  it('shows the evidence: the credit code check, contact, county and the history with its notes', async () => {
    render(mocks());
    await screen.findByRole('heading', { level: 1, name: '核验：罗山县新华电子商务有限公司' }, slow);
    expect(screen.getByText('校验位不对，请对照营业执照核实')).toBeInTheDocument();
    expect(screen.getByText('李经理，0376-1234567')).toBeInTheDocument();
    expect(await screen.findByText('罗山县')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: '核验记录' });
    expect(within(history).getByText(/要求补充材料/)).toBeInTheDocument();
    expect(within(history).getByText('意见：请补充营业执照照片', { exact: false })).toBeInTheDocument();
    // who decided: their office and name
    expect(within(history).getByText('决定人：罗山县残联 王小明', { exact: false })).toBeInTheDocument();
    // the licence image, with a text alternative, and a way to download it
    const img = screen.getByRole('img', { name: '罗山县新华电子商务有限公司上传的营业执照图片' });
    expect(img).toHaveAttribute('src', '/exports/organization-licence/o1');
    expect(screen.getByText(/200 KB/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '下载营业执照图片' })).toHaveAttribute('href', '/exports/organization-licence/o1');
    // asked for more already: approve or reject, not ask again
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['APPROVE', 'REJECT']);
  });

  it('says what is missing: a decision, then the reason a rejection needs; it warns that rejecting closes the positions', async () => {
    const m = mocks();
    render(m);
    await screen.findByRole('heading', { level: 1 }, slow);
    await userEvent.click(screen.getByRole('button', { name: '保存决定' }));
    expect(await screen.findByRole('link', { name: '请选择一个决定' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: '不通过' }));
    expect(screen.getByText('不通过或暂停会立即关闭该单位所有在招职位，并从搜索中移除。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存决定' }));
    expect(await screen.findByRole('link', { name: '请填写不通过核验的原因' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /原因，或需要补充的材料/ })).toHaveAttribute('aria-invalid', 'true');
    expect(m.sent).toEqual([]);
  });

  it('sends an approval and goes back to the queue', async () => {
    const m = mocks();
    render(m);
    await screen.findByRole('heading', { level: 1 }, slow);
    await userEvent.click(screen.getByRole('radio', { name: '通过核验' }));
    await userEvent.click(screen.getByRole('button', { name: '保存决定' }));
    await waitFor(() => expect(screen.getByText('elsewhere')).toBeInTheDocument(), slow);
    expect(m.sent).toEqual([{ input: { organizationId: 'o1', decision: 'APPROVE', note: '' } }]);
  });

  it('offers only suspension for a verified organization', async () => {
    render(mocks({ verificationStatus: 'VERIFIED', verificationHistory: [], creditCodeValid: true }));
    await screen.findByRole('heading', { level: 1 }, slow);
    expect(screen.getByText('校验位正确')).toBeInTheDocument();
    expect(screen.getByText('还没有核验记录。')).toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['SUSPEND']);
  });

  it('shows a PDF licence as a link, and says so when none was uploaded', async () => {
    const pdf = { __typename: 'LicenceInfo', mimeType: 'application/pdf', byteSize: 51200, fileName: 'scan.pdf', uploadedAt: '2026-12-01T03:00:00Z', url: '/exports/organization-licence/o1' };
    const { unmount } = render(mocks({ licence: pdf }));
    await screen.findByRole('heading', { level: 1 }, slow);
    expect(screen.getByRole('link', { name: '下载营业执照（PDF，50 KB）' })).toHaveAttribute('href', '/exports/organization-licence/o1');
    expect(screen.queryByRole('img', { name: /营业执照/ })).toBeNull();
    unmount();
    render(mocks({ licence: null }));
    await screen.findByRole('heading', { level: 1 }, slow);
    expect(screen.getByText(/单位还没有上传营业执照/)).toBeInTheDocument();
  });
});
