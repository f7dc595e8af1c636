// The administrator's staff accounts over GraphQL: staffUsers, createStaffUser, updateStaffUser,
// disableStaffUser, enableStaffUser (and setUserDisabled, kept for any account).
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput, Paginated } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { CreateStaffInput, StaffUserFilter, UpdateStaffUserInput } from './staff-users.inputs.js';
import { StaffUsersService } from './staff-users.service.js';
import { User } from './user.entity.js';

const StaffUserPage = Paginated(User, 'StaffUserPage');

@Resolver(() => User)
export class StaffUsersResolver {
  constructor(private readonly staff: StaffUsersService) {}

  @Query(() => StaffUserPage, { description: 'Administrators: staff and administrator accounts; active first, then by area and name' })
  staffUsers(
    @Ctx() ctx: GqlContext,
    @Args('filter', { nullable: true }) filter?: StaffUserFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.staff.list(ctx.actor, filter ?? {}, page);
  }

  @Mutation(() => User, { description: 'Administrators: create a federation staff account (an initial password, or a one-time password answered once)' })
  createStaffUser(@Args('input') input: CreateStaffInput, @Ctx() ctx: GqlContext) {
    return this.staff.create(ctx.actor, input);
  }

  @Mutation(() => User, { description: 'Administrators: rename a staff account or set its county (null: the whole city); applies on its next request' })
  updateStaffUser(
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('input') input: UpdateStaffUserInput,
    @Ctx() ctx: GqlContext,
  ) {
    return this.staff.update(ctx.actor, userId, input);
  }

  @Mutation(() => User, { description: 'Administrators: disable a staff account; its sessions end at once and it cannot sign in' })
  disableStaffUser(@Args('userId', { type: () => ID }, IdPipe) userId: string, @Ctx() ctx: GqlContext) {
    return this.staff.setDisabled(ctx.actor, userId, true);
  }

  @Mutation(() => User, { description: 'Administrators: enable a disabled staff account again' })
  enableStaffUser(@Args('userId', { type: () => ID }, IdPipe) userId: string, @Ctx() ctx: GqlContext) {
    return this.staff.setDisabled(ctx.actor, userId, false);
  }

  @Mutation(() => User, { description: 'Administrators: disable or re-enable any account; disabling ends its sessions' })
  setUserDisabled(
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('disabled') disabled: boolean,
    @Ctx() ctx: GqlContext,
  ) {
    return this.staff.setDisabled(ctx.actor, userId, disabled, false);
  }
}
