// The register of workshops and bases (plan （四）（五）（六）): staff of the county register them, everyone browses
// them as places to work, staff link placements (the person is told) and see capacity against people employed by
// county. Bad input names the field in the reader's language and changes nothing; who may and who may not.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { admin, count, employer, seeker, signUp, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

const HUAIBIN = '411527';
const HUANGCHUAN = '411526';

let server: TestServer;
let city: Client;
let hb: Client;
let hc: Client;
beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  [city, hb, hc] = (await Promise.all([null, HUAIBIN, HUANGCHUAN].map((c) => staff(server, adm.client, c)))).map((s) => s.client);
});
afterAll(async () => { await server?.close(); });

const FIELDS = 'id kind name countyCode town capacity supports workKinds homeBased contactName employedCount source canManage county { nameZh }';
const CREATE = `mutation($i: WorkshopInput!) { createWorkshop(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: WorkshopInput!) { updateWorkshop(id: $id, input: $i) { ${FIELDS} } }`;
const LIST = `query($f: WorkshopFilter) { workshops(filter: $f) { total items { id name employedCount } } }`;
const ONE = `query($id: ID!) { workshop(id: $id) { ${FIELDS} } }`;
const LINK = `mutation($p: ID!, $w: ID) { linkPlacementToWorkshop(placementId: $p, workshopId: $w) { id workshopId workshop { name }
  history { kind changes { field from to } } } }`;
const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`;
const BY_COUNTY = `{ workshopsByCounty { countyCode workshops capacity employed county { nameZh } } }`;
const NOTES = `{ myNotifications(page: { pageSize: 50 }) { items { kind title body } } }`;

export function workshopInput(over: Record<string, unknown> = {}) {
  return {
    kind: 'BEAUTIFUL_WORKSHOP', name: '淮滨县芦苇编织美丽工坊', countyCode: HUAIBIN, town: '栏杆街道', address: '淮滨县栏杆街道淮河路9号',
    capacity: 2, supports: ['FLEXIBLE_HOURS', 'REMOTE_WORK'], accessibilityNote: '材料送到家门口', workKinds: ['芦苇编织', '柳编'],
    homeBased: true, description: '居家编织，按件计酬。', contactName: '周主任', contactPhone: '0376-7712345', organizationId: null, ...over,
  };
}

describe('registering a workshop', () => {
  it('county staff register one in their county; everyone finds it as a place to work, with the plan section it comes from', async () => {
    const w = (await hb.ok<any>(CREATE, { i: workshopInput() })).createWorkshop;
    expect(w).toMatchObject({ kind: 'BEAUTIFUL_WORKSHOP', name: '淮滨县芦苇编织美丽工坊', capacity: 2, employedCount: 0, homeBased: true,
      canManage: true, county: { nameZh: '淮滨县' }, workKinds: ['芦苇编织', '柳编'] });
    expect(w.source).toContain('（四）实施残疾人组织助残就业行动');
    const base = await hb.ok<any>(CREATE, { i: workshopInput({ kind: 'ASSISTED_EMPLOYMENT', name: '淮滨县阳光家园', homeBased: false,
      supports: ['STEP_FREE_ACCESS', 'JOB_COACH'], workKinds: ['简单组装'], capacity: 10 }) });
    expect(base.createWorkshop.source).toContain('（五）');

    const anonymous = new Client(server.url);
    const list = async (f: Record<string, unknown>) => (await anonymous.ok<any>(LIST, { f })).workshops.items.map((x: any) => x.name);
    expect(await list({ countyCode: HUAIBIN })).toEqual(['淮滨县芦苇编织美丽工坊', '淮滨县阳光家园']);
    expect(await list({ countyCode: HUAIBIN, homeBased: true })).toEqual(['淮滨县芦苇编织美丽工坊']);
    expect(await list({ countyCode: HUAIBIN, supports: ['STEP_FREE_ACCESS'] })).toEqual(['淮滨县阳光家园']);
    expect(await list({ countyCode: HUAIBIN, kind: 'ASSISTED_EMPLOYMENT' })).toEqual(['淮滨县阳光家园']);
    expect(await list({ q: '柳编' })).toEqual(['淮滨县芦苇编织美丽工坊']);
    expect(await list({ countyCode: HUANGCHUAN })).toEqual([]);
    // staff of another county see it, read-only
    expect((await hc.ok<any>(ONE, { id: w.id })).workshop.canManage).toBe(false);
    expect((await anonymous.ok<any>(ONE, { id: w.id })).workshop.canManage).toBe(false);
  });

  it('refuses bad input naming the field, in the reader\'s language, and writes nothing', async () => {
    const before = await count(server, 'workshop');
    const r = await hb.fails(CREATE, { i: workshopInput({ capacity: -1, countyCode: '999999', contactPhone: 'call me', name: '  ' }) });
    expect(r.code).toBe('BAD_USER_INPUT');
    const messages = r.fields.map((f: any) => f.message).join(' / ');
    expect(messages).toContain('可容纳人数');
    expect(messages).toContain('联系电话');
    const unknownCounty = await city.fails(CREATE, { i: workshopInput({ countyCode: '999999' }) });
    expect(unknownCounty.fields).toEqual([expect.objectContaining({ path: 'input.countyCode', message: expect.stringContaining('县区') })]);
    const english = new Client(server.url, { 'accept-language': 'en' });
    english.cookie = hb.cookie;
    const en = await english.fails(CREATE, { i: workshopInput({ capacity: 100001 }) });
    expect(en.fields.map((f: any) => f.message).join(' ')).toMatch(/capacity/);
    expect(await count(server, 'workshop')).toBe(before);
  });

  it('lets staff of the county and the city only: others are refused and nothing changes', async () => {
    const before = await count(server, 'workshop');
    expect((await new Client(server.url).fails(CREATE, { i: workshopInput() })).code).toBe('UNAUTHENTICATED');
    expect((await (await seeker(server, { countyCode: HUAIBIN })).client.fails(CREATE, { i: workshopInput() })).code).toBe('FORBIDDEN');
    expect((await (await employer(server, { countyCode: HUAIBIN })).client.fails(CREATE, { i: workshopInput() })).code).toBe('FORBIDDEN');
    expect((await hc.fails(CREATE, { i: workshopInput() })).code).toBe('FORBIDDEN');
    expect(await count(server, 'workshop')).toBe(before);
    const w = (await city.ok<any>(CREATE, { i: workshopInput({ name: '淮滨县就业帮扶车间', kind: 'SUPPORT_WORKSHOP' }) })).createWorkshop;
    // another county's staff may not edit it, nor move it into their county
    expect((await hc.fails(UPDATE, { id: w.id, i: workshopInput({ name: '改名' }) })).code).toBe('FORBIDDEN');
    expect((await hb.fails(UPDATE, { id: w.id, i: workshopInput({ countyCode: HUANGCHUAN }) })).code).toBe('FORBIDDEN');
    expect((await hb.ok<any>(UPDATE, { id: w.id, i: workshopInput({ name: '淮滨县就业帮扶车间（一期）', kind: 'SUPPORT_WORKSHOP' }) })).updateWorkshop.name)
      .toBe('淮滨县就业帮扶车间（一期）');
    expect((await hb.fails(UPDATE, { id: '00000000-0000-4000-8000-000000000000', i: workshopInput() })).code).toBe('NOT_FOUND');
  });
});

describe('linking placements', () => {
  it('counts the people employed there, tells the person, keeps it in the history, and refuses a full workshop', async () => {
    const w = (await hb.ok<any>(CREATE, { i: workshopInput({ name: '淮滨县柳编美丽工坊', capacity: 1 }) })).createWorkshop;
    const org = await employer(server, { countyCode: HUAIBIN, type: 'SOCIAL_ORG', name: '淮滨县残疾人手工协会' });
    const people = await Promise.all([0, 1].map(() => seeker(server, { countyCode: HUAIBIN, preferredCounties: [HUAIBIN] })));
    const [a, b] = await Promise.all(people.map(async (p) => (await hb.ok<any>(RECORD, { i: { seekerId: p.seekerId, organizationId: org.organizationId,
      employmentForm: 'HOME_BASED', startDate: '2024-05-01' } })).recordPlacement.id as string));

    const linked = (await hb.ok<any>(LINK, { p: a, w: w.id })).linkPlacementToWorkshop;
    expect(linked).toMatchObject({ workshopId: w.id, workshop: { name: '淮滨县柳编美丽工坊' } });
    expect(linked.history.at(-1)).toEqual({ kind: 'CORRECTED', changes: [{ field: 'workshop', from: null, to: '淮滨县柳编美丽工坊' }] });
    expect((await new Client(server.url).ok<any>(ONE, { id: w.id })).workshop.employedCount).toBe(1);
    const note = (await people[0].client.ok<any>(NOTES)).myNotifications.items.find((n: any) => n.kind === 'WORKSHOP_LINKED');
    expect(note.body).toContain('淮滨县残疾人手工协会');
    expect(note.body).toContain('淮滨县柳编美丽工坊');
    expect(note.body).toContain('美丽工坊');

    // full: the second person cannot be linked until the capacity is raised; the capacity cannot drop below who works there
    expect(await hb.fails(LINK, { p: b, w: w.id })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已满') });
    expect((await hb.fails(UPDATE, { id: w.id, i: workshopInput({ name: '淮滨县柳编美丽工坊', capacity: 0 }) })).fields[0].message)
      .toContain('现在在这里就业的1人');
    await hb.ok(UPDATE, { id: w.id, i: workshopInput({ name: '淮滨县柳编美丽工坊', capacity: 3 }) });
    await hb.ok(LINK, { p: b, w: w.id });
    expect((await hb.ok<any>(ONE, { id: w.id })).workshop.employedCount).toBe(2);
    // the same link twice is refused as nothing to change
    expect((await hb.fails(LINK, { p: b, w: w.id })).code).toBe('BAD_USER_INPUT');

    // an ended placement no longer counts; unlinking tells the person
    await hb.ok(`mutation($id: ID!) { endPlacement(id: $id, endDate: "2024-10-01", reason: RESIGNED) { id } }`, { id: b });
    expect((await hb.ok<any>(ONE, { id: w.id })).workshop.employedCount).toBe(1);
    await hb.ok(LINK, { p: a, w: null });
    expect((await hb.ok<any>(ONE, { id: w.id })).workshop.employedCount).toBe(0);
    expect((await people[0].client.ok<any>(NOTES)).myNotifications.items.map((n: any) => n.kind)).toContain('WORKSHOP_UNLINKED');

    // by county: capacity against people employed now
    const rows = (await city.ok<any>(BY_COUNTY)).workshopsByCounty;
    const huaibin = rows.find((r: any) => r.countyCode === HUAIBIN);
    expect(huaibin.county).toEqual({ nameZh: '淮滨县' });
    expect(huaibin.employed).toBe(0);
    expect((await hc.ok<any>(BY_COUNTY)).workshopsByCounty.every((r: any) => r.countyCode === HUANGCHUAN)).toBe(true);
  });

  it('refuses others: the workshop or placement of another county, bad ids, people who are not staff', async () => {
    const w = (await hb.ok<any>(CREATE, { i: workshopInput({ name: '淮滨县农村残疾人就业基地', kind: 'RURAL_BASE' }) })).createWorkshop;
    const org = await employer(server, { countyCode: HUAIBIN });
    const p = await seeker(server, { countyCode: HUAIBIN });
    const id = (await hb.ok<any>(RECORD, { i: { seekerId: p.seekerId, organizationId: org.organizationId, employmentForm: 'FLEXIBLE', startDate: '2024-06-01' } })).recordPlacement.id;
    const snapshot = async () => (await server.db.query(`SELECT workshop_id, (SELECT count(*) FROM placement_change c WHERE c.placement_id = $1) AS n FROM placement WHERE id = $1`, [id])).rows[0];
    const before = await snapshot();
    expect((await hc.fails(LINK, { p: id, w: w.id })).code).toBe('NOT_FOUND'); // the placement is outside their county
    expect((await p.client.fails(LINK, { p: id, w: w.id })).code).toBe('FORBIDDEN');
    expect((await org.client.fails(LINK, { p: id, w: w.id })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(LINK, { p: id, w: w.id })).code).toBe('UNAUTHENTICATED');
    expect((await hb.fails(LINK, { p: id, w: '00000000-0000-4000-8000-000000000000' })).fields[0]).toMatchObject({ path: 'workshopId' });
    expect((await hb.fails(LINK, { p: id, w: 'not-a-uuid' })).code).toBe('BAD_USER_INPUT');
    // a workshop in another county: the 淮滨 staff may not link to it
    const other = (await hc.ok<any>(CREATE, { i: workshopInput({ name: '潢川县阳光家园', countyCode: HUANGCHUAN, kind: 'ASSISTED_EMPLOYMENT' }) })).createWorkshop;
    expect((await hb.fails(LINK, { p: id, w: other.id })).code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
    expect((await (await signUp(server, 'SEEKER')).client.fails(BY_COUNTY)).code).toBe('FORBIDDEN');
  });
});
