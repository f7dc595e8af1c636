// A person's name as shown where the reader needs to tell people apart but not to know who they are.

/** 张明 → 张*; a two-character surname (欧阳) is kept whole when the name has four characters. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  const keep = chars.length >= 4 ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}
