// Where uploaded registry files wait for processing: a private folder in the OS temp directory, outside the
// project and the web root, readable by this user only. Files are removed once processed and never served.
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const UPLOAD_DIR = join(tmpdir(), `zhuyetong-imports-${process.getuid?.() ?? 'user'}`);

export function ensureUploadDir(): string {
  mkdirSync(UPLOAD_DIR, { recursive: true, mode: 0o700 });
  chmodSync(UPLOAD_DIR, 0o700);
  return UPLOAD_DIR;
}

export async function removeUpload(path: string | undefined): Promise<void> {
  if (path) await rm(path, { force: true });
}

/** Removes files left behind by a process that stopped mid-import. */
export function sweepUploads(olderThanMs: number): number {
  let removed = 0;
  for (const name of readdirSync(UPLOAD_DIR)) {
    const path = join(UPLOAD_DIR, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > olderThanMs) {
        rmSync(path, { force: true });
        removed++;
      }
    } catch {
      // another instance removed it first
    }
  }
  return removed;
}
