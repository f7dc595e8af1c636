// Outcomes (issue 15): submissions.
import { Module } from '@nestjs/common';
import '../outcomes-vocab.js';

@Module({})
export class SubmissionsModule {
  
}
