import { defineAxeSuite } from './support/axe-suite.js';

defineAxeSuite('axe: public pages and gates', (who) => who === 'anonymous');
