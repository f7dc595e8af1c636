// Subsidies (issue 17, second part): an application may name the workshop or base of the register it is for (their
// support, plan 二（四）（五）（六）, 三（三）) or the person's enrolment in a course (training subsidies, 二（十）), and an
// applicant may withdraw one that is still waiting (WITHDRAWN, with when and by whom). One live application (submitted
// or approved) per subsidy and subject, the subject now including the workshop and the enrolment.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SubsidyRecordsAndWithdrawal1767500000000 implements MigrationInterface {
  name = 'SubsidyRecordsAndWithdrawal1767500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE subsidy_application
      ADD COLUMN workshop_id uuid REFERENCES workshop(id),
      ADD COLUMN enrolment_id uuid REFERENCES training_enrolment(id),
      ADD COLUMN withdrawn_at timestamptz,
      ADD COLUMN withdrawn_by uuid REFERENCES app_user(id)`);
    await q.query(`ALTER TABLE subsidy_application DROP CONSTRAINT subsidy_application_status_check,
      ADD CONSTRAINT subsidy_application_status_check CHECK (status IN ('SUBMITTED','APPROVED','REJECTED','WITHDRAWN'))`);
    // decided: approved or rejected, with when; withdrawn: with when, never decided
    await q.query(`ALTER TABLE subsidy_application DROP CONSTRAINT subsidy_application_decided,
      ADD CONSTRAINT subsidy_application_decided CHECK ((status IN ('APPROVED','REJECTED')) = (decided_at IS NOT NULL)),
      ADD CONSTRAINT subsidy_application_withdrawn CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL)),
      ADD CONSTRAINT subsidy_application_one_record CHECK (num_nonnulls(placement_id, workshop_id, enrolment_id) <= 1),
      ADD CONSTRAINT subsidy_application_workshop CHECK (workshop_id IS NULL OR claimant = 'EMPLOYER'),
      ADD CONSTRAINT subsidy_application_enrolment CHECK (enrolment_id IS NULL OR claimant = 'PERSON')`);
    await q.query(`DROP INDEX subsidy_application_live_uq`);
    await q.query(`CREATE UNIQUE INDEX subsidy_application_live_uq ON subsidy_application (subsidy_code,
      coalesce(organization_id::text, ''), coalesce(seeker_id::text, ''), coalesce(placement_id::text, ''), coalesce(year, 0),
      coalesce(workshop_id::text, ''), coalesce(enrolment_id::text, ''))
      WHERE status IN ('SUBMITTED', 'APPROVED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM subsidy_application WHERE status = 'WITHDRAWN' OR workshop_id IS NOT NULL OR enrolment_id IS NOT NULL`);
    await q.query(`DROP INDEX subsidy_application_live_uq`);
    await q.query(`CREATE UNIQUE INDEX subsidy_application_live_uq ON subsidy_application (subsidy_code,
      coalesce(organization_id::text, ''), coalesce(seeker_id::text, ''), coalesce(placement_id::text, ''), coalesce(year, 0))
      WHERE status <> 'REJECTED'`);
    await q.query(`ALTER TABLE subsidy_application DROP CONSTRAINT subsidy_application_enrolment, DROP CONSTRAINT subsidy_application_workshop,
      DROP CONSTRAINT subsidy_application_one_record, DROP CONSTRAINT subsidy_application_withdrawn, DROP CONSTRAINT subsidy_application_decided,
      ADD CONSTRAINT subsidy_application_decided CHECK ((status = 'SUBMITTED') = (decided_at IS NULL))`);
    await q.query(`ALTER TABLE subsidy_application DROP CONSTRAINT subsidy_application_status_check,
      ADD CONSTRAINT subsidy_application_status_check CHECK (status IN ('SUBMITTED','APPROVED','REJECTED'))`);
    await q.query(`ALTER TABLE subsidy_application DROP COLUMN withdrawn_by, DROP COLUMN withdrawn_at, DROP COLUMN enrolment_id, DROP COLUMN workshop_id`);
  }
}
