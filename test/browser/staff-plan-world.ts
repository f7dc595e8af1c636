// Placements for the action-plan dashboard and the quarterly report, arranged through the API in two counties
// no other browser file places anyone in (息县 and 淮滨县), so their numbers belong to this file alone:
//   息县: 2023 Q1 two (full-time, public-welfare), 2023 Q2 one (full-time); 淮滨县: 2023 Q1 one, 2024 Q3 one.
import { Api, employerWithPosting, seekerWithProfile, staffMember } from './support/api.js';

export const XIXIAN = '411528';
export const HUAIBIN = '411527';

export interface PlanWorld {
  /** The session cookie value of a city-wide staff member. */
  staff: string;
  staffApi: Api;
}

const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`;

async function place(staff: Api, county: string, organizationId: string, startDate: string, employmentForm = 'FULL_TIME') {
  const seeker = await seekerWithProfile({ countyCode: county, preferredCounties: [county] });
  const { myProfile } = await seeker.gql<{ myProfile: { id: string } }>(`{ myProfile { id } }`);
  await staff.gql(RECORD, { i: { seekerId: myProfile.id, organizationId, employmentForm, startDate } });
}

let arranged: Promise<PlanWorld> | null = null;

/** Arranged once; only staff-plan.browser-spec.ts places people in these counties. */
export function arrangePlanWorld(): Promise<PlanWorld> {
  arranged ??= (async () => {
    const staff = await staffMember();
    const xi = await employerWithPosting(staff, {
      org: { name: '息县国有农业发展有限公司', type: 'STATE_OWNED', countyCode: XIXIAN, address: '息县城关镇谯楼街1号' },
      posting: { countyCode: XIXIAN, address: '息县城关镇谯楼街1号', title: '仓库记账员' },
    });
    const huai = await employerWithPosting(staff, {
      org: { name: '淮滨县民营电商服务中心', type: 'PRIVATE', countyCode: HUAIBIN, address: '淮滨县城关镇淮河路8号' },
      posting: { countyCode: HUAIBIN, address: '淮滨县城关镇淮河路8号', title: '网店客服' },
    });
    await place(staff, XIXIAN, xi.organizationId, '2023-02-10');
    await place(staff, XIXIAN, xi.organizationId, '2023-03-20', 'PUBLIC_WELFARE');
    await place(staff, XIXIAN, xi.organizationId, '2023-05-06');
    await place(staff, HUAIBIN, huai.organizationId, '2023-01-16');
    await place(staff, HUAIBIN, huai.organizationId, '2024-08-01');
    return { staff: staff.session, staffApi: staff };
  })();
  return arranged;
}
