/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

export const PHONE = /^1[3-9]\d{9}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One field for "mobile number or email": which one the person typed. */
export function splitAccount(raw: string): { phone?: string; email?: string } {
  const v = raw.trim();
  return v.includes('@') ? { email: v } : { phone: v.replace(/[\s-]/g, '') };
}
