import { Module } from '@nestjs/common';
import { VocabularyResolver } from './vocabulary.resolver.js';

@Module({ providers: [VocabularyResolver] })
export class VocabularyModule {}
