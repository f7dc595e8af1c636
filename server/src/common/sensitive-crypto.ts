// Encryption at rest for certificate numbers (AES-256-GCM) with a keyed hash beside them for look-ups.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export class SensitiveCrypto {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(dataKey: Buffer) {
    this.encKey = createHmac('sha256', dataKey).update('enc').digest();
    this.macKey = createHmac('sha256', dataKey).update('mac').digest();
  }

  encrypt(plain: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  decrypt(blob: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, blob.subarray(0, 12));
    decipher.setAuthTag(blob.subarray(12, 28));
    return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** Deterministic keyed hash: equal inputs give equal hashes, the key keeps them unguessable. */
  hash(plain: string): string {
    return createHmac('sha256', this.macKey).update(plain).digest('hex');
  }
}
