import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

describe('server/schema.gql', () => {
  it('is committed and matches the resolvers (run `npm run schema` after changing the API)', () => {
    const r = spawnSync(process.execPath, ['dist/server/print-schema.js', '--check'], { encoding: 'utf8' });
    expect(r.stderr + r.stdout).toContain('server/schema.gql is up to date');
    expect(r.status).toBe(0);
  });
});
