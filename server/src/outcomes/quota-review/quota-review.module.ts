// Outcomes (issue 15): quota-review.
import { Module } from '@nestjs/common';
import '../outcomes-vocab.js';

@Module({})
export class QuotaReviewModule {
  
}
