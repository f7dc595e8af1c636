import { defineAxeSuite } from './support/axe-suite.js';

// with the one staff view of an application's conversation (the staff consoles have suites of their own)
defineAxeSuite('employer pages', (who) => who === 'employer' || who === 'pendingEmployer' || who === 'newEmployer' || who === 'staff', { targets: 1, choices: 1 });
