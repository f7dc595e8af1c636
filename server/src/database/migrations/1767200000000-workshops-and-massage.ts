// The register of workshops and bases (美丽工坊, 辅助性就业机构, 就业帮扶车间, 农村残疾人就业基地, home-based work
// providers; plan sections （四）（五）（六）), a placement's link to the workshop it is at, and blind massage (（八）):
// clinics, the qualifications of the people who work there and their exam and continuing-education records.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkshopsAndMassage1767200000000 implements MigrationInterface {
  name = 'WorkshopsAndMassage1767200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workshop (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('BEAUTIFUL_WORKSHOP','ASSISTED_EMPLOYMENT','SUPPORT_WORKSHOP','RURAL_BASE','HOME_BASED_PROVIDER')),
        name text NOT NULL CHECK (length(btrim(name)) >= 2),
        county_code varchar(6) NOT NULL REFERENCES county(code),
        town text NOT NULL DEFAULT '',
        address text NOT NULL DEFAULT '',
        capacity int NOT NULL CHECK (capacity BETWEEN 0 AND 100000),
        supports text[] NOT NULL DEFAULT '{}',
        accessibility_note text NOT NULL DEFAULT '',
        work_kinds text[] NOT NULL DEFAULT '{}',
        home_based boolean NOT NULL DEFAULT false,
        description text NOT NULL DEFAULT '',
        contact_name text NOT NULL,
        contact_phone text NOT NULL,
        organization_id uuid REFERENCES organization(id),
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX workshop_county_kind ON workshop (county_code, kind)`);
    await q.query(`ALTER TABLE placement ADD COLUMN workshop_id uuid REFERENCES workshop(id)`);
    await q.query(`CREATE INDEX placement_workshop ON placement (workshop_id) WHERE workshop_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE massage_clinic (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL UNIQUE REFERENCES organization(id),
        kind text NOT NULL CHECK (kind IN ('MEDICAL','HEALTH')),
        registration_number text NOT NULL CHECK (length(btrim(registration_number)) >= 4),
        county_code varchar(6) NOT NULL REFERENCES county(code),
        address text NOT NULL DEFAULT '',
        medical_insurance_designated boolean NOT NULL DEFAULT false,
        registered_on date NOT NULL,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE massage_qualification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seeker_id uuid NOT NULL REFERENCES seeker_profile(id),
        kind text NOT NULL CHECK (kind IN ('MEDICAL_MASSAGE_CERTIFICATE','HEALTH_MASSAGE_SKILL_LEVEL')),
        skill_level smallint CHECK (skill_level BETWEEN 1 AND 5),
        issuer text NOT NULL,
        issued_on date NOT NULL,
        county_code varchar(6) NOT NULL REFERENCES county(code),
        recorded_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (seeker_id, kind),
        CHECK (kind = 'MEDICAL_MASSAGE_CERTIFICATE' AND skill_level IS NULL OR kind = 'HEALTH_MASSAGE_SKILL_LEVEL' AND skill_level IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE massage_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        qualification_id uuid NOT NULL REFERENCES massage_qualification(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('EXAM','CONTINUING_EDUCATION')),
        held_on date NOT NULL,
        hours smallint CHECK (hours BETWEEN 1 AND 500),
        passed boolean,
        note text NOT NULL DEFAULT '',
        recorded_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind = 'EXAM' AND passed IS NOT NULL OR kind = 'CONTINUING_EDUCATION' AND hours IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX massage_record_qualification ON massage_record (qualification_id, held_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE massage_record`);
    await q.query(`DROP TABLE massage_qualification`);
    await q.query(`DROP TABLE massage_clinic`);
    await q.query(`ALTER TABLE placement DROP COLUMN workshop_id`);
    await q.query(`DROP TABLE workshop`);
  }
}
