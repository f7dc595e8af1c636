// Search serves posting rows (and their organizations) from a cache in each instance (server/src/search/posting-cache.ts),
// evicted by the outbox follower in the step that updates that instance's index. Two server processes on one database:
// each change below is made after both instances have the rows cached (searched once), and both must show it within
// 10 s, a third of the cache's 30 s lifetime, so a cache that was not evicted would fail here: a posting edited, closed
// or full, an organization renamed or no longer verified, by the API or by plain SQL.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { employer, postingInput, publishedPosting } from './support/fixtures.js';
import { Client, startAnotherInstance, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let second: { url: string; stop(): Promise<void> };
let emp: Awaited<ReturnType<typeof employer>>;
let other: Awaited<ReturnType<typeof employer>>;
const ids: string[] = [];

interface Item { posting: { id: string; title: string; openingsLeft: number; organization: { name: string } } }

const SEARCH = `query($q: String!, $full: Boolean) { searchPostings(query: $q, filter: { includeFull: $full }, page: { pageSize: 50 }) {
  total items { posting { id title openingsLeft organization { name } } } } }`;

async function both(q: string, full = false): Promise<Item[][]> {
  return Promise.all([server.url, second.url].map(async (url) => {
    const r = await new Client(url).ok<{ searchPostings: { items: Item[] } }>(SEARCH, { q, full });
    return r.searchPostings.items;
  }));
}

/** Searches both instances until `ok` holds for each answer (at most 10 s); returns the last answers. */
async function untilBoth(q: string, ok: (items: Item[]) => boolean, full = false): Promise<Item[][]> {
  const until = Date.now() + 10_000;
  for (;;) {
    const answers = await both(q, full);
    if (answers.every(ok) || Date.now() > until) return answers;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const has = (id: string) => (items: Item[]) => items.some((i) => i.posting.id === id);
const lacks = (id: string) => (items: Item[]) => !has(id)(items);

beforeAll(async () => {
  server = await startTestServer();
  second = await startAnotherInstance('second');
  emp = await employer(server, { name: '信阳市淮滨档案服务有限公司' });
  other = await employer(server, { name: '信阳市光山缝纫加工有限公司' });
  for (let i = 0; i < 4; i++) ids.push(await publishedPosting(emp, { title: `卷宗整理员${i}号`, skills: ['卷宗整理'] }));
  ids.push(await publishedPosting(other, { title: '卷宗缝纫工', skills: ['卷宗整理'] }));
  // both instances have applied the postings, and have their rows cached from now on
  const warm = await untilBoth('卷宗整理', (items) => items.length === 5);
  expect(warm.map((a) => a.length)).toEqual([5, 5]);
});
afterAll(async () => {
  await second?.stop();
  await server?.close();
});

describe('the rows search shows follow every change in every instance', () => {
  it('a posting edited through the API shows its new title in both', async () => {
    await both('卷宗整理');
    await emp.client.ok(`mutation($id: ID!, $input: PostingInput!) { updatePosting(id: $id, input: $input) { id } }`,
      { id: ids[0], input: postingInput({ title: '卷宗修复员', skills: ['卷宗整理'] }) });
    const answers = await untilBoth('卷宗整理', (items) => items.find((i) => i.posting.id === ids[0])?.posting.title === '卷宗修复员');
    expect(answers.map((a) => a.find((i) => i.posting.id === ids[0])?.posting.title)).toEqual(['卷宗修复员', '卷宗修复员']);
  });

  it('a posting edited by plain SQL shows its new title in both', async () => {
    await both('卷宗整理');
    await server.db.query(`UPDATE posting SET title = '卷宗装订员', version = version + 1 WHERE id = $1`, [ids[1]]);
    const answers = await untilBoth('卷宗整理', (items) => items.find((i) => i.posting.id === ids[1])?.posting.title === '卷宗装订员');
    expect(answers.map((a) => a.find((i) => i.posting.id === ids[1])?.posting.title)).toEqual(['卷宗装订员', '卷宗装订员']);
  });

  it('a posting that became full is hidden from both, and shown full when full ones are asked for', async () => {
    await both('卷宗整理', true);
    await server.db.query(`UPDATE posting SET hired_count = openings, version = version + 1 WHERE id = $1`, [ids[2]]);
    expect((await untilBoth('卷宗整理', lacks(ids[2]))).map(lacks(ids[2]))).toEqual([true, true]);
    const full = await untilBoth('卷宗整理', (items) => items.find((i) => i.posting.id === ids[2])?.posting.openingsLeft === 0, true);
    expect(full.map((a) => a.find((i) => i.posting.id === ids[2])?.posting.openingsLeft)).toEqual([0, 0]);
  });

  it('a posting closed through the API leaves both', async () => {
    await both('卷宗整理');
    await emp.client.ok(`mutation($id: ID!) { closePosting(id: $id) { id } }`, { id: ids[3] });
    expect((await untilBoth('卷宗整理', lacks(ids[3]))).map(lacks(ids[3]))).toEqual([true, true]);
  });

  it('an organization renamed by plain SQL shows its new name on its postings in both', async () => {
    await both('卷宗整理');
    await server.db.query(`UPDATE organization SET name = '信阳市淮滨卷宗服务有限公司' WHERE id = $1`, [emp.organizationId]);
    const renamed = (items: Item[]) => items.find((i) => i.posting.id === ids[0])?.posting.organization.name === '信阳市淮滨卷宗服务有限公司';
    expect((await untilBoth('卷宗整理', renamed)).map(renamed)).toEqual([true, true]);
  });

  it('an organization no longer verified takes its postings out of both at once', async () => {
    expect((await both('卷宗整理')).map(has(ids[4]))).toEqual([true, true]);
    await server.db.query(`UPDATE organization SET verification_status = 'SUSPENDED' WHERE id = $1`, [other.organizationId]);
    expect((await untilBoth('卷宗整理', lacks(ids[4]))).map(lacks(ids[4]))).toEqual([true, true]);
    // and it stays out (no cached row brings it back)
    expect((await both('卷宗整理')).map(lacks(ids[4]))).toEqual([true, true]);
  });
});
