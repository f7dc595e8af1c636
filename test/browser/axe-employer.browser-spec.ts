import { defineAxeSuite } from './support/axe-suite.js';

defineAxeSuite('employer pages', (who) => who === 'employer' || who === 'pendingEmployer' || who === 'newEmployer', { targets: 1, choices: 1 });
