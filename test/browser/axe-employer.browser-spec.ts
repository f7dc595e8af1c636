import { defineAxeSuite } from './support/axe-suite.js';

defineAxeSuite('axe: employer pages', (who) => who === 'employer' || who === 'pendingEmployer' || who === 'newEmployer');
