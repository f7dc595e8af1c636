// Rate limits for GraphQL: keyed on the client address and, for sign-in, on the account too.
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { RateLimitedError } from '../common/errors.js';
import type { GqlContext } from '../graphql/context.js';

@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    return { req: ctx.req, res: ctx.res };
  }

  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    const args = GqlExecutionContext.create(context).getArgs<{ input?: { account?: string; email?: string; phone?: string } }>();
    const account = args.input?.account ?? args.input?.email ?? args.input?.phone ?? '';
    const field = GqlExecutionContext.create(context).getInfo<{ fieldName: string }>().fieldName;
    // per account when there is one (guessing one password), per address otherwise
    const subject = name === 'account' ? account.trim().toLowerCase() : suffix;
    return createHash('sha256').update(`${name}:${field}:${subject}`).digest('hex');
  }

  protected override async throwThrottlingException(_c: ExecutionContext, _d: ThrottlerLimitDetail): Promise<void> {
    throw new RateLimitedError();
  }
}
