import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from './context.js';

/** The whole GraphQL context (actor, loaders, audit buffer). */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): GqlContext =>
  GqlExecutionContext.create(context).getContext<GqlContext>());
