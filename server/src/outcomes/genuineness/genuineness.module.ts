// Outcomes (issue 15): genuineness.
import { Module } from '@nestjs/common';
import '../outcomes-vocab.js';

@Module({})
export class GenuinenessModule {
  
}
