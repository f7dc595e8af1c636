import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { decide, hashInputs, PARTS, writeStamp, type BuildPart } from './build-if-changed.mjs';

const part: BuildPart = { name: 'app', script: 'build:app', inputs: ['app', 'config.json'], outDir: 'app/out', output: 'app/out/main.js' };

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
/** What a build does: writes the output, then the script stamps it. */
const build = () => {
  write('app/out/main.js', 'built');
  writeStamp(root, part, decide(root, part).inputs);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-if-changed-'));
  write('app/src/a.ts', 'export const a = 1;');
  write('app/src/deep/b.ts', 'export const b = 2;');
  write('config.json', '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('hashInputs', () => {
  it('gives the same hash for an unchanged tree', () => {
    expect(hashInputs(root, part)).toBe(hashInputs(root, part));
  });

  it('changes when a file changes, is added, removed or renamed', () => {
    const before = hashInputs(root, part);
    write('app/src/deep/b.ts', 'export const b = 3;');
    const edited = hashInputs(root, part);
    expect(edited).not.toBe(before);
    write('app/src/deep/b.ts', 'export const b = 2;');
    expect(hashInputs(root, part)).toBe(before);

    write('app/src/c.ts', '');
    expect(hashInputs(root, part)).not.toBe(before);
    rmSync(join(root, 'app/src/c.ts'));
    expect(hashInputs(root, part)).toBe(before);

    rmSync(join(root, 'app/src/a.ts'));
    write('app/src/a2.ts', 'export const a = 1;');
    expect(hashInputs(root, part)).not.toBe(before);
  });

  it('changes when a single-file input changes, and ignores the output folder and node_modules', () => {
    const before = hashInputs(root, part);
    write('app/out/main.js', 'anything');
    write('app/node_modules/x/index.js', 'anything');
    expect(hashInputs(root, part)).toBe(before);
    write('config.json', '{"x":1}');
    expect(hashInputs(root, part)).not.toBe(before);
  });

  it('does not depend on modification times', () => {
    const before = hashInputs(root, part);
    utimesSync(join(root, 'app/src/a.ts'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(hashInputs(root, part)).toBe(before);
  });
});

describe('decide', () => {
  it('builds when there is no output, then skips an unchanged tree', () => {
    expect(decide(root, part)).toMatchObject({ build: true, reason: 'app/out/main.js is missing' });
    build();
    expect(decide(root, part)).toMatchObject({ build: false });
  });

  it('builds when output exists but carries no stamp', () => {
    write('app/out/main.js', 'built elsewhere');
    expect(decide(root, part)).toMatchObject({ build: true, reason: 'no app/out/.build-hash' });
  });

  it('builds again after an input changed, and not after it was changed back and rebuilt', () => {
    build();
    write('app/src/a.ts', 'export const a = 10;');
    expect(decide(root, part)).toMatchObject({ build: true, reason: 'its inputs changed' });
    build();
    expect(decide(root, part)).toMatchObject({ build: false });
  });

  it('builds again when something else wrote to the output folder since the stamp', () => {
    build();
    write('app/out/extra.js', 'from a plain npm run build');
    expect(decide(root, part)).toMatchObject({ build: true, reason: 'app/out was written by another build' });
  });
});

describe('PARTS', () => {
  it('keeps each output folder out of its own inputs and covers the lock file', () => {
    for (const p of PARTS) {
      expect(p.inputs).toContain('package-lock.json');
      expect(p.output.startsWith(`${p.outDir}/`)).toBe(true);
    }
    expect(PARTS.map((p) => p.name)).toEqual(['server', 'client']);
    expect(PARTS[1].inputs).toContain('server/schema.gql');
  });
});
