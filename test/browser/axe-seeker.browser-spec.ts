import { defineAxeSuite } from './support/axe-suite.js';

defineAxeSuite('job-seeker pages', (who) => who === 'seeker' || who === 'newSeeker', { targets: 1, choices: 1 });
