import { defineAxeSuite } from './support/axe-suite.js';

defineAxeSuite('public pages and gates', (who) => who === 'anonymous', { targets: 1, choices: 1 });
