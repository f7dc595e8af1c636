import { defineAxeSuite } from './support/axe-suite.js';

defineAxeSuite('axe: job-seeker pages', (who) => who === 'seeker' || who === 'newSeeker');
