import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { GenuinenessFilter } from './genuineness.inputs.js';
import { EmployerGenuinenessPage } from './genuineness.models.js';
import { GenuinenessService } from './genuineness.service.js';

@Resolver()
export class GenuinenessResolver {
  constructor(private readonly service: GenuinenessService) {}

  @Query(() => EmployerGenuinenessPage, {
    description: 'Staff (their county; city staff all) and an employer (its own): reserved posts and placements, per employer, worst first',
  })
  employerGenuineness(@Ctx() ctx: GqlContext, @Args('filter') filter: GenuinenessFilter) {
    return this.service.employers(ctx.actor, filter);
  }
}
