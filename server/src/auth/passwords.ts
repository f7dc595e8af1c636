// argon2id with OWASP parameters, a bound on concurrent hashes (each takes ~19 MiB), rehash when parameters change.
import argon2 from 'argon2';
import pLimit from 'p-limit';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export class Passwords {
  private readonly limit: ReturnType<typeof pLimit>;
  constructor(concurrency: number) {
    this.limit = pLimit(concurrency);
  }
  hash(password: string): Promise<string> {
    return this.limit(() => argon2.hash(password, OPTIONS));
  }
  verify(hash: string, password: string): Promise<boolean> {
    return this.limit(() => argon2.verify(hash, password).catch(() => false));
  }
  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, OPTIONS);
  }
}
