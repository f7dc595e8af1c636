// The "four ones" and the graduate ledger arranged through the API in 商城县 (411524), a county no other browser
// file puts anyone in, so the lists filtered to it hold only this file's people:
//   three seekers who said at this year's information check that they want work (so all three lack the ability
//   assessment until the journey records one); a graduate who started a job 120 days ago (the 1- and 3-month
//   follow-ups overdue) with a plan and a contact; a graduate with no job yet.
import { adminMember, Api, employerWithPosting, LUOSHAN, searchIndexCaughtUp, seekerWithProfile, staffMember, uniquePhone } from './support/api.js';

export const SHANGCHENG = '411524';

export interface CaseworkWorld {
  /** The session cookie value of a city-wide staff member. */
  staff: string;
  staffApi: Api;
  /** The session cookie value of a staff member who covers 商城县 only. */
  countyStaff: string;
  /** Want work, lack the ability assessment; the journey records one for the first. */
  seekers: Array<{ id: string; name: string }>;
  placedGraduate: { id: string; name: string };
  newGraduate: { id: string; name: string };
  year: number;
  /** Administration (issue 14): an administrator; a city staff member who signs in on the sign-in page; a seeker in
   *  商城县 whose profile the county's staff read (so their access log has entries). */
  admin: string;
  signInStaff: { phone: string; name: string };
  readSeeker: string;
  /** Acting for a person, in 罗山县 (away from this file's 商城县 lists): a person who agreed that staff may act for
   *  them, signed in as themself; 罗山县 staff named 王某; a posting found by its title and a fair open for registration. */
  counter: { person: { id: string; name: string; session: string }; staff: string; postingTitle: string; eventTitle: string };
  /** One-time passwords (issue 14): a staff member signed in with one and not yet past the change-password screen;
   *  another who signs in with theirs in the journey. */
  oneTimeSession: string;
  oneTimeSignIn: { phone: string; otp: string };
  /** Retention (issue 15), in 商城县: a person placed 200 days ago (the 1-, 3- and 6-month follow-ups overdue), and a
   *  person placed 40 days ago whom the check-in run has asked "still working there?" (and the employer too). */
  outcomes: {
    followUp: { name: string; placementId: string };
    checkIn: { name: string; session: string; organizationName: string };
    employer: string;
  };
}

/** Today as the server counts it (UTC). */
export const today = () => new Date().toISOString().slice(0, 10);
export const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function seekerIn(over: Record<string, unknown>): Promise<string> {
  const seeker = await seekerWithProfile({ countyCode: SHANGCHENG, preferredCounties: [SHANGCHENG], ...over });
  const { myProfile } = await seeker.gql<{ myProfile: { id: string } }>(`{ myProfile { id } }`);
  return myProfile.id;
}

const RECORD = `mutation($i: ServiceRecordInput!) { recordService(input: $i) { id } }`;

let arranged: Promise<CaseworkWorld> | null = null;

/** Arranged once per test file run. */
export function arrangeCaseworkWorld(): Promise<CaseworkWorld> {
  arranged ??= (async () => {
    const staff = await staffMember();
    const names = ['陈晓燕', '刘建国', '孙丽华'];
    const seekers = [];
    for (const name of names) {
      const id = await seekerIn({ name });
      await staff.gql(RECORD, { i: { seekerId: id, kind: 'INFORMATION_CHECK', serviceDate: today(), intention: 'WANTS_WORK', notes: '电话核查', outcome: '想找按摩类工作' } });
      seekers.push({ id, name });
    }
    const gradYear = new Date().getUTCFullYear() - 1;
    const placed = { name: '周文静', id: await seekerIn({ name: '周文静', education: 'BACHELOR', graduateYear: gradYear, graduateSchool: '信阳师范大学' }) };
    const fresh = { name: '吴思远', id: await seekerIn({ name: '吴思远', education: 'BACHELOR', graduateYear: gradYear, graduateSchool: '信阳学院' }) };
    await staff.gql(`mutation($i: GraduatePlanInput!) { saveGraduatePlan(input: $i) { status } }`,
      { i: { seekerId: placed.id, status: 'EMPLOYED', plan: '推荐到电商客服岗位，入职后按时回访。' } });
    await staff.gql(`mutation($i: LedgerEntryInput!) { addLedgerEntry(input: $i) { id } }`,
      { i: { seekerId: placed.id, kind: 'CONTACT', entryDate: daysAgo(150), notes: '电话联系本人' } });
    const { organizationId } = await employerWithPosting(staff, {
      org: { name: '商城县无障碍电商服务中心', countyCode: SHANGCHENG, address: '商城县赤城街道崇福路1号' },
      posting: { countyCode: SHANGCHENG, address: '商城县赤城街道崇福路1号', title: '网店客服' },
    });
    await staff.gql(`mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`,
      { i: { seekerId: placed.id, organizationId, employmentForm: 'FULL_TIME', startDate: daysAgo(120) } });
    const county = await staffMember(SHANGCHENG, '商城县残联工作人员');
    const admin = await adminMember();
    const signInStaff = { name: '何晓东', phone: (await staffMember(null, '何晓东')).phone };
    const oneTime = async (displayName: string) => {
      const phone = uniquePhone();
      const { createStaffUser } = await admin.gql<{ createStaffUser: { oneTimePassword: string } }>(
        `mutation($i: CreateStaffInput!) { createStaffUser(input: $i) { oneTimePassword } }`, { i: { displayName, phone, generatePassword: true } });
      return { phone, otp: createStaffUser.oneTimePassword };
    };
    const waiting = await oneTime('韩晓梅');
    const oneTimeSession = (await Api.signIn(waiting.phone, waiting.otp)).session;
    const oneTimeSignIn = await oneTime('冯晓光');
    const read = await seekerWithProfile({ countyCode: SHANGCHENG, preferredCounties: [SHANGCHENG], name: '郑小红' });
    const { myProfile: readProfile } = await read.gql<{ myProfile: { id: string } }>(`{ myProfile { id } }`);
    await county.gql(`query SeekerServices($id: ID!) { seeker(id: $id) { category certificateNumber(purpose: CASEWORK) } }`, { id: readProfile.id });
    return {
      staff: staff.session, staffApi: staff, countyStaff: county.session, seekers, placedGraduate: placed, newGraduate: fresh, year: new Date().getUTCFullYear(),
      admin: admin.session, signInStaff, readSeeker: read.session, oneTimeSession, oneTimeSignIn,
      counter: await arrangeCounter(staff),
      outcomes: await arrangeOutcomes(staff),
    };
  })();
  return arranged;
}


async function arrangeCounter(cityStaff: Api): Promise<CaseworkWorld['counter']> {
  const name = '赵淑芬';
  const person = await seekerWithProfile({ name, countyCode: LUOSHAN, consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'ACT_ON_BEHALF'] });
  const { myProfile } = await person.gql<{ myProfile: { id: string } }>(`{ myProfile { id } }`);
  const postingTitle = '盲人按摩理疗师';
  await employerWithPosting(cityStaff, {
    org: { name: '罗山县康复按摩中心', countyCode: LUOSHAN, address: '罗山县城关镇宝城路2号' },
    posting: { countyCode: LUOSHAN, address: '罗山县城关镇宝城路2号', title: postingTitle },
  });
  const eventTitle = '罗山县春风行动专场招聘会';
  const H = 3600_000;
  const at = (ms: number) => new Date(Date.now() + ms).toISOString();
  const { createEvent } = await cityStaff.gql(`mutation($i: EventInput!) { createEvent(input: $i) { id } }`, { i: {
    kind: 'GENERAL', mode: 'ONSITE', title: eventTitle, description: '现场提供手语翻译和引导', organizer: '罗山县残疾人联合会',
    countyCode: LUOSHAN, startsAt: at(72 * H), endsAt: at(76 * H), registrationOpensAt: at(-24 * H), registrationClosesAt: at(48 * H),
    venueName: '罗山县人力资源市场', address: '罗山县城关镇宝城路', stepFreeRoute: true, accessibleToilets: true, quietRoom: true,
    services: [{ service: 'SIGN_LANGUAGE_INTERPRETER', quantity: 1 }, { service: 'GUIDE', quantity: 2 }], seekerCapacity: 30, boothLimit: 5,
  } });
  await cityStaff.gql(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id });
  const luoshan = await staffMember(LUOSHAN, '王某');
  await searchIndexCaughtUp();
  return { person: { id: myProfile.id, name, session: person.session }, staff: luoshan.session, postingTitle, eventTitle };
}

async function arrangeOutcomes(cityStaff: Api): Promise<CaseworkWorld['outcomes']> {
  const organizationName = '商城县茶叶加工合作社';
  const { employer, organizationId } = await employerWithPosting(cityStaff, {
    org: { name: organizationName, countyCode: SHANGCHENG, address: '商城县赤城街道茶场路3号' },
    posting: { countyCode: SHANGCHENG, address: '商城县赤城街道茶场路3号', title: '茶叶分拣员' },
  });
  const place = async (name: string, startDate: string) => {
    const person = await seekerWithProfile({ name, countyCode: SHANGCHENG, preferredCounties: [SHANGCHENG] });
    const { myProfile } = await person.gql<{ myProfile: { id: string } }>(`{ myProfile { id } }`);
    const { recordPlacement } = await cityStaff.gql(`mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`,
      { i: { seekerId: myProfile.id, organizationId, employmentForm: 'FULL_TIME', startDate, evidence: '看过劳动合同' } });
    return { person, placementId: recordPlacement.id as string };
  };
  const followUp = { name: '钱小梅', placementId: (await place('钱小梅', daysAgo(200))).placementId };
  const asked = await place('孙志强', daysAgo(40));
  // the check-in run (every 2 s in this file) asks the person once the first month has passed
  for (let i = 0; i < 100; i++) {
    const { myCheckIns } = await asked.person.gql<{ myCheckIns: unknown[] }>(`{ myCheckIns { month } }`);
    if (myCheckIns.length) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return { followUp, checkIn: { name: '孙志强', session: asked.person.session, organizationName }, employer: employer.session };
}
