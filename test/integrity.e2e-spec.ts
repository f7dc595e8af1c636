import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LUOSHAN, XIXIAN, admin, employer, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let lu: Client;
let xi: Client;
beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  lu = (await staff(server, adm.client, LUOSHAN)).client;
  xi = (await staff(server, adm.client, XIXIAN)).client;
});
afterAll(async () => { await server?.close(); });

const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`;
const RUN = `mutation { runIntegrityChecks { doubleCounted shortPlacements staleReservedPostings noHistory } }`;
const FLAGS = `query($f: IntegrityFlagFilter) { integrityFlags(filter: $f, page: { pageSize: 100 }) { items { id kind status seekerId placementIds note organizations { id name }
  placements { id personName organizationName startDate counted } } } }`;

describe('integrity checks', () => {
  it('flag double counting, short placements, placements without history and stale reserved postings, once each', async () => {
    const s = await seeker(server);
    const [e1, e2] = await Promise.all([employer(server, { countyCode: LUOSHAN }), employer(server)]);
    const p1 = (await lu.ok<any>(RECORD, { i: { seekerId: s.seekerId, organizationId: e1.organizationId, employmentForm: 'FULL_TIME', startDate: '2023-01-01' } })).recordPlacement.id;
    const p2 = (await lu.ok<any>(RECORD, { i: { seekerId: s.seekerId, organizationId: e2.organizationId, employmentForm: 'FULL_TIME', startDate: '2023-06-01' } })).recordPlacement.id;
    await e2.client.ok(`mutation($id: ID!) { endPlacement(id: $id, endDate: "2023-07-15", reason: RESIGNED) { id } }`, { id: p2 });
    // a reserved posting published long ago, never interviewing anyone
    const { createPosting } = await e1.client.ok<any>(`mutation($i: PostingInput!) { createPosting(input: $i) { id } }`, { i: {
      title: '预留岗位文员', description: '为残疾人预留的文员岗位，负责资料整理。', countyCode: LUOSHAN, address: '罗山县测试路', employmentForm: 'FULL_TIME',
      openings: 1, reserved: true } });
    await e1.client.ok(`mutation($id: ID!) { publishPosting(id: $id) { id } }`, { id: createPosting.id });
    await server.db.query(`UPDATE posting SET published_at = now() - interval '120 days' WHERE id = $1`, [createPosting.id]);

    const first = await lu.ok<any>(RUN);
    expect(first.runIntegrityChecks.doubleCounted).toBeGreaterThanOrEqual(1);
    // the county's staff hear of new flags of every kind, one notice per run
    const raisedNotices = () => server.db.query(`SELECT n.params FROM notification n JOIN app_user u ON u.id = n.user_id
      WHERE n.kind = 'INTEGRITY_FLAGS_RAISED' AND u.scope_county_code = $1`, [LUOSHAN]).then((r) => r.rows);
    expect(await raisedNotices()).toEqual([{ params: expect.objectContaining({ countyCode: LUOSHAN, count: expect.any(Number) }) }]);
    const flags = (await lu.ok<any>(FLAGS, { f: { status: 'OPEN' } })).integrityFlags.items;
    const mine = flags.filter((f: any) => f.seekerId === s.seekerId);
    expect(mine.map((f: any) => f.kind).sort()).toEqual(['DOUBLE_COUNTED', 'NO_HISTORY', 'NO_HISTORY', 'SHORT_PLACEMENT']);
    const doubled = mine.find((f: any) => f.kind === 'DOUBLE_COUNTED');
    expect(doubled.placementIds.sort()).toEqual([p1, p2].sort());
    // the organizations counting the same person, by name for the screen
    expect(doubled.organizations.map((o: any) => o.id).sort()).toEqual([e1.organizationId, e2.organizationId].sort());
    expect(doubled.organizations.every((o: any) => o.name === '信阳测试电子商务有限公司')).toBe(true);
    expect(mine.find((f: any) => f.kind === 'SHORT_PLACEMENT').organizations).toEqual([]);
    // its placements, for staff to choose which are not genuine: the person's name masked, the employer, the start date
    const [{ name }] = (await server.db.query(`SELECT name FROM seeker_profile WHERE id = $1`, [s.seekerId])).rows;
    expect([...doubled.placements].sort((a: any, b: any) => a.startDate.localeCompare(b.startDate))).toEqual([
      { id: p1, personName: `${[...name][0]}某`, organizationName: '信阳测试电子商务有限公司', startDate: '2023-01-01', counted: true },
      { id: p2, personName: `${[...name][0]}某`, organizationName: '信阳测试电子商务有限公司', startDate: '2023-06-01', counted: true },
    ]);
    expect(JSON.stringify(doubled.placements)).not.toContain(name);
    const stale = await lu.ok<any>(`{ integrityFlags(filter: { kind: STALE_RESERVED_POSTINGS }, page: { pageSize: 100 }) { items { organization { id } } } }`);
    expect(stale.integrityFlags.items.map((f: any) => f.organization.id)).toContain(e1.organizationId);

    // decisions: a note is required, staff of another county cannot decide, a decision sticks when checks run again
    const flag = mine.find((f: any) => f.kind === 'SHORT_PLACEMENT');
    const DECIDE = `mutation($id: ID!, $c: Boolean!, $n: String!) { decideIntegrityFlag(id: $id, confirmed: $c, note: $n) { status note } }`;
    expect((await lu.fails(DECIDE, { id: flag.id, c: false, n: ' ' })).code).toBe('BAD_USER_INPUT');
    expect((await xi.fails(DECIDE, { id: flag.id, c: false, n: '试用期离职' })).code).toBe('FORBIDDEN');
    expect((await lu.ok<any>(DECIDE, { id: flag.id, c: false, n: '试用期内本人离职，已核实' })).decideIntegrityFlag).toEqual({ status: 'CLEARED', note: '试用期内本人离职，已核实' });
    expect((await lu.fails(DECIDE, { id: flag.id, c: true, n: '再次处理' })).code).toBe('CONFLICT');
    // cleared: the employer is told nothing (it was never told of the flag)
    expect(await server.db.query(`SELECT 1 FROM notification WHERE kind = 'INTEGRITY_FINDING_CONFIRMED' AND user_id = ANY($1)`, [[e1.userId, e2.userId]]))
      .toMatchObject({ rowCount: 0 });
    await lu.ok(RUN);
    expect(await raisedNotices()).toHaveLength(1); // nothing new, nobody told again
    const again = (await lu.ok<any>(FLAGS, {})).integrityFlags.items.filter((f: any) => f.seekerId === s.seekerId);
    expect(again).toHaveLength(4);
    expect(again.find((f: any) => f.id === flag.id).status).toBe('CLEARED');
    expect((await xi.ok<any>(FLAGS, {})).integrityFlags.items.filter((f: any) => f.seekerId === s.seekerId)).toHaveLength(0);
    expect((await e1.client.fails(RUN)).code).toBe('FORBIDDEN');
  });

  it('run on their own in a second server instance: a new finding is flagged without anyone pressing the button', async () => {
    const s = await seeker(server);
    const e = await employer(server, { countyCode: LUOSHAN });
    const placementId = (await lu.ok<any>(RECORD, { i: { seekerId: s.seekerId, organizationId: e.organizationId, employmentForm: 'FULL_TIME', startDate: '2024-03-01' } })).recordPlacement.id;
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address() as { port: number };
        probe.close(() => resolve(p));
      });
    });
    // the same database; its own search relay off (the embedded index lives in the first instance's process)
    const child = spawn(process.execPath, ['dist/server/main.js'], {
      env: { ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: process.env.E2E_DATABASE_URL,
        DEMO_DATA: 'off', SEARCH_RELAY: 'off', REMINDER_INTERVAL_SECONDS: '0', INTEGRITY_CHECK_INTERVAL_SECONDS: '1', DB_POOL_SIZE: '4' },
      stdio: 'ignore',
    });
    try {
      let flagged: any[] = [];
      for (let i = 0; i < 60 && !flagged.length; i++) {
        await new Promise((r) => setTimeout(r, 500));
        flagged = (await server.db.query(`SELECT kind FROM integrity_flag WHERE seeker_id = $1 AND $2 = ANY(placement_ids)`, [s.seekerId, placementId])).rows;
      }
      expect(flagged.map((f) => f.kind)).toEqual(['NO_HISTORY']);
      const audit = await server.db.query(`SELECT actor_user_id FROM audit_log WHERE entity = 'integrity' AND detail->>'op' = 'scheduled-run' LIMIT 1`);
      expect(audit.rows).toEqual([{ actor_user_id: null }]);
    } finally {
      child.kill();
    }
  });
});
