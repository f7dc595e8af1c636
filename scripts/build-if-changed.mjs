// `npm start` builds only what changed since its last build. Each part (the server, then the client) has its
// inputs hashed by content; the hash is kept in a stamp file inside the part's output folder, together with a
// fingerprint of that folder (names, sizes, modification times). A part is built again when its output is
// missing, when it has no stamp, when an input changed, or when anything else wrote to its output since (a plain
// `npm run build`, `npm run build:server` ...). `npm run build` itself always builds everything.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STAMP = '.build-hash';

/** Paths are relative to the project root; folders are read recursively (never node_modules). */
export const PARTS = [
  {
    name: 'server',
    script: 'build:server',
    inputs: ['server', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'],
    outDir: 'dist/server',
    output: 'dist/server/main.js',
  },
  {
    name: 'client',
    script: 'build:client',
    inputs: ['client', 'server/schema.gql', 'package.json', 'package-lock.json'],
    outDir: 'client/dist',
    output: 'client/dist/index.html',
  },
];

/** Every file under path (relative to root, with '/'), sorted; skips node_modules and the excluded folders. */
function listFiles(root, path, exclude) {
  const abs = join(root, path);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [path];
  const files = [];
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    const rel = `${path}/${entry.name}`;
    if (entry.name === 'node_modules' || exclude.includes(rel)) continue;
    if (entry.isDirectory()) files.push(...listFiles(root, rel, exclude));
    else if (entry.isFile()) files.push(rel);
  }
  return files.sort();
}

/** A hash of the part's inputs: each file's path and content. Missing inputs count as missing. */
export function hashInputs(root, part) {
  const h = createHash('sha256');
  for (const input of part.inputs) {
    const files = listFiles(root, input, [part.outDir]);
    if (files.length === 0) h.update(`${input}\0missing\n`);
    for (const file of files) {
      h.update(`${file}\0${createHash('sha256').update(readFileSync(join(root, file))).digest('hex')}\n`);
    }
  }
  return h.digest('hex');
}

/** What the output folder holds now (names, sizes, modification times), leaving out the stamp. */
export function fingerprintOutput(root, part) {
  const h = createHash('sha256');
  for (const file of listFiles(root, part.outDir, [`${part.outDir}/${STAMP}`])) {
    const s = statSync(join(root, file));
    h.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return h.digest('hex');
}

function readStamp(root, part) {
  try {
    return JSON.parse(readFileSync(join(root, part.outDir, STAMP), 'utf8'));
  } catch {
    return null;
  }
}

/** Records that the output now in part.outDir was built from inputs with this hash. */
export function writeStamp(root, part, inputs) {
  const stamp = { inputs, output: fingerprintOutput(root, part) };
  writeFileSync(join(root, part.outDir, STAMP), JSON.stringify(stamp) + '\n');
}

/** Whether the part must be built, and why; inputs is the hash to stamp after the build. */
export function decide(root, part) {
  const inputs = hashInputs(root, part);
  if (!existsSync(join(root, part.output))) return { build: true, reason: `${part.output} is missing`, inputs };
  const stamp = readStamp(root, part);
  if (!stamp) return { build: true, reason: `no ${part.outDir}/${STAMP}`, inputs };
  if (stamp.inputs !== inputs) return { build: true, reason: 'its inputs changed', inputs };
  if (stamp.output !== fingerprintOutput(root, part)) return { build: true, reason: `${part.outDir} was written by another build`, inputs };
  return { build: false, reason: 'unchanged', inputs };
}

function main() {
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  for (const part of PARTS) {
    const d = decide(root, part);
    if (!d.build) {
      console.log(`${part.name}: unchanged since its last build, not rebuilt`);
      continue;
    }
    console.log(`${part.name}: building (${d.reason})`);
    const run = spawnSync('npm', ['run', part.script], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
    writeStamp(root, part, d.inputs);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
