// GraphQL fuzzing from outside: every query and mutation of the schema (read from server/schema.gql, so a new
// operation is covered without touching this file), as anonymous and as each role, with generated inputs of every
// awkward kind, and requests that are broken as a whole. Fixed seed, >= 10,000 requests, concurrently over keep-alive.
// Fails on any INTERNAL_SERVER_ERROR, any HTTP 5xx, or any row changed by requests that must all be refused.
// The figures go to test-output/fuzz-summary.json.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isLeafType, isListType, isNonNullType,
  isObjectType, isScalarType, isUnionType, type GraphQLArgument, type GraphQLField, type GraphQLInputType,
  type GraphQLNamedType, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema,
} from 'graphql';
import { admin, employer, seeker, staff } from './support/fixtures.js';
import { seededRandom } from './support/seeded-random.cjs';
import { startTestServer, type TestServer } from './support/server.js';

const SEED = 20261206;
const REQUESTS = 8_600;
const REFUSED_REQUESTS = 1_700;
const CONCURRENCY = 12;
const HASHES_PASSWORD = new Set(['signIn', 'signUp', 'createStaffUser', 'changePassword']);
const covered = (list: FuzzRequest[], role: string, f: { kind: string; field: { name: string } }) =>
  list.some((x) => x.role === role && x.label === `${f.kind}.${f.field.name}`);

// ---- the seeded generator (mulberry32, shared with the sequencer): the same requests on every run -------------------------------------

function rng(seed: number) {
  const next = seededRandom(seed);
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

// ---- awkward values --------------------------------------------------------------------------------------------

const ODD_STRINGS = [
  'a\u0000b', '\u0000', 'x\u0007y', '\u001b[31mred', 'tab\there', 'line\nbreak', '\r\n', '\u007f', '\u0085', '\u009b',
  '\ud800', 'x\udc00y', '\ud83d', '\u202eRTL override', '\u200f\u200e', '\u200b', '\ufeffBOM', '😀👩‍👩‍👧‍👦', '𠮷野家',
  '１２３４５６７８９０１', 'ＡＢＣ', '¹²³', '٣٤٥', 'é', 'e\u0301', '\u3000\u3000', '   ', '', ' \t\n ',
  "' OR '1'='1", "'; DROP TABLE app_user; --", '" OR ""="', '%', '_', '\\', '$1', '{{7*7}}', '${jndi:ldap://x}',
  '<script>alert(1)</script>', '../../etc/passwd', 'null', 'undefined', 'NaN', '-1', '0', '1e309', 'true', '[]', '{}',
  '__proto__', 'constructor', 'SELECT pg_sleep(10)', '\\x00', '%00', '%s%s%s', 'Robert\'); DROP TABLE students;--',
];
const DATES = [
  '2026-W01', '2026-W01-1', '2026-001', '2026-365', '2026', '2026-01', '2026-02-30', '2026-02-29', '2024-02-29',
  '2026-13-01', '2026-00-10', '2026-04-31', '0000-01-01', '9999-12-31', '+002026-01-01', '-2026-01-01', '2026-1-1',
  '2026/01/01', '20260101', '2026-01-01T25:00:00Z', '2026-01-01T10:00', '2026-01-01T10:00:00+08:00', '2026-12-31T23:59:60Z',
  '2026-01-01 10:00:00', 'yesterday', '1e10', '2026-06-15', '1990-01-01', '2026-12-03T09:00:00+08:00', '2026-02-30T09:00:00Z',
];
const NUMBERS = [0, -1, 1, 2, 3, 4, 2147483647, 2147483648, -2147483649, 9007199254740993, 1e308, -1e308, 0.5, -0.0, 1e-7, 12.75];
const ENUM_LIKE = ['SEEKER', 'ADMIN', 'STAFF', 'EMPLOYER', 'NOT_A_VALUE', 'seeker', ''];

function hugeString(r: Rng): string {
  return r.pick(['长'.repeat(r.int(300, 5000)), 'x'.repeat(r.int(1000, 20_000)), '😀'.repeat(r.int(100, 3000))]);
}

function plausibleString(r: Rng, name: string): string {
  const n = name.toLowerCase();
  if (/date|from$|^to$|at$|deadline|since/.test(n)) return r.pick(DATES);
  if (/phone|account/.test(n)) return r.pick(['13900001111', '1390000', '+8613900001111', '１３９００００１１１１']);
  if (/email/.test(n)) return r.pick(['a@b.cn', 'not-an-email', 'a@b']);
  if (/county/.test(n)) return r.pick(['411521', '411503', '411528', '999999', '41152']);
  if (/password/.test(n)) return r.pick(['Correct-Horse-9', '12345678', 'short']);
  if (/creditcode/.test(n)) return r.pick(['91411500MA12345678', '914115000000000000']);
  if (/certificate/.test(n)) return r.pick(['41152119900101001X12', '4115211990010100', '４１１５２１１９９００１０１００１X12']);
  if (/locale/.test(n)) return r.pick(['zh-CN', 'en', 'fr']);
  if (/url/.test(n)) return r.pick(['https://example.com', 'javascript:alert(1)', 'ftp://x']);
  return r.pick(['测试文本', '信阳市残联', 'Test', '客服', '按摩 推拿', 'a']);
}

function uuid(r: Rng): string {
  const h = () => r.int(0, 0xffff).toString(16).padStart(4, '0');
  return `${h()}${h()}-${h()}-4${h().slice(1)}-8${h().slice(1)}-${h()}${h()}${h()}`;
}

/** Any wrong value at all, for any type. */
function wrongValue(r: Rng): unknown {
  return r.pick<() => unknown>([
    () => null, () => r.pick(NUMBERS), () => r.pick(ODD_STRINGS), () => true, () => [], () => [1, 'a', null],
    () => ({}), () => ({ nested: { deeper: [1] } }), () => hugeString(r), () => r.pick(DATES),
  ])();
}

/** A value for a GraphQL input type: mostly plausible, often awkward, sometimes plain wrong. */
function valueFor(r: Rng, type: GraphQLInputType, name: string, depth: number, ids: string[]): unknown {
  if (r.chance(0.08)) return wrongValue(r);
  if (isNonNullType(type)) return valueFor(r, type.ofType, name, depth, ids);
  if (r.chance(0.05)) return null;
  if (isListType(type)) {
    const n = r.chance(0.08) ? r.int(20, 120) : r.int(0, 3);
    return Array.from({ length: n }, () => valueFor(r, type.ofType, name, depth + 1, ids));
  }
  if (isEnumType(type)) return r.chance(0.85) ? r.pick(type.getValues()).value : r.pick(ENUM_LIKE);
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) || r.chance(0.5)) out[f.name] = valueFor(r, f.type, f.name, depth + 1, ids);
    }
    if (r.chance(0.05)) out.notAField = 'x';
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID': return r.chance(0.7) ? (ids.length && r.chance(0.5) ? r.pick(ids) : uuid(r)) : r.pick(ODD_STRINGS);
      case 'Int': return r.chance(0.7) ? r.int(-5, 2030) : r.pick(NUMBERS);
      case 'Float': return r.chance(0.7) ? r.next() * 200 - 50 : r.pick(NUMBERS);
      case 'Boolean': return r.chance(0.9) ? r.chance(0.5) : 'true';
      case 'String': {
        const roll = r.next();
        if (roll < 0.45) return plausibleString(r, name);
        if (roll < 0.85) return r.pick(ODD_STRINGS);
        if (roll < 0.96) return r.pick(DATES);
        return hugeString(r);
      }
      default: return r.chance(0.5) ? { any: r.pick(ODD_STRINGS), n: r.pick(NUMBERS) } : wrongValue(r);
    }
  }
  return wrongValue(r);
}

// ---- selection sets --------------------------------------------------------------------------------------------

function hasRequiredArgs(f: GraphQLField<unknown, unknown>): boolean {
  return f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
}

function selection(type: GraphQLOutputType, depth: number, r: Rng): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) return '{ __typename }';
  const obj = named as GraphQLObjectType;
  const fields = Object.values(obj.getFields()).filter((f) => !hasRequiredArgs(f));
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).slice(0, 10);
  const parts = ['__typename', ...leaves.map((f) => f.name)];
  if (depth < 3) {
    const objects = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    for (const f of objects.slice(0, 3)) if (r.chance(0.4)) parts.push(`${f.name} ${selection(f.type, depth + 1, r)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

// ---- requests --------------------------------------------------------------------------------------------------

type Role = 'anonymous' | 'seeker' | 'employer' | 'staff' | 'admin';
interface FuzzRequest {
  role: Role;
  label: string;
  method?: 'GET' | 'POST';
  path?: string;
  contentType?: string;
  body?: string;
}

function operationRequest(r: Rng, schema: GraphQLSchema, kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, role: Role, ids: string[], refused = false): FuzzRequest {
  const args = field.args;
  const defs: string[] = [];
  const uses: string[] = [];
  const variables: Record<string, unknown> = {};
  args.forEach((a: GraphQLArgument, i) => {
    if (!refused && !isNonNullType(a.type) && r.chance(0.3)) return;
    const declared = !refused && r.chance(0.03) ? r.pick(['Int', 'String!', '[ID!]', 'Boolean']) : String(a.type);
    defs.push(`$v${i}: ${declared}`);
    uses.push(`${a.name}: $v${i}`);
    variables[`v${i}`] = valueFor(r, a.type, a.name, 0, ids);
  });
  if (refused) {
    // every string anywhere gets a NUL and one required argument is null: no such request may do anything
    const poison = (v: unknown): unknown => typeof v === 'string' ? `${v}\u0000` : Array.isArray(v) ? v.map(poison)
      : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poison(x)])) : v;
    for (const k of Object.keys(variables)) variables[k] = poison(variables[k]);
    const required = args.findIndex((a) => isNonNullType(a.type));
    if (required >= 0) variables[`v${required}`] = null;
  }
  const alias = r.chance(0.05) ? `a${r.int(0, 99)}: ` : '';
  const sel = selection(field.type, 1, r);
  const query = `${kind} Fuzz${defs.length ? `(${defs.join(', ')})` : ''} { ${alias}${field.name}${uses.length ? `(${uses.join(', ')})` : ''} ${sel} }`;
  return { role, label: `${kind}.${field.name}`, body: JSON.stringify({ query, variables, operationName: 'Fuzz' }) };
}

/** Requests broken as a whole: syntax, shape, limits, transport. */
function brokenRequest(r: Rng, fields: Array<{ kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }>, role: Role): FuzzRequest {
  const { kind, field } = r.pick(fields);
  const q = `${kind} { ${field.name} ${selection(field.type, 1, r)} }`;
  const deep = `{ myApplications { items { posting { myApplication { posting { myApplication { posting { myApplication { posting { myApplication { posting { myApplication { id } } } } } } } } } } } } }`;
  const variant = r.int(0, 17);
  const body = (x: unknown) => JSON.stringify(x);
  switch (variant) {
    case 0: return { role, label: 'broken.syntax', body: body({ query: q.slice(0, r.int(1, Math.max(1, q.length - 1))) }) };
    case 1: return { role, label: 'broken.syntax', body: body({ query: `${q} }}}` }) };
    case 2: return { role, label: 'broken.tokens', body: body({ query: `{ counties { ${'code '.repeat(r.int(2100, 4000))}} }` }) };
    case 3: return { role, label: 'broken.depth', body: body({ query: deep }) };
    case 4: return { role, label: 'broken.aliases', body: body({ query: `{ ${Array.from({ length: r.int(16, 80) }, (_, i) => `a${i}: counties { code }`).join(' ')} }` }) };
    case 5: return { role, label: 'broken.batch', body: body([{ query: q }, { query: q }]) };
    case 6: return { role, label: 'broken.contentType', contentType: r.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/graphql', 'multipart/form-data; boundary=x', 'application/xml']), body: body({ query: q }) };
    case 7: return { role, label: 'broken.json', body: r.pick(['{', '{"query":', 'null', '[]', '"x"', '42', '{"query":null}', '{"query":42}', '{"query":"{ me { id } }","variables":"x"}', '{"query":"{ me { id } }","variables":[1]}', '\u0000', '']) };
    case 8: return { role, label: 'broken.subscription', body: body({ query: `subscription { ${field.name} }` }) };
    case 9: return { role, label: 'broken.persistedQuery', body: body({ query: q, extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }) };
    case 10: return { role, label: 'broken.persistedQuery', body: body({ extensions: { persistedQuery: { version: r.pick([1, 2, 'x']), sha256Hash: r.pick(['', 'x', 'ab'.repeat(32)]) } } }) };
    case 11: return { role, label: 'broken.operationName', body: body({ query: `query A { me { id } } query B { me { id } }`, operationName: r.pick([undefined, 'C', 42, '']) }) };
    case 12: return { role, label: 'broken.get', method: 'GET', path: `/graphql?query=${encodeURIComponent(r.pick([q, '{ counties { code } }', 'mutation { signOut }', '{']))}` };
    case 13: return { role, label: 'broken.directives', body: body({ query: `{ counties ${'@include(if: true) '.repeat(r.int(21, 40))} { code } }` }) };
    case 14: return { role, label: 'broken.unknownField', body: body({ query: `{ ${r.pick(['notAField', '__schema { queryType { name } }', '__type(name: "Query") { name }', 'me { passwordHash }'])} }` }) };
    case 15: return { role, label: 'broken.fragments', body: body({ query: `query { ...F } fragment F on Query { ...F }` }) };
    case 16: return { role, label: 'broken.variables', body: body({ query: `query($a: Int!) { counties { code } }`, variables: { a: r.pick(['x', null, 1e308, [1]]) } }) };
    default: return { role, label: 'broken.inlineLiteral', body: body({ query: `{ posting(id: ${r.pick(['"\\u0000"', '1', 'null', 'true', '"x"', '[1]', '{a: 1}', '"2026-W01"'])}) { id } }` }) };
  }
}

// ---- HTTP over keep-alive ----------------------------------------------------------------------------------------

interface Answer { status: number; codes: string[]; text: string }

function send(agent: Agent, base: URL, req: FuzzRequest, cookie: string | undefined): Promise<Answer> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (req.method !== 'GET') headers['content-type'] = req.contentType ?? 'application/json';
    if (cookie) headers.cookie = cookie;
    const body = req.body === undefined ? undefined : Buffer.from(req.body);
    if (body) headers['content-length'] = String(body.length);
    const h = request({ agent, host: base.hostname, port: base.port, method: req.method ?? 'POST', path: req.path ?? '/graphql', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let codes: string[] = [];
        try {
          const json = JSON.parse(text);
          const errors = Array.isArray(json?.errors) ? json.errors : [];
          codes = errors.length ? [...new Set<string>(errors.map((e: { extensions?: { code?: string } }) => e.extensions?.code ?? '(no code)'))] : json?.data ? ['(data)'] : ['(no errors, no data)'];
        } catch {
          codes = ['(not JSON)'];
        }
        resolve({ status: res.statusCode ?? 0, codes, text });
      });
    });
    h.on('error', (e) => resolve({ status: 0, codes: [`(transport: ${e.message})`], text: '' }));
    h.end(body);
  });
}

interface Tally { requests: number; byStatus: Record<string, number>; byCode: Record<string, number>; failures: Array<{ label: string; role: Role; status: number; codes: string[]; request: string; answer: string }> }

async function runAll(server: TestServer, list: FuzzRequest[], cookies: Record<Role, string | undefined>, tally: Tally, onAnswer?: (req: FuzzRequest, a: Answer) => void) {
  const base = new URL(server.url);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const req = list[next++];
      const a = await send(agent, base, req, cookies[req.role]);
      tally.requests++;
      tally.byStatus[a.status] = (tally.byStatus[a.status] ?? 0) + 1;
      for (const c of a.codes) tally.byCode[c] = (tally.byCode[c] ?? 0) + 1;
      if (a.status >= 500 || a.status === 0 || a.codes.includes('INTERNAL_SERVER_ERROR')) {
        if (tally.failures.length < 30) tally.failures.push({ label: req.label, role: req.role, status: a.status, codes: a.codes, request: (req.body ?? req.path ?? '').slice(0, 600), answer: a.text.slice(0, 400) });
      }
      onAnswer?.(req, a);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
}

async function rowCounts(server: TestServer): Promise<Record<string, number>> {
  const { rows: tables } = await server.db.query<{ name: string }>(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
  const { rows } = await server.db.query<{ t: string; n: string }>(tables.map((t) => `SELECT '${t.name}' AS t, count(*) AS n FROM ${t.name}`).join(' UNION ALL '));
  return Object.fromEntries(rows.map((x) => [x.t, Number(x.n)]));
}

// ---- the test --------------------------------------------------------------------------------------------------

let server: TestServer;
const cookies: Record<Role, string | undefined> = { anonymous: undefined, seeker: undefined, employer: undefined, staff: undefined, admin: undefined };
const ids: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  const [s, e, st] = await Promise.all([seeker(server), employer(server), staff(server, adm.client, null)]);
  cookies.seeker = s.client.cookie;
  cookies.employer = e.client.cookie;
  cookies.staff = st.client.cookie;
  cookies.admin = adm.client.cookie;
  // real ids, so some fuzzed requests reach past "not found"
  ids.push(s.seekerId, s.userId, e.organizationId, e.userId, st.userId);
});
afterAll(async () => { await server?.close(); });

/** The fuzzed requests run in chunks, one test each, so no test runs long on a busy machine. */
const CHUNK = 1_000;

describe('fuzzing every operation', () => {
  const refused: FuzzRequest[] = [];
  const list: FuzzRequest[] = [];
  const tally: Tally = { requests: 0, byStatus: {}, byCode: {}, failures: [] };
  let fields: Array<{ kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }> = [];
  const roles: Role[] = ['anonymous', 'seeker', 'employer', 'staff', 'admin'];
  let started = 0;
  let refusedMs = 0;

  /** Written after every test, so a run that fails or times out still leaves its figures. */
  const writeSummary = () => {
    const summary = {
      seed: SEED, requests: tally.requests, seconds: Math.round((Date.now() - started) / 100) / 10, concurrency: CONCURRENCY,
      operations: fields.length, roles, refusedPhase: { requests: refused.length, seconds: Math.round(refusedMs / 100) / 10 },
      byStatus: tally.byStatus,
      byCode: Object.fromEntries(Object.entries(tally.byCode).sort((a, b) => b[1] - a[1])),
      failures: tally.failures,
    };
    mkdirSync('test-output', { recursive: true });
    writeFileSync('test-output/fuzz-summary.json', `${JSON.stringify(summary, null, 2)}\n`);
    return summary;
  };
  afterEach(() => { if (started) writeSummary(); });

  it('generates requests for every query and mutation, as anonymous and as every role', () => {
    const schema = buildSchema(readFileSync('server/schema.gql', 'utf8'));
    fields = (['query', 'mutation'] as const).flatMap((kind) => {
      const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
      return Object.values(root?.getFields() ?? {}).map((field) => ({ kind, field }));
    });
    const r = rng(SEED);
    // sessions are kept: signing out would leave the rest of a role's requests anonymous
    const keepsSession = ({ field }: { field: GraphQLField<unknown, unknown> }) => field.name !== 'signOut';

    // 1. requests that must all be refused: anonymous mutations (but signing up or in), and each role's mutations with
    //    a NUL in every string and a required argument null (asking for a reset code answers the same for every number,
    //    by design, so anonymous callers may)
    const mutations = fields.filter((f) => f.kind === 'mutation');
    const anonymousMay = new Set(['signUp', 'signIn', 'signOut', 'requestPasswordReset']);
    for (let i = 0; refused.length < REFUSED_REQUESTS; i++) {
      const m = mutations[i % mutations.length];
      if (i % 2 === 0) {
        if (!anonymousMay.has(m.field.name)) refused.push(operationRequest(r, schema, 'mutation', m.field, 'anonymous', ids));
      } else if (m.field.args.some((a) => isNonNullType(a.type))) {
        refused.push(operationRequest(r, schema, 'mutation', m.field, r.pick(roles), ids, true));
      }
    }
    // 2. everything: each operation in turn as each role, and requests broken as a whole
    for (let i = 0; list.length < REQUESTS; i++) {
      const role = roles[i % roles.length];
      if (r.chance(0.2)) list.push(brokenRequest(r, fields, role));
      else {
        const f = fields[Math.floor(i / roles.length) % fields.length];
        if (role !== 'anonymous' && !keepsSession(f)) continue;
        // each password hash costs tens of milliseconds of CPU by design: those operations get a quarter of the turns
        if (HASHES_PASSWORD.has(f.field.name) && i % 4 !== 0 && covered(list, role, f)) continue;
        list.push(operationRequest(r, schema, f.kind, f.field, role, ids));
      }
    }
    const coverage = new Set(list.filter((x) => !x.label.startsWith('broken.')).map((x) => `${x.role} ${x.label}`));
    for (const role of roles) for (const f of fields.filter(role === 'anonymous' ? () => true : keepsSession)) expect(coverage).toContain(`${role} ${f.kind}.${f.field.name}`);
    expect(refused.length + list.length).toBeGreaterThanOrEqual(10_000);
  });

  it(`${REFUSED_REQUESTS} requests that must be refused are refused, with no internal error, and change no row`, async () => {
    started = Date.now();
    const before = await rowCounts(server);
    const notRefused: string[] = [];
    await runAll(server, refused, cookies, tally, (req, a) => {
      if (a.codes.includes('(data)') && notRefused.length < 10) notRefused.push(`${req.role} ${req.label}: ${a.text.slice(0, 200)}`);
    });
    refusedMs = Date.now() - started;
    const after = await rowCounts(server);
    expect(tally.failures).toEqual([]);
    expect(notRefused).toEqual([]);
    const changed = Object.keys(before).filter((t) => before[t] !== after[t]).map((t) => `${t}: ${before[t]} -> ${after[t]}`);
    expect(changed).toEqual([]);
  });

  it.each(Array.from({ length: Math.ceil(REQUESTS / CHUNK) }, (_, k) => [k * CHUNK + 1, Math.min(REQUESTS, (k + 1) * CHUNK)]))(
    'fuzzed requests %i to %i: no internal error and no 5xx', async (from, to) => {
      const earlier = tally.failures.length;
      await runAll(server, list.slice(from - 1, to), cookies, tally);
      expect(tally.failures.slice(earlier)).toEqual([]);
    });

  it('sent at least 10,000 requests in all (figures in test-output/fuzz-summary.json)', () => {
    const summary = writeSummary();
    console.log(`fuzz: ${summary.requests} requests in ${summary.seconds} s\nby HTTP status: ${JSON.stringify(summary.byStatus)}\nby code: ${JSON.stringify(summary.byCode)}`);
    expect(tally.requests).toBeGreaterThanOrEqual(10_000);
    expect(tally.byCode.INTERNAL_SERVER_ERROR ?? 0).toBe(0);
  });
});
