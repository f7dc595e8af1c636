import { Args, Query, Resolver } from '@nestjs/graphql';
import { currentLocale, pickLocale } from '../common/request-context.js';
import { Vocabulary } from './vocabulary.model.js';
import { vocabularyIn } from './vocabulary.js';

@Resolver(() => Vocabulary)
export class VocabularyResolver {
  @Query(() => Vocabulary, { description: 'Job demands and workplace supports: codes, words, and which support removes which demand' })
  vocabulary(
    @Args('locale', { type: () => String, nullable: true, description: 'zh-CN or en; the request language when left out' }) locale?: string | null,
  ): Vocabulary {
    return vocabularyIn(locale ? pickLocale(undefined, locale) : currentLocale());
  }
}
