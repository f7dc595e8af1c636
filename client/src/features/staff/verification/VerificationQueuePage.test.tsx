import { describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { VERIFICATION_QUEUE, VerificationQueuePage } from './VerificationQueuePage';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const slow = { timeout: 5000 };
jest.setTimeout(20_000);

const LUOSHAN = '411521';
const item = (id: string, name: string, licence: { mimeType: string } | null) => ({
  __typename: 'Organization', id, name, creditCode: '91411521MA9G1234X5', creditCodeValid: true, type: 'PRIVATE', countyCode: LUOSHAN,
  submittedAt: '2026-12-01T02:00:00Z', verificationStatus: 'PENDING', verificationNote: null,
  privateDetails: { __typename: 'OrganizationPrivateDetails', contactName: '李经理', contactPhone: '0376-1234567' },
  licence: licence && { __typename: 'LicenceInfo', ...licence },
});

describe('the verification queue', () => {
  it('says for each organization whether its licence was uploaded, and as what', async () => {
    const items = [item('o1', '罗山县甲公司', { mimeType: 'image/jpeg' }), item('o2', '罗山县乙公司', { mimeType: 'application/pdf' }), item('o3', '罗山县丙公司', null)];
    renderWithApp(<VerificationQueuePage />, { path: '/staff/verification', mocks: [
      { request: { query: COUNTIES }, maxUsageCount: Infinity,
        result: { data: { counties: [{ __typename: 'County', code: LUOSHAN, nameZh: '罗山县', nameEn: 'Luoshan County' }] } } },
      { request: { query: VERIFICATION_QUEUE, variables: () => true }, maxUsageCount: Infinity,
        result: { data: { verificationQueue: { __typename: 'VerificationQueuePage', total: 3, page: 1, pageSize: 20, items } } } },
    ] });
    const card = (name: string) => screen.findByRole('article', { name }, slow);
    expect(within(await card('罗山县甲公司')).getByText('已上传（图片）')).toBeInTheDocument();
    expect(within(await card('罗山县乙公司')).getByText('已上传（PDF）')).toBeInTheDocument();
    expect(within(await card('罗山县丙公司')).getByText('还没有上传')).toBeInTheDocument();
  });
});
