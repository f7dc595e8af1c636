// Packages that only some requests or settings need (Excel, the SMS and mail SDKs, calendar files, QR codes, the
// development log formatter) are loaded on first use, not at start-up: each costs 0.1–0.3 s of a server's start,
// paid by every instance and every test server, most of which never export a spreadsheet or send a real SMS.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The package's CommonJS exports, loaded by the first call and kept. */
export function lazyModule<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
