// Tells an unreachable database (refused, terminated, not accepting connections, pool wait timed out) from a failing
// statement: the first is an outage the client may retry later (SERVICE_UNAVAILABLE, HTTP 503), the second is not.

/** SQLSTATEs of a database that is not there for us: connection exceptions (08), shutdown and start-up (57P0x),
 *  the database gone or closed to connections, too many connections. */
const OUTAGE_SQLSTATE = /^(08...|57P0[1-5]|3D000|53300)$/;
const OUTAGE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
const OUTAGE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|is not currently accepting connections|Client has encountered a connection error|connection is not open|Cannot use a pool after calling end/i;

/** Seconds a client is asked to wait before trying again during an outage (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 5;

export function isDatabaseOutage(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const e = err as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (OUTAGE_SQLSTATE.test(code) || OUTAGE_NODE_CODES.has(code)) return true;
  if (typeof e.message === 'string' && OUTAGE_MESSAGE.test(e.message)) return true;
  return isDatabaseOutage(e.driverError, depth + 1) || isDatabaseOutage(e.cause, depth + 1);
}
