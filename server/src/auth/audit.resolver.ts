import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { GraphQLJSON } from '../graphql/json.scalar.js';
import { Role } from '../common/domain.js';
import { PageInput, pageOf, Paginated } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { requireActor } from './auth.service.js';

@ObjectType({ description: '审计日志' })
class AuditLogEntry {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field(() => String, { nullable: true }) actorRole: string | null;
  @Field() action: string;
  @Field() entity: string;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field(() => String, { nullable: true }) field: string | null;
  @Field(() => String, { nullable: true }) purpose: string | null;
  @Field(() => GraphQLJSON) detail: unknown;
}
const AuditLogPage = Paginated(AuditLogEntry, 'AuditLogPage');

@Resolver()
export class AuditResolver {
  constructor(private readonly ds: DataSource) {}

  @Query(() => AuditLogPage, { description: 'Administrators: who read or changed what, newest first' })
  async auditLog(
    @Ctx() ctx: GqlContext,
    @Args('entityId', { type: () => String, nullable: true }) entityId?: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    requireActor(ctx.actor, Role.ADMIN);
    const p = pageOf(page, 100);
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT id, at, actor_user_id AS "actorUserId", actor_role AS "actorRole", action, entity, entity_id AS "entityId",
              field, purpose, detail, count(*) OVER () AS total
         FROM audit_log WHERE ($1::text IS NULL OR entity_id = $1) ORDER BY id DESC OFFSET $2 LIMIT $3`,
      [entityId ?? null, p.offset, p.limit]);
    return { items: rows, total: Number(rows[0]?.total ?? 0), page: p.page, pageSize: p.pageSize };
  }
}
