import { defineEventsAxeSuite } from './events-axe-suite.js';

defineEventsAxeSuite('event pages for everyone and for job seekers', (who) => who === 'anonymous' || who === 'seeker' || who === 'newSeeker');
