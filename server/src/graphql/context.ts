// The GraphQL context: who is asking, their per-request loaders, and audit entries flushed once per request.
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor.js';
import type { AuditEntry } from '../auth/audit.service.js';
import type { Loaders } from './loaders.js';

export interface GqlContext {
  req: Request;
  res: Response;
  actor: Actor | null;
  loaders: Loaders;
  /** Sensitive reads collected during the request; the audit plugin writes them in one statement. */
  audit: AuditEntry[];
}
