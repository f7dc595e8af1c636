import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { County } from './county.entity.js';
import { countyName, RegionsService } from './regions.service.js';

@Resolver(() => County)
export class RegionsResolver {
  constructor(private readonly regions: RegionsService) {}

  @Query(() => [County], { description: 'The counties of the city, in their official order' })
  counties(): County[] {
    return this.regions.counties();
  }

  @ResolveField(() => String, { description: 'The name in the request language: 罗山县 / Luoshan County' })
  name(@Parent() c: County): string {
    return countyName(c)!;
  }
}
