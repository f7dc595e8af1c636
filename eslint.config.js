// Lint = the layering of ../shared/DESIGN.md ("Layout"), as rules (eslint/layers.js). Kept to these rules so that
// `npm run lint` stays fast (no type information needed); the compiler checks the rest (`npm run typecheck`).
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.js';

const root = fileURLToPath(new URL('.', import.meta.url));

export const layering = {
  root,
  // config, database, graphql and common import no feature; features register their entities, loaders and enums.
  kernel: ['config', 'database', 'graphql', 'common'],
  // Shared like the kernel: every feature and the kernel may import it, it imports no feature. vocabulary/ holds the
  // demands, supports and needs with their words in both languages (served to the client, so it may use Nest).
  shared: ['vocabulary'],
  // No I/O: no package at all (typeorm, pg, @nestjs/*, node:*); only common/, the shared modules and each other.
  pure: ['matching'],
  pureExternals: [],
  // "search, matching and reporting read from the others, nothing reads from them": who may import them.
  readOnlyFeatures: { search: [], matching: ['search'], reporting: [] },
  // Entry points and composition: they wire everything together (DESIGN.md: "bootstrap and composition only").
  composition: [
    'server/src/*.ts', // main.ts, app.module.ts, features.ts, bootstrap.ts, print-schema.ts, health.controller.ts
    'server/src/search/reindex.ts', // the `npm run reindex` entry point: starts the app (bootstrap.ts)
    // Migrations define every feature's tables; the demo-data loader fills them as the migrations define them
    // (COPY into each table), the way a fixture would: neither is a path a request takes.
    'server/src/database/migrations/**',
    'server/src/database/seed/**',
    'client/src/main.tsx',
    'client/src/test/**', // the component tests' harness renders features inside the app's providers
  ],
  exceptions: [
    // The GraphQL context needs the request's actor (auth's sessions) and collects the audit of sensitive reads
    // (auth's audit log) for every request: identity is the one feature the request pipeline itself stands on.
    { from: 'server/src/graphql/**', to: 'server/src/auth/**' },
    // The quota-review pack (issue 15) is the quota position with the employer's statements and staff's review: it
    // calls QuotaService and reuses quota.ts's arithmetic rather than re-implementing the quota rules.
    { from: 'server/src/reporting/quota-review/**', to: 'server/src/reporting/quota/**' },
    // Unit tests of pure modules import the test runner, nothing else.
    { from: 'server/src/matching/**/*.spec.ts', to: '@jest/globals' },
    // Issue 15: a county's quarterly submission freezes exactly the figures of the quarterly report, so the
    // submissions workflow reads them from the dashboard's service (the one place they are counted).
    // Issue 17: the reward above the quota ratio (plan 三（三）) is judged on the employer's quota position, so
    // subsidies calls QuotaService and reuses quota.ts's age rule rather than re-implementing the quota rules.
    { from: 'server/src/subsidies/**', to: 'server/src/reporting/quota/**' },
  ],
  // Writes to a table another feature owns, allowed with a reason.
  writeExceptions: [
    // DESIGN.md: search/ holds "the relay that drains the outbox"; it claims, marks and retries outbox rows, and the
    // follower (an index per instance) marks the rows it applied. Rows are written only by the search feed triggers
    // (migration 1766400000000), never by a service.
    { from: 'server/src/search/outbox-relay.ts', table: 'outbox' },
    { from: 'server/src/search/outbox-follower.ts', table: 'outbox' },
  ],
  // DESIGN.md: search/ and reporting/ read from the others; every other feature reads another's rows through its service.
  readers: ['search', 'reporting'],
  // Reads of another feature's rows (entity or table), allowed with a reason.
  readExceptions: [
    // Single reads that join another feature's table for performance (one statement instead of a round trip per
    // owner), each kept where it is because the owner's service cannot serve it as one query:
    // - sessions resolve the actor in one statement per request (the organization of an employer); auth sits
    //   below organizations (organizations imports auth), so it cannot call organizations' service.
    { from: 'server/src/auth/sessions.service.ts', table: 'organization_member' },
    // - per-request loaders are built from the data source outside dependency injection: the asking seeker's
    //   profile id (once per request) and "applied to one of my organization's postings" (one batched join).
    { from: 'server/src/applications/applications.loaders.ts', table: 'seeker_profile' },
    { from: 'server/src/applications/applications.loaders.ts', table: 'posting' },
    // - the postings list filters by the organization's type with a subquery inside the one paginated query.
    { from: 'server/src/postings/postings.service.ts', table: 'organization' },
    // - the "four ones" coverage and missing-service lists: the population (unemployed seekers of working age)
    //   joined with casework's service records, counted and paginated in SQL.
    { from: 'server/src/casework/four-ones.service.ts', table: 'seeker_profile' },
    // - the graduate ledger: one paginated row per graduate with its fairs, placement and employer.
    { from: 'server/src/casework/ledger.service.ts', table: 'seeker_profile' },
    { from: 'server/src/casework/ledger.service.ts', table: 'event_registration' },
    { from: 'server/src/casework/ledger.service.ts', table: 'placement' },
    { from: 'server/src/casework/ledger.service.ts', table: 'organization' },
    // - an event's outcomes per employer (applications made at the fair and how far they got); applications
    //   imports events, so events cannot call applications' service (it would be an import loop).
    { from: 'server/src/events/event-reports.service.ts', table: 'application' },
    { from: 'server/src/events/event-reports.service.ts', table: 'application_status_change' },
    { from: 'server/src/events/event-reports.service.ts', table: 'posting' },
    { from: 'server/src/events/event-reports.service.ts', table: 'organization' },
    // - interviews and messages: who the two sides of an application are (application-party.ts), the staff's
    //   list of upcoming interviews and the interpreter queue (one row per interview with the seeker, position and
    //   employer), the reminder's recipients, and the names of a thread's senders and of the staff a seeker may
    //   invite: each one statement, read-only; writes to the application go through applications' service.
    ...['application', 'seeker_profile', 'posting', 'organization', 'organization_member', 'app_user'].flatMap((table) => [
      { from: 'server/src/interviews/*.ts', table }, { from: 'server/src/messages/*.ts', table },
    ]),
    // - notifications: the fan-out of one notice to its recipients is one INSERT … SELECT joined with the people's
    //   contacts (a fair cancelled for 10,000 people is one statement, not 10,000 look-ups); the worker reads the
    //   recipient's phone, email and language when it sends (they may have changed since); the staff views name the
    //   person (masked) beside a failed delivery and an event's unreached people. Most of these features import
    //   notifications (events, seekers), so notifications cannot call their services (an import loop).
    { from: 'server/src/notifications/notifications.service.ts', table: 'app_user' },
    { from: 'server/src/notifications/notifications.service.ts', table: 'seeker_profile' },
    { from: 'server/src/notifications/notifications.service.ts', table: 'recruitment_event' },
    // - the staff views of what was sent are scoped by the recipient's county: a seeker's, their organization's or a
    //   staff member's own (one subquery each inside the listing's one statement)
    { from: 'server/src/notifications/notifications.service.ts', table: 'organization_member' },
    { from: 'server/src/notifications/notifications.service.ts', table: 'organization' },
    { from: 'server/src/notifications/delivery.service.ts', table: 'app_user' },
    // - quota-review packs: who submitted and who reviewed each version, named in the paginated list's one statement
    { from: 'server/src/reporting/quota-review/quota-review.service.ts', table: 'app_user' },
    // - genuineness of reserved posts (issue 15): every employer's fill, interview, retention, early-ending, pay and
    //   insurance figures are one set-based statement over its reserved postings, their applications and the
    //   placements (a read per employer through each owner's service would not meet the 500 ms goal at city scale).
    ...['organization', 'posting', 'placement', 'application', 'application_status_change', 'placement_year_fact'].map((table) => (
      { from: 'server/src/outcomes/genuineness/genuineness.sql.ts', table })),
    // - retention (issue 15): the retention figures and the outcome funnel are each one set-based statement over the
    //   placements, the people and what they did in the period (sign-ins, applications, interviews, fairs, services);
    //   the follow-up list, the check-in run and the check-ins due are one statement each over placements with their
    //   person and employer (a read per row through each owner's service would not meet the 500 ms goal at city scale).
    ...['placement', 'seeker_profile', 'organization', 'organization_member', 'user_session', 'event_registration', 'service_record',
      'ledger_entry', 'application', 'application_status_change', 'interview', 'app_user'].map((table) => (
      { from: 'server/src/outcomes/retention/*.service.ts', table })),
    // - the graduate ledger shows each follow-up's state from retention's answers in its one paginated statement
    { from: 'server/src/casework/ledger.service.ts', table: 'placement_follow_up' },
    // - the talent pool (issue 17): trained people filtered by skill, county and consent to be found, paginated, in one
    //   statement over the profiles, their latest DISCOVERABLE consent and their completed courses
    ...['seeker_profile', 'consent_record'].map((table) => ({ from: 'server/src/training/talent-pool.service.ts', table })),
  ],
  // Folder pairs that may import each other. graphql/ ↔ auth/: auth's resolvers use the GraphQL layer's decorators
  // and context, and the context carries auth's actor (the exception above).
  cycleExceptions: [['graphql', 'auth']],
  // Tables without an entity class, and the feature that owns (writes) them; entity tables are read from @Entity.
  tables: {
    consent_record: 'seekers', organization_member: 'organizations', event_service_offer: 'events',
    job_coach_assignment: 'casework', plan_figure: 'reporting', seeker_import_problem: 'reporting',
    seeker_import_rejected_row: 'reporting', audit_log: 'auth', user_session: 'auth', rate_limit: 'auth',
    outbox: 'database', idempotency_key: 'database', placement_check_in: 'outcomes',
    notification_delivery: 'notifications', message_log: 'notifications', notification_preference: 'notifications',
    sms_opt_out: 'notifications', password_reset_code: 'notifications',
    placement_year_fact: 'reporting', quota_review_pack: 'reporting',
    campaign_event: 'reporting', campaign_posting: 'reporting', campaign_placement: 'reporting', welfare_post_mark: 'reporting',
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'client/dist/**', 'client/src/gql/**', '.data/**'] },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { layers },
    rules: {
      'layers/imports': ['error', layering],
      'layers/foreign-writes': ['error', layering],
      'layers/foreign-reads': ['error', layering],
      'layers/no-cycles': ['error', layering],
    },
  },
);
