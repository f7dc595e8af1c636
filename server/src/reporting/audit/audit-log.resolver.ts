import { Args, Query, Resolver } from '@nestjs/graphql';
import { PageInput, Paginated } from '../../common/pagination.js';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { AuditLogEntry, AuditLogFilter, DataAccessEntry } from './audit-log.models.js';
import { AuditLogService } from './audit-log.service.js';

const AuditLogPage = Paginated(AuditLogEntry, 'AuditLogPage');
const DataAccessPage = Paginated(DataAccessEntry, 'DataAccessPage');

@Resolver()
export class AuditLogResolver {
  constructor(private readonly service: AuditLogService) {}

  @Query(() => AuditLogPage, { description: 'Administrators and staff: who read or changed what, newest first (county staff: their county\'s)' })
  auditLog(
    @Ctx() ctx: GqlContext,
    @Args('filter', { nullable: true }) filter?: AuditLogFilter,
    @Args('entityId', { type: () => String, nullable: true, description: 'Entries about this record only' }) entityId?: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.list(ctx.actor, { ...(filter ?? {}), entityId }, page);
  }

  @Query(() => DataAccessPage, { description: 'Job seekers: who read their disability data or ID numbers, when and why, newest first' })
  myDataAccessLog(@Ctx() ctx: GqlContext, @Args('page', { nullable: true }) page?: PageInput) {
    return this.service.mine(ctx.actor, page);
  }
}
