// Vocational skills training (（十）实施残疾人职业技能提升行动; rural practical training of （六）; the training
// system of 四（四）信息支持): providers, courses with their place, accessibility, delivery and cost, enrolments with
// attendance and completion, and the certificates a completion gives. Seats are taken with one conditional UPDATE
// (enrolled_count < capacity), backed by the CHECK below and one enrolment per person and course (UNIQUE).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Training1767000000000 implements MigrationInterface {
  name = 'Training1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training_provider (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name           text NOT NULL,
        kind           text NOT NULL CHECK (kind IN ('FEDERATION_BASE','VOCATIONAL_SCHOOL','ENTERPRISE','SOCIAL_ORG','OTHER')),
        county_code    varchar(6) REFERENCES county(code),
        address        text NOT NULL DEFAULT '',
        contact_phone  text NOT NULL DEFAULT '',
        created_by     uuid REFERENCES app_user(id),
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`COMMENT ON TABLE training_provider IS '残疾人职业培训机构 (plan （十）, 四（四）); county_code NULL: run by the city'`);
    await q.query(`
      CREATE TABLE training_course (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id          uuid NOT NULL REFERENCES training_provider(id),
        kind                 text NOT NULL,
        title                text NOT NULL,
        description          text NOT NULL DEFAULT '',
        skills               text[] NOT NULL DEFAULT '{}',
        certificate_kind     text CHECK (certificate_kind IN ('VOCATIONAL','MASSAGE_HEALTH','MASSAGE_MEDICAL','OTHER')),
        certificate_level    text NOT NULL DEFAULT '',
        county_code          varchar(6) REFERENCES county(code),
        starts_on            date NOT NULL,
        ends_on              date NOT NULL,
        schedule             text NOT NULL DEFAULT '',
        sessions             integer NOT NULL CHECK (sessions > 0),
        mode                 text NOT NULL CHECK (mode IN ('ONSITE','ONLINE','HYBRID')),
        venue_name           text NOT NULL DEFAULT '',
        address              text NOT NULL DEFAULT '',
        step_free_route      boolean NOT NULL DEFAULT false,
        accessible_toilets   boolean NOT NULL DEFAULT false,
        hearing_loop         boolean NOT NULL DEFAULT false,
        tactile_paving       boolean NOT NULL DEFAULT false,
        accessibility_note   text NOT NULL DEFAULT '',
        sign_language        boolean NOT NULL DEFAULT false,
        braille_materials    boolean NOT NULL DEFAULT false,
        large_print          boolean NOT NULL DEFAULT false,
        captions             boolean NOT NULL DEFAULT false,
        fee_yuan             numeric(10,2) NOT NULL DEFAULT 0 CHECK (fee_yuan >= 0),
        subsidy_note         text NOT NULL DEFAULT '',
        subsidy_yuan         numeric(10,2) CHECK (subsidy_yuan >= 0),
        subsidy_source       text NOT NULL DEFAULT '',
        capacity             integer NOT NULL CHECK (capacity > 0),
        enrolled_count       integer NOT NULL DEFAULT 0,
        open                 boolean NOT NULL DEFAULT true,
        created_by           uuid REFERENCES app_user(id),
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT training_course_seats CHECK (enrolled_count >= 0 AND enrolled_count <= capacity),
        CONSTRAINT training_course_dates CHECK (ends_on >= starts_on),
        CONSTRAINT training_course_subsidy_source CHECK (subsidy_yuan IS NULL OR subsidy_source <> '')
      )`);
    await q.query(`COMMENT ON COLUMN training_course.subsidy_yuan IS 'NULL: the plan names the subsidy (（十）培训费、生活费补贴) but no source states the amount: shown as 待核实'`);
    await q.query(`CREATE INDEX training_course_county_idx ON training_course (county_code, starts_on)`);
    await q.query(`CREATE INDEX training_course_skills_idx ON training_course USING gin (skills)`);
    await q.query(`
      CREATE TABLE training_enrolment (
        id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id              uuid NOT NULL REFERENCES training_course(id),
        seeker_id              uuid NOT NULL REFERENCES seeker_profile(id) ON DELETE CASCADE,
        status                 text NOT NULL CHECK (status IN ('ENROLLED','WITHDRAWN','COMPLETED','NOT_COMPLETED')),
        sessions_attended      integer NOT NULL DEFAULT 0 CHECK (sessions_attended >= 0),
        on_behalf_by           uuid REFERENCES app_user(id),
        on_behalf_county_code  varchar(6),
        withdrawn_at           timestamptz,
        completed_at           timestamptz,
        completed_by           uuid REFERENCES app_user(id),
        certificate_kind       text,
        certificate_level      text,
        certificate_number     text,
        certificate_issued_on  date,
        created_at             timestamptz NOT NULL DEFAULT now(),
        updated_at             timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT training_enrolment_once UNIQUE (course_id, seeker_id)
      )`);
    await q.query(`CREATE INDEX training_enrolment_seeker_idx ON training_enrolment (seeker_id, created_at DESC)`);
    await q.query(`CREATE INDEX training_enrolment_certificate_idx ON training_enrolment (certificate_kind) WHERE status = 'COMPLETED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE training_enrolment`);
    await q.query(`DROP TABLE training_course`);
    await q.query(`DROP TABLE training_provider`);
  }
}
