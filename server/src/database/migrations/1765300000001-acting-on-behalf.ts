// Acting for a person: the consent "federation staff may act for me" (a consent purpose, kept with when it was
// given or withdrawn like the others), and on an application or a fair registration, who made it for the person.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActingOnBehalf1765300000001 implements MigrationInterface {
  name = 'ActingOnBehalf1765300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent_record DROP CONSTRAINT consent_record_purpose_check`);
    await q.query(`ALTER TABLE consent_record ADD CONSTRAINT consent_record_purpose_check
      CHECK (purpose IN ('SENSITIVE_DATA','JOB_MATCHING','DISCOVERABLE','SHARE_WITH_EMPLOYERS','ACT_ON_BEHALF'))`);
    // how a consent was given: online by the person, or on a signed paper form that staff recorded (with its date)
    await q.query(`ALTER TABLE consent_record
      ADD COLUMN evidence text NOT NULL DEFAULT 'ONLINE' CHECK (evidence IN ('ONLINE','SIGNED_PAPER')),
      ADD COLUMN signed_on date,
      ADD CONSTRAINT consent_record_paper_signed CHECK ((evidence = 'SIGNED_PAPER') = (signed_on IS NOT NULL))`);
    for (const table of ['application', 'event_registration']) {
      // the staff member who made it for the person, and the office they acted for (their county; NULL: the city)
      await q.query(`ALTER TABLE ${table} ADD COLUMN on_behalf_by uuid REFERENCES app_user(id),
                                          ADD COLUMN on_behalf_county_code varchar(6) REFERENCES county(code),
                                          ADD CONSTRAINT ${table}_on_behalf_county_check
                                            CHECK (on_behalf_by IS NOT NULL OR on_behalf_county_code IS NULL)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['application', 'event_registration']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN IF EXISTS on_behalf_county_code, DROP COLUMN IF EXISTS on_behalf_by`);
    }
    await q.query(`DELETE FROM consent_record WHERE purpose = 'ACT_ON_BEHALF'`);
    await q.query(`ALTER TABLE consent_record DROP CONSTRAINT IF EXISTS consent_record_paper_signed,
                   DROP COLUMN IF EXISTS signed_on, DROP COLUMN IF EXISTS evidence`);
    await q.query(`ALTER TABLE consent_record DROP CONSTRAINT consent_record_purpose_check`);
    await q.query(`ALTER TABLE consent_record ADD CONSTRAINT consent_record_purpose_check
      CHECK (purpose IN ('SENSITIVE_DATA','JOB_MATCHING','DISCOVERABLE','SHARE_WITH_EMPLOYERS'))`);
  }
}
