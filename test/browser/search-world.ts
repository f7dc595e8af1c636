// The data the search journeys and scans need, arranged through the API: a blind massage clinic in 罗山县 with
// jobs that do and do not suit a blind seeker, a massage job in 息县, a shop job in 罗山县 that is no massage job,
// the blind seeker (VISUAL, cannot read print, must have a screen reader, agrees to job matching), a job seeker
// who agreed to be found by employers, and eleven proofreading jobs for paging. It waits until the search index
// (kept by the outbox relay) has them all.
import { Api, employerWithPosting, LUOSHAN, PINGQIAO, postingInput, seekerWithProfile, staffMember } from './support/api.js';

export const XIXIAN = '411528';
export const CLINIC = '罗山县光明盲人按摩中心';
export const PAGING_WORD = '盲文校对';

export interface SearchWorld {
  /** Session cookie values. */
  blindSeeker: string;
  seekerWithoutConsent: string;
  employer: string;
  massageId: string;
  massageTitle: string;
  partTimeId: string;
  receptionId: string;
  hearingOnlyTitle: string;
  hearingOnlyId: string;
  xiMassageId: string;
  shopId: string;
  candidateName: string;
}

async function publish(employer: Api, over: Record<string, unknown>): Promise<string> {
  const { createPosting } = await employer.gql(`mutation($i: PostingInput!) { createPosting(input: $i) { id } }`, { i: postingInput(over) });
  await employer.gql(`mutation($id: ID!) { publishPosting(id: $id) { id } }`, { id: createPosting.id });
  return createPosting.id as string;
}

async function until<T>(what: string, probe: () => Promise<T | null>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function arrangeSearchWorld(): Promise<SearchWorld> {
  const staff = await staffMember();
  const luoshan = { countyCode: LUOSHAN, address: '罗山县城关镇宝城路12号' };
  const massageTitle = '盲人保健按摩师';
  const { employer, postingId: massageId } = await employerWithPosting(staff, {
    org: { name: CLINIC, type: 'SOCIAL_ORG', ...luoshan, description: '盲人按摩店，员工大多是视力残疾人。' },
    posting: {
      ...luoshan, title: massageTitle, reserved: true, skills: ['保健按摩', '推拿'], salaryMin: 2600, salaryMax: 3800,
      description: '为顾客做保健按摩。店里有读屏电脑，排班和通知都用语音和文字发送。', demands: ['CUSTOMER_FACING'],
      supports: ['SCREEN_READER', 'TEXT_COMMUNICATION', 'STEP_FREE_ACCESS', 'JOB_COACH'],
    },
  });
  const partTimeId = await publish(employer, {
    ...luoshan, title: '推拿理疗师', reserved: false, employmentForm: 'PART_TIME', skills: ['推拿'], demands: [],
    description: '下午和晚上为顾客做推拿和按摩理疗。', supports: ['SCREEN_READER', 'FLEXIBLE_HOURS'],
  });
  // a job the blind seeker cannot take as it is: reading print, and no screen reader to remove it
  const receptionId = await publish(employer, {
    ...luoshan, title: '按摩店前台接待', reserved: false, skills: ['收银'], demands: ['READING_PRINT', 'CUSTOMER_FACING'],
    description: '在前台登记顾客，看纸质预约本，收银。', supports: ['STEP_FREE_ACCESS'],
  });
  // nobody suitable can be found for this one: it is only for deaf people
  const hearingOnlyTitle = '手语按摩师';
  const hearingOnlyId = await publish(employer, {
    ...luoshan, title: hearingOnlyTitle, reserved: true, suitableCategories: ['HEARING'], demands: [],
    description: '为聋人顾客做按摩，用手语交流。', supports: ['SIGN_LANGUAGE', 'TEXT_COMMUNICATION'],
  });
  for (let i = 1; i <= 11; i++) {
    await publish(employer, {
      countyCode: PINGQIAO, address: '平桥区民权路8号', title: `${PAGING_WORD}员${i}号岗`, reserved: i % 2 === 0, demands: [],
      description: '用读屏软件和盲文点显器校对盲文书稿。', supports: ['SCREEN_READER', 'BRAILLE'], skills: ['盲文'],
    });
  }

  const { postingId: xiMassageId } = await employerWithPosting(staff, {
    org: { name: '息县足道养生馆', type: 'PRIVATE', countyCode: XIXIAN, address: '息县城关镇文化路2号' },
    posting: {
      countyCode: XIXIAN, address: '息县城关镇文化路2号', title: '足疗按摩师', reserved: true, demands: [], skills: ['足疗'],
      description: '在店里为顾客做足疗按摩，按时计酬。', supports: ['SCREEN_READER'],
    },
  });
  const { postingId: shopId } = await employerWithPosting(staff, {
    org: { name: '罗山县茶乡网络科技有限公司', type: 'PRIVATE', ...luoshan },
    posting: { ...luoshan, title: '网店客服', skills: ['电商客服'], description: '回复买家咨询，处理售后问题。', supports: ['TEXT_COMMUNICATION'] },
  });

  // VISUAL, 罗山县, cannot read print or drive, must have a screen reader, agrees to job matching (profileInput's defaults);
  // a masseur's skills, so the massage jobs lead the suggestions however many typing jobs other test files add
  const blind = await seekerWithProfile({ name: '张明', skills: ['保健按摩', '推拿'] });
  const candidateName = '王小红';
  await seekerWithProfile({
    name: candidateName, gender: 'FEMALE', skills: ['保健按摩'], consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'DISCOVERABLE'],
  });
  const noConsent = await seekerWithProfile({ name: '李华', consents: ['SENSITIVE_DATA'] });

  await until('the index has the massage jobs', async () => {
    const { searchPostings } = await blind.gql(`{ searchPostings(query: "罗山按摩", page: { page: 1, pageSize: 50 }) { items { posting { id } } } }`);
    const ids = new Set(searchPostings.items.map((h: { posting: { id: string } }) => h.posting.id));
    return [massageId, partTimeId, receptionId].every((id) => ids.has(id)) ? true : null;
  });
  await until('the index has the paging jobs', async () => {
    const { searchPostings } = await blind.gql(`{ searchPostings(query: "${PAGING_WORD}") { total } }`);
    return searchPostings.total >= 11 ? true : null;
  });
  await until('the index has the discoverable seeker', async () => {
    const { candidates } = await employer.gql(`query($id: ID!) { candidates(postingId: $id) { total } }`, { id: massageId });
    return candidates.total > 0 ? true : null;
  });

  return {
    blindSeeker: blind.session, seekerWithoutConsent: noConsent.session, employer: employer.session, massageId, massageTitle,
    partTimeId, receptionId, hearingOnlyTitle, hearingOnlyId, xiMassageId, shopId, candidateName,
  };
}
