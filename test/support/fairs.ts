// What the fair (recruitment event) e2e files share: a test server with staff of the city and of some counties,
// started before the file's tests and closed after them, and a fair as staff would enter it.
import { afterAll, beforeAll } from '@jest/globals';
import { admin, staff } from './fixtures.js';
import { startTestServer, type Client, type TestServer } from './server.js';

export const H = 3600_000;
export const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

const COUNTY_NAMES: Record<string, string> = { '411521': '罗山县', '411524': '商城县', '411528': '息县' };

export const CREATE_FAIR = `mutation($i: EventInput!) { createEvent(input: $i) { id status registeredCount } }`;
export const PUBLISH_FAIR = `mutation($id: ID!) { publishEvent(id: $id) { id status } }`;

/** An on-site fair in the county happening now (registration open), with its accessibility details; over changes any field. */
export function fairInput(countyCode: string, over: Record<string, unknown> = {}) {
  const name = COUNTY_NAMES[countyCode] ?? '信阳市';
  return {
    kind: 'GENERAL', mode: 'ONSITE', title: `${name}残疾人专场招聘会`, description: '现场提供手语翻译', organizer: `${name}残疾人联合会`,
    countyCode, startsAt: iso(-1 * H), endsAt: iso(2 * H), registrationOpensAt: iso(-48 * H), registrationClosesAt: iso(1 * H),
    venueName: `${name}人力资源市场`, address: `${name}城关镇`, stepFreeRoute: true, accessibleToilets: true, quietRoom: true,
    services: [{ service: 'SIGN_LANGUAGE_INTERPRETER', quantity: 1 }, { service: 'GUIDE', quantity: 5 }],
    seekerCapacity: 50, boothLimit: 10, ...over,
  };
}

/** Creates and publishes a fair as `by`; its id. */
export async function publishedFair(by: Client, input: Record<string, unknown>): Promise<string> {
  const { createEvent } = await by.ok<{ createEvent: { id: string } }>(CREATE_FAIR, { i: input });
  await by.ok(PUBLISH_FAIR, { id: createEvent.id });
  return createEvent.id;
}

export interface FairsWorld {
  server: TestServer;
  /** City staff (no county scope). */
  city: Client;
  /** Staff of each county asked for, by county code. */
  county: Record<string, Client>;
}

/** Registers the file's beforeAll/afterAll: a server, an administrator, city staff and staff of each county. */
export function fairsWorld(counties: readonly string[]): FairsWorld {
  const world = { county: {} } as FairsWorld;
  beforeAll(async () => {
    world.server = await startTestServer();
    const adm = await admin(world.server);
    world.city = (await staff(world.server, adm.client, null)).client;
    for (const code of counties) world.county[code] = (await staff(world.server, adm.client, code)).client;
  });
  afterAll(async () => { await world.server?.close(); });
  return world;
}
