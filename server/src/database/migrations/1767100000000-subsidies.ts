// Subsidies and rewards (issue 17; the action plan's 二（五）（六）（七）（十）, 三（二）（三）): the catalogue the plan
// names (filled from server/src/subsidies/subsidy-catalogue.ts at start) and applications with staff's decisions.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Subsidies1767100000000 implements MigrationInterface {
  name = 'Subsidies1767100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE subsidy (
        code                text PRIMARY KEY,
        sort_order          smallint NOT NULL,
        claimant            text NOT NULL CHECK (claimant IN ('EMPLOYER','PERSON')),
        claimant_stated     boolean NOT NULL,
        name_zh             text NOT NULL,
        name_en             text NOT NULL,
        source              text NOT NULL CHECK (source <> ''),
        eligibility_zh      text NOT NULL,
        eligibility_en      text NOT NULL,
        conditions_complete boolean NOT NULL,
        evaluated           boolean NOT NULL,
        funds               text[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`COMMENT ON TABLE subsidy IS 'The subsidies and rewards the action plan names, with the plan''s section (source); amounts are the policy setting subsidy.amounts'`);
    await q.query(`
      CREATE TABLE subsidy_application (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subsidy_code     text NOT NULL REFERENCES subsidy(code),
        claimant         text NOT NULL CHECK (claimant IN ('EMPLOYER','PERSON')),
        organization_id  uuid REFERENCES organization(id),
        seeker_id        uuid REFERENCES seeker_profile(id),
        placement_id     uuid REFERENCES placement(id),
        year             smallint CHECK (year BETWEEN 2000 AND 2100),
        county_code      text NOT NULL,
        status           text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED','APPROVED','REJECTED')),
        note             text NOT NULL DEFAULT '',
        finding          jsonb NOT NULL,
        submitted_by     uuid NOT NULL REFERENCES app_user(id),
        submitted_at     timestamptz NOT NULL DEFAULT now(),
        decided_by       uuid REFERENCES app_user(id),
        decided_at       timestamptz,
        decision_reason  text,
        CONSTRAINT subsidy_application_subject CHECK ((claimant = 'EMPLOYER') = (organization_id IS NOT NULL)),
        CONSTRAINT subsidy_application_person CHECK (claimant = 'EMPLOYER' OR seeker_id IS NOT NULL),
        CONSTRAINT subsidy_application_decided CHECK ((status = 'SUBMITTED') = (decided_at IS NULL)),
        CONSTRAINT subsidy_application_rejected_reason CHECK (status <> 'REJECTED' OR coalesce(decision_reason, '') <> '')
      )`);
    // one live application (submitted or approved) per subsidy and subject: a double click makes one
    await q.query(`CREATE UNIQUE INDEX subsidy_application_live_uq ON subsidy_application (subsidy_code,
      coalesce(organization_id::text, ''), coalesce(seeker_id::text, ''), coalesce(placement_id::text, ''), coalesce(year, 0))
      WHERE status <> 'REJECTED'`);
    await q.query(`CREATE INDEX subsidy_application_queue_idx ON subsidy_application (county_code, status, submitted_at)`);
    await q.query(`CREATE INDEX subsidy_application_org_idx ON subsidy_application (organization_id, submitted_at DESC) WHERE organization_id IS NOT NULL`);
    await q.query(`CREATE INDEX subsidy_application_seeker_idx ON subsidy_application (seeker_id, submitted_at DESC) WHERE seeker_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE subsidy_application`);
    await q.query(`DROP TABLE subsidy`);
  }
}
