import { Query, Resolver } from '@nestjs/graphql';
import { County } from './county.entity.js';
import { RegionsService } from './regions.service.js';

@Resolver(() => County)
export class RegionsResolver {
  constructor(private readonly regions: RegionsService) {}

  @Query(() => [County], { description: 'The counties of the city, in their official order' })
  counties(): County[] {
    return this.regions.counties();
  }
}
