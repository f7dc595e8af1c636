import { defineEventsAxeSuite } from './events-axe-suite.js';

defineEventsAxeSuite('axe: event pages for employers and federation staff', (who) => who === 'employer' || who === 'newEmployer' || who === 'staff');
