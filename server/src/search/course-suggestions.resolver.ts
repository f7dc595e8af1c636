// `MatchGapModel.suggestedCourses`: a skill gap in a match suggests the courses taking enrolments that teach a
// missing skill (plan （十）: training "以劳动力市场需求为导向"). A separate field: the gap's words stay as
// matching/explanations.ts renders them.
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { TrainingCourse } from '../training/course.entity.js';
import { MatchGapModel } from './search.models.js';

/** Courses shown under one gap, at most. */
export const SUGGESTED_COURSES_MAX = 3;

@Resolver(() => MatchGapModel)
export class CourseSuggestionsResolver {
  @ResolveField(() => [TrainingCourse], {
    description: 'For a SKILLS_MISSING gap: courses taking enrolments, with a free place, that teach a missing skill (soonest first); empty for other gaps',
  })
  async suggestedCourses(@Parent() g: MatchGapModel, @Ctx() ctx: GqlContext): Promise<TrainingCourse[]> {
    if (g.code !== 'SKILLS_MISSING') return [];
    const skills = g.params.find((p) => p.name === 'skills')?.values ?? [];
    const lists = await ctx.loaders.coursesTeaching.loadMany(skills);
    const seen = new Map<string, TrainingCourse>();
    for (const list of lists) if (Array.isArray(list)) for (const c of list) if (!seen.has(c.id)) seen.set(c.id, c);
    return [...seen.values()].sort((a, b) => a.startsOn.localeCompare(b.startsOn)).slice(0, SUGGESTED_COURSES_MAX);
  }
}
