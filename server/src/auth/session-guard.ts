// For plain HTTP endpoints (file uploads): a guard that signs the request in by its session cookie before multer reads
// the body (a refused request stores nothing), and the actor it found, for the handler.
import { type CanActivate, type ExecutionContext, Inject, Injectable, mixin, type Type } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from '../common/domain.js';
import type { Actor } from './actor.js';
import { requireActor } from './auth.service.js';
import { SESSION_COOKIE, SessionsService } from './sessions.service.js';

const actors = new WeakMap<Request, Actor | null>();

/** The actor SessionGuard signed the request in as (null when no guard ran). */
export function actorOf(req: Request): Actor | null {
  return actors.get(req) ?? null;
}

/** Only the given roles (any signed-in person when none is given); refuses as UNAUTHENTICATED or FORBIDDEN. */
export function SessionGuard(...roles: Role[]): Type<CanActivate> {
  @Injectable()
  class RoleSessionGuard implements CanActivate {
    constructor(@Inject(SessionsService) private readonly sessions: SessionsService) {}

    async canActivate(context: ExecutionContext): Promise<boolean> {
      const req = context.switchToHttp().getRequest<Request>();
      const actor = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
      requireActor(actor, ...roles);
      actors.set(req, actor);
      return true;
    }
  }
  return mixin(RoleSessionGuard);
}
