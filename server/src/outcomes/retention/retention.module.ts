// Outcomes (issue 15): retention.
import { Module } from '@nestjs/common';
import '../outcomes-vocab.js';
import { PlacementFollowUp } from './follow-up.entity.js';

@Module({})
export class RetentionModule {
  static readonly entities = [PlacementFollowUp];
}
