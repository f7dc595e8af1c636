// The layering lint fires: DESIGN.md's rules, each broken once in a file that exists only in memory (ESLint's
// lintText with a path inside the tree), and each reported; the same code in an allowed place is not.
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layering lint', () => {
  it('the kernel imports no feature', async () => {
    const p = await problems('server/src/graphql/fixture.ts', `import { Posting } from '../postings/posting.entity.js';\n`);
    expect(p).toEqual([expect.stringContaining('layers/imports: the kernel (config, database, graphql, common) imports no feature: graphql/ imports postings/')]);
    expect(await problems('server/src/database/fixture.ts', `export { Organization } from '../organizations/organization.entity.js';\n`)).toHaveLength(1);
    expect(await problems('server/src/common/fixture.ts', `import { scorePosting } from '../matching/matcher.js';\n`)).toHaveLength(1);
    // vocabulary/ is shared: the kernel and features may import it, and it imports no feature
    expect(await problems('server/src/graphql/fixture.ts', `import { SUPPORTS } from '../vocabulary/vocabulary.js';\n`)).toEqual([]);
    expect(await problems('server/src/vocabulary/fixture.ts', `import { Posting } from '../postings/posting.entity.js';\n`))
      .toContainEqual(expect.stringContaining('vocabulary/ is shared like the kernel and imports no feature'));
  });

  it('matching is pure: no package with I/O, no feature, no database', async () => {
    expect(await problems('server/src/matching/fixture.ts', `import { DataSource } from 'typeorm';\n`))
      .toEqual([expect.stringContaining("matching/ is pure (no I/O): it may not import 'typeorm'")]);
    expect(await problems('server/src/matching/fixture.ts', `import { enqueueOutbox } from '../database/outbox.js';\n`)).toHaveLength(1);
    expect(await problems('server/src/matching/fixture.ts', `import { Role } from '../common/domain.js';\n`)).toEqual([]);
  });

  it('nothing reads from search, matching or reporting; search may call matching', async () => {
    expect(await problems('server/src/postings/fixture.ts', `import { SearchEngine } from '../search/search-engine.js';\n`))
      .toContainEqual(expect.stringContaining('layers/imports: nothing reads from search/ (DESIGN.md): postings/ imports it'));
    expect(await problems('server/src/seekers/fixture.ts', `import { computeQuota } from '../reporting/quota/quota.js';\n`))
      .toContainEqual(expect.stringContaining('layers/imports: nothing reads from reporting/ (DESIGN.md): seekers/ imports it'));
    expect(await problems('server/src/search/fixture.ts', `import { matchPosting } from '../matching/matcher.js';\n`)).toEqual([]);
  });

  it("a feature writes no other feature's rows: repository, entity manager or SQL", async () => {
    const code = `import { Posting } from '../postings/posting.entity.js';
export async function f(ds: any, m: any) {
  await ds.getRepository(Posting).findOneBy({ id: '1' });
  await ds.getRepository(Posting).update({ id: '1' }, { title: 'x' });
  await m.save(Posting, { id: '1' });
  await m.query(\`UPDATE posting SET title = $1\`, ['x']);
  await m.query('INSERT INTO consent_record (seeker_id) VALUES ($1)', ['x']);
  await m.query('SELECT * FROM posting');
}\n`;
    const p = (await problems('server/src/events/fixture.ts', code)).filter((x) => x.startsWith('layers/foreign-writes'));
    expect(p).toEqual([
      expect.stringContaining("events/ takes postings/'s repository for Posting to update"),
      expect.stringContaining("events/ writes postings/'s Posting (save)"),
      expect.stringContaining("events/ writes postings/'s table posting with SQL"),
      expect.stringContaining("events/ writes seekers/'s table consent_record with SQL"),
    ]);
    expect(await problems('server/src/postings/fixture.ts', code.replace(/consent_record/, 'posting'))).toEqual([]);
  });

  it("a domain feature reads no other feature's rows either; search and reporting may", async () => {
    const code = `import { Posting } from '../postings/posting.entity.js';
import { InjectRepository } from '@nestjs/typeorm';
export class X {
  constructor(@InjectRepository(Posting) private readonly repo: unknown) {}
  async f(ds: any, m: any) {
    await ds.getRepository(Posting).findOneBy({ id: '1' });
    await m.find(Posting, { where: { id: '1' } });
    await m.createQueryBuilder().select('x').from(Posting, 'p').getMany();
    await m.query('SELECT p.id FROM posting p JOIN consent_record c ON c.id = p.id');
  }
}\n`;
    const p = (await problems('server/src/events/fixture.ts', code)).filter((x) => x.startsWith('layers/foreign-reads'));
    expect(p).toEqual([
      expect.stringContaining("events/ takes postings/'s repository for Posting"),
      expect.stringContaining("events/ takes postings/'s repository for Posting"),
      expect.stringContaining("events/ reads postings/'s Posting (find)"),
      expect.stringContaining("events/ reads postings/'s Posting (from)"),
      expect.stringContaining("events/ reads postings/'s table posting with SQL"),
      expect.stringContaining("events/ reads seekers/'s table consent_record with SQL"),
    ]);
    // the owner reads its own rows; search/ and reporting/ read from the others (DESIGN.md)
    expect(await problems('server/src/postings/fixture.ts', code.replace(/consent_record/, 'posting'))).toEqual([]);
    const reads = async (file: string) => (await problems(file, code)).filter((x) => x.startsWith('layers/foreign-reads'));
    expect(await reads('server/src/search/fixture.ts')).toEqual([]);
    expect(await reads('server/src/reporting/dashboard/fixture.ts')).toEqual([]);
    // a reasoned exception in eslint.config.js allows one file one read (postings' list joins organization)
    expect(await problems('server/src/postings/postings.service.ts', `export const q = 'SELECT o.id FROM organization o';\n`)).toEqual([]);
  });

  it('features import each other one way (no loop)', async () => {
    // applications imports postings (a posting is what one applies to), so postings may not import applications
    expect(await problems('server/src/postings/fixture.ts', `import { Application } from '../applications/application.entity.js';\n`))
      .toEqual([expect.stringContaining('layers/no-cycles: import loop: postings/ imports applications/, which reaches back (applications → ')]);
    expect(await problems('server/src/applications/fixture.ts', `import { Posting } from '../postings/posting.entity.js';\n`)).toEqual([]);
  });

  it('client features import each other only through shared components', async () => {
    expect(await problems('client/src/features/jobs/fixture.tsx', `import { X } from '../search/search-page.js';\n`))
      .toEqual([expect.stringContaining('features/jobs imports features/search')]);
    expect(await problems('client/src/components/fixture.tsx', `import { X } from '../features/jobs/x.js';\n`)).toHaveLength(1);
    expect(await problems('client/src/features/jobs/fixture.tsx', `import { Button } from '../../components/button.js';\n`)).toEqual([]);
  });
});
