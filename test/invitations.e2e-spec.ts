// Invitations to apply: an employer invites a seeker who consented to be found, once per posting, with a note; the
// seeker sees it with the match, applies (the invitation then says so) or declines; each step notifies the other side.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { admin, count, employer, LUOSHAN, publishedPosting, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

const INVITE = `mutation($input: InviteToApplyInput!) { inviteToApply(input: $input) { id status note postingId seekerId } }`;
const DECLINE = `mutation($input: DeclineInvitationInput!) { declineInvitation(input: $input) { id status declineReason respondedAt } }`;
const MINE = `query { myInvitations { id status note posting { id title myMatch { score reasons { text } gaps { text } } } } }`;
const FOR_POSTING = `query($id: ID!) { invitationsForPosting(postingId: $id) { id seekerId status declineReason } }`;
const APPLY = `mutation($input: ApplyInput!) { applyToPosting(input: $input) { id } }`;
const NOTICES = `query { myNotifications { items { kind title body } } }`;

async function candidate() {
  const s = await seeker(server, { consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'DISCOVERABLE'] });
  return s;
}

describe('inviteToApply', () => {
  let emp: Awaited<ReturnType<typeof employer>>;
  let postingId: string;
  beforeAll(async () => {
    emp = await employer(server, { name: '罗山县光明盲人按摩中心', countyCode: LUOSHAN });
    postingId = await publishedPosting(emp, { title: '盲人保健按摩师' });
  });

  it('invites once, with a note; the seeker sees it with the match and is notified; applying answers it and tells the employer', async () => {
    const s = await candidate();
    const inv = (await emp.client.ok<any>(INVITE, { input: { postingId, seekerId: s.seekerId, note: '  店里有读屏电脑，欢迎来申请。 ' } })).inviteToApply;
    expect(inv).toMatchObject({ status: 'SENT', note: '店里有读屏电脑，欢迎来申请。', postingId, seekerId: s.seekerId });
    const again = await emp.client.gql(INVITE, { input: { postingId, seekerId: s.seekerId, note: '' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/已经邀请过/);
    expect(await count(server, 'invitation', 'seeker_id = $1', [s.seekerId])).toBe(1);

    const mine = (await s.client.ok<any>(MINE)).myInvitations;
    expect(mine).toHaveLength(1);
    expect(mine[0].posting.title).toBe('盲人保健按摩师');
    expect(mine[0].posting.myMatch.reasons.length).toBeGreaterThan(0);
    const seekerNotices = (await s.client.ok<any>(NOTICES)).myNotifications.items;
    expect(seekerNotices.some((n: any) => n.kind === 'INVITED_TO_APPLY' && /盲人保健按摩师/.test(n.body))).toBe(true);

    await s.client.ok(APPLY, { input: { postingId, note: '', accommodations: [], accommodationNote: '' } });
    const seen = (await emp.client.ok<any>(FOR_POSTING, { id: postingId })).invitationsForPosting;
    expect(seen.find((i: any) => i.seekerId === s.seekerId).status).toBe('APPLIED');
    const empNotices = (await emp.client.ok<any>(NOTICES)).myNotifications.items;
    expect(empNotices.some((n: any) => n.kind === 'INVITATION_ACCEPTED')).toBe(true);
    // answered: it cannot be declined any more
    const late = await s.client.gql(DECLINE, { input: { invitationId: inv.id } });
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('the seeker declines with a reason; the employer sees it and is notified', async () => {
    const s = await candidate();
    const inv = (await emp.client.ok<any>(INVITE, { input: { postingId, seekerId: s.seekerId, note: '' } })).inviteToApply;
    const declined = (await s.client.ok<any>(DECLINE, { input: { invitationId: inv.id, declineReason: ' 离家太远 ' } })).declineInvitation;
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: '离家太远' });
    const seen = (await emp.client.ok<any>(FOR_POSTING, { id: postingId })).invitationsForPosting;
    expect(seen.find((i: any) => i.id === inv.id)).toMatchObject({ status: 'DECLINED', declineReason: '离家太远' });
    const empNotices = (await emp.client.ok<any>(NOTICES)).myNotifications.items;
    expect(empNotices.some((n: any) => n.kind === 'INVITATION_DECLINED' && /离家太远/.test(n.body))).toBe(true);
  });

  it('refuses bad input naming the field (zh and en) and writes nothing', async () => {
    const s = await candidate();
    const long = '很'.repeat(501);
    const r = await emp.client.gql(INVITE, { input: { postingId, seekerId: s.seekerId, note: long } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((r.errors![0].extensions!.fields as any[])[0]).toMatchObject({ path: 'input.note' });
    expect(r.errors![0].message).toMatch(/附言最多500个字/);
    const en = await emp.client.raw({ query: INVITE, variables: { input: { postingId, seekerId: s.seekerId, note: long } } }, { 'accept-language': 'en' });
    expect(en.json.errors[0].message).toMatch(/note must be at most 500 characters/);
    const notFound = await emp.client.gql(INVITE, { input: { postingId, seekerId: '00000000-0000-4000-8000-000000000000', note: '' } });
    expect((notFound.errors![0].extensions!.fields as any[])[0]).toMatchObject({ path: 'input.seekerId' });
    const inv = (await emp.client.ok<any>(INVITE, { input: { postingId, seekerId: s.seekerId, note: '' } })).inviteToApply;
    const tooLong = await s.client.gql(DECLINE, { input: { invitationId: inv.id, declineReason: '远'.repeat(301) } });
    expect((tooLong.errors![0].extensions!.fields as any[])[0]).toMatchObject({ path: 'input.declineReason' });
    expect(await count(server, 'invitation', `seeker_id = $1 AND status = 'SENT'`, [s.seekerId])).toBe(1);
    expect(await count(server, 'invitation', 'seeker_id = $1', [s.seekerId])).toBe(1);
  });

  it('only the posting\'s employer invites, only people who agreed to be found; only the invited seeker declines', async () => {
    const s = await candidate();
    const hidden = await seeker(server); // not discoverable
    const r = await emp.client.gql(INVITE, { input: { postingId, seekerId: hidden.seekerId, note: '' } });
    expect((r.errors![0].extensions!.fields as any[])[0]).toMatchObject({ path: 'input.seekerId' });
    const other = await employer(server);
    const byOther = await other.client.gql(INVITE, { input: { postingId, seekerId: s.seekerId, note: '' } });
    expect((byOther.errors![0].extensions!.fields as any[])[0]).toMatchObject({ path: 'input.postingId' });
    expect((await other.client.gql(FOR_POSTING, { id: postingId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const adm = await admin(server);
    const staffer = await staff(server, adm.client, LUOSHAN);
    expect((await staffer.client.gql(INVITE, { input: { postingId, seekerId: s.seekerId, note: '' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await s.client.gql(INVITE, { input: { postingId, seekerId: s.seekerId, note: '' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await new Client(server.url).gql(INVITE, { input: { postingId, seekerId: s.seekerId, note: '' } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count(server, 'invitation', 'seeker_id = ANY($1::uuid[])', [[s.seekerId, hidden.seekerId]])).toBe(0);

    const inv = (await emp.client.ok<any>(INVITE, { input: { postingId, seekerId: s.seekerId, note: '' } })).inviteToApply;
    const stranger = await candidate();
    const byStranger = await stranger.client.gql(DECLINE, { input: { invitationId: inv.id } });
    expect((byStranger.errors![0].extensions!.fields as any[])[0]).toMatchObject({ path: 'input.invitationId' });
    expect((await emp.client.gql(DECLINE, { input: { invitationId: inv.id } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count(server, 'invitation', `id = $1 AND status = 'SENT'`, [inv.id])).toBe(1);
  });
});
