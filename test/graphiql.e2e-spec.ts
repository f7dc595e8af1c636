import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, startProductionServer, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

// what Chromium sends when someone types /graphql into the address bar
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const openPage = (base: string, path = '/graphql') => fetch(`${base}${path}`, { headers: { accept: BROWSER_ACCEPT }, redirect: 'manual' });

/** The src of every <script> and the href of every <link> in the page. */
function references(html: string): string[] {
  return [...html.matchAll(/<(script|link)\b[^>]*>/g)].flatMap((m) => {
    const attr = /\s(?:src|href)="([^"]*)"/.exec(m[0]);
    return attr ? [attr[1]] : [];
  });
}

describe('GraphiQL outside production: built from npm packages and served by this server, no CDN', () => {
  it('a browser opening /graphql gets the GraphiQL page, not a landing page that loads scripts from elsewhere', async () => {
    const res = await openPage(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<title>GraphiQL/);
    expect(html).toContain('<div id="graphiql">');
    expect(html).not.toMatch(/https?:\/\//);
    // its policy allows this origin (and inline data) only
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('every script and stylesheet of the page is same-origin and answers 200, and so does every worker its script starts', async () => {
    const origin = new URL(server.url).origin;
    const refs = references(await (await openPage(server.url)).text());
    expect(refs.length).toBeGreaterThanOrEqual(2);
    const scripts: string[] = [];
    for (const ref of refs) {
      const url = new URL(ref, `${server.url}/graphql`);
      expect({ ref, origin: url.origin }).toEqual({ ref, origin });
      const res = await fetch(url);
      expect({ ref, status: res.status }).toEqual({ ref, status: 200 });
      const body = await res.text();
      if (ref.endsWith('.js')) scripts.push(body);
      else expect(body.length).toBeGreaterThan(0);
    }
    // Monaco's language services run in web workers that Vite emitted next to the page's scripts
    const workers = [...new Set(scripts.join('\n').match(/\/graphiql-assets\/[\w.-]+\.worker-[\w-]+\.js/g) ?? [])];
    expect(workers.length).toBeGreaterThanOrEqual(3);
    for (const path of workers) {
      const res = await fetch(`${server.url}${path}`);
      expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({ path, status: 200, type: expect.stringMatching(/javascript/) });
    }
  });

  it('GraphQL requests still reach Apollo: POST, GET with a query, and a GET that does not ask for HTML', async () => {
    expect(await new Client(server.url).ok('{ __typename }')).toEqual({ __typename: 'Query' });
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const noQuery = await fetch(`${server.url}/graphql`, { headers: { accept: 'application/json' } });
    expect(noQuery.status).toBe(400);
    expect(noQuery.headers.get('content-type')).toMatch(/json/);
  });

  it('the page file itself sends the browser to /graphql', async () => {
    const res = await openPage(server.url, '/graphiql.html');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/graphql');
  });

  it('in production there is no GraphiQL: /graphql is the API only, and the page file is not served', async () => {
    const server2 = await startProductionServer('graphiql');
    try {
      const { url } = server2;
      const page = await openPage(url);
      expect(page.status).toBe(400);
      expect(await page.text()).not.toMatch(/GraphiQL/i);
      const file = await openPage(url, '/graphiql.html');
      expect(file.status).toBe(404);
      expect(await file.text()).not.toMatch(/GraphiQL/i);
    } finally {
      await server2.stop();
    }
  });
});
