import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
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
});

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
});
