// When this browser last heard from the server. Every answered request slides the session's idle window
// (server/src/auth/sessions.service.ts), so the sign-in lapses idleTimeoutSeconds after this moment. Shared
// between tabs through localStorage: a person busy in another tab is not warned in this one.
const KEY = 'zyt:last-server-contact';
const listeners = new Set<() => void>();
let last = Date.now();

function read(): number {
  try {
    const v = Number(window.localStorage.getItem(KEY));
    return Number.isFinite(v) && v > last ? v : last;
  } catch {
    return last;
  }
}

export function noteServerContact(at = Date.now()): void {
  last = at;
  try { window.localStorage.setItem(KEY, String(last)); } catch { /* private mode: this tab only */ }
  listeners.forEach((l) => l());
}

export function lastServerContact(): number {
  last = read();
  return last;
}

export function onServerContact(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => { if (e.key === KEY) listener(); };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
