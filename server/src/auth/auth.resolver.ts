import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import { IdPipe } from '../graphql/id.pipe.js';
import type { GqlContext } from '../graphql/context.js';
import { AuthPayload, ChangePasswordInput, SessionStatus, SignInInput, SignUpInput, UpdateMeInput } from './auth.inputs.js';
import { AuthService } from './auth.service.js';
import { SESSION_COOKIE, SessionsService } from './sessions.service.js';
import { User } from './user.entity.js';

const meta = (req: Request) => ({ ip: req.ip, userAgent: req.get('user-agent') });

@Resolver(() => User)
export class AuthResolver {
  constructor(private readonly auth: AuthService, private readonly sessions: SessionsService, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private setCookie(ctx: GqlContext, token: string, expiresAt: Date) {
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true, sameSite: 'lax', secure: this.config.session.secureCookie, expires: expiresAt, path: '/',
    });
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null' })
  me(@Ctx() ctx: GqlContext) {
    return this.auth.me(ctx.actor);
  }

  @Query(() => SessionStatus, { nullable: true, description: 'When this sign-in lapses, or null when signed out. Asking keeps it alive like any request.' })
  sessionStatus(@Ctx() ctx: GqlContext): SessionStatus | null {
    return this.sessions.status(ctx.actor);
  }

  @Mutation(() => AuthPayload, { description: 'Create a seeker or employer account and sign in' })
  async signUp(@Args('input') input: SignUpInput, @Ctx() ctx: GqlContext): Promise<AuthPayload> {
    const { user, token, expiresAt } = await this.auth.signUp(input, meta(ctx.req));
    this.setCookie(ctx, token, expiresAt);
    return { user, expiresAt };
  }

  @Mutation(() => AuthPayload)
  async signIn(@Args('input') input: SignInInput, @Ctx() ctx: GqlContext): Promise<AuthPayload> {
    const { user, token, expiresAt } = await this.auth.signIn(input, meta(ctx.req));
    this.setCookie(ctx, token, expiresAt);
    return { user, expiresAt };
  }

  @Mutation(() => Boolean, { description: 'End this session' })
  async signOut(@Ctx() ctx: GqlContext): Promise<boolean> {
    await this.auth.signOut(ctx.actor);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => User, { description: 'Set a new password (the current one, the new one twice); clears mustChangePassword and ends the other sessions' })
  changePassword(@Args('input') input: ChangePasswordInput, @Ctx() ctx: GqlContext) {
    return this.auth.changePassword(ctx.actor, input, meta(ctx.req));
  }

  @Mutation(() => User)
  updateMe(@Args('input') input: UpdateMeInput, @Ctx() ctx: GqlContext) {
    return this.auth.updateMe(ctx.actor, input);
  }

  @Mutation(() => User, { description: 'Administrators: set a staff member\'s county, or null for city-wide', deprecationReason: 'Use updateStaffUser' })
  setStaffScope(
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode: string | null,
    @Ctx() ctx: GqlContext,
  ) {
    return this.auth.setStaffScope(ctx.actor, userId, countyCode);
  }
}
