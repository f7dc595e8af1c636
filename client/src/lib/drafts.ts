// What a person had typed into a form when their sign-in lapsed, kept in this tab's sessionStorage by route
// and person until they sign in again and submit. Never passwords or ID/certificate numbers.
const PREFIX = 'zyt:draft:';
const SECRET = /password|certificate|idNumber|idCard/i;

interface Stored<T> { userId: string; values: T }

function storage(): Storage | null {
  try { return window.sessionStorage; } catch { return null; }
}

export function keepDraft<T extends object>(key: string, userId: string, values: T): void {
  const safe = Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET.test(k)));
  try { storage()?.setItem(PREFIX + key, JSON.stringify({ userId, values: safe } satisfies Stored<object>)); } catch { /* full: nothing kept */ }
}

/** The draft for this route if the same person kept it; another person's draft is dropped. */
export function readDraft<T>(key: string, userId: string): T | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw) as Stored<T>;
    if (stored.userId === userId) return stored.values;
  } catch { /* damaged: drop it */ }
  clearDraft(key);
  return null;
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** On sign-out: nothing typed stays behind on a shared computer. */
export function clearAllDrafts(): void {
  const s = storage();
  if (!s) return;
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) keys.push(s.key(i) ?? '');
  for (const k of keys) if (k.startsWith(PREFIX)) s.removeItem(k);
}

// Forms on screen register how to keep themselves, so the "sign-in ended" dialog can keep them before the
// person follows its link to sign in.
const open = new Set<() => void>();
export function registerOpenDraft(keep: () => void): () => void {
  open.add(keep);
  return () => { open.delete(keep); };
}
export function keepOpenDrafts(): void {
  open.forEach((keep) => keep());
}
