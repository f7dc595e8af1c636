// The marketplace core schema. Hand-written; constraints carry the rules that must hold under concurrency.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES = `'SEEKER','EMPLOYER','STAFF','ADMIN'`;
const ORG_TYPES = `'GOVERNMENT_AGENCY','PUBLIC_INSTITUTION','STATE_OWNED','PRIVATE','PLATFORM','SOCIAL_ORG','AUXILIARY_INSTITUTION'`;
const FORMS = `'FULL_TIME','PART_TIME','FLEXIBLE','HOME_BASED','AUXILIARY','PUBLIC_WELFARE'`;
const EDUCATION = `'NONE','PRIMARY','JUNIOR_HIGH','SENIOR_HIGH','VOCATIONAL','JUNIOR_COLLEGE','BACHELOR','MASTER'`;
const CATEGORIES = `'VISUAL','HEARING','SPEECH','PHYSICAL','INTELLECTUAL','MENTAL','MULTIPLE'`;
const APP_STATUS = `'SUBMITTED','REVIEWING','INTERVIEW','OFFERED','HIRED','REJECTED','WITHDRAWN'`;
const LINES = `'PUBLIC_SECTOR','STATE_OWNED','PRIVATE','DISABILITY_ORG','HARD_TO_EMPLOY','RURAL','GRADUATE','BLIND_MASSAGE'`;

export class InitialSchema1764400000000 implements MigrationInterface {
  name = 'InitialSchema1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE county (
        code        varchar(6) PRIMARY KEY,
        city_code   varchar(6) NOT NULL,
        name_zh     text NOT NULL,
        name_en     text NOT NULL,
        latitude    double precision NOT NULL,
        longitude   double precision NOT NULL,
        sort_order  integer NOT NULL DEFAULT 0
      )`);

    await q.query(`
      CREATE TABLE app_user (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email              text UNIQUE CHECK (email = lower(email)),
        phone              text UNIQUE CHECK (phone ~ '^1[3-9][0-9]{9}$'),
        password_hash      text NOT NULL,
        role               text NOT NULL CHECK (role IN (${ROLES})),
        display_name       text NOT NULL,
        scope_county_code  varchar(6) REFERENCES county(code),
        locale             text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN','en')),
        disabled_at        timestamptz,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CHECK (email IS NOT NULL OR phone IS NOT NULL),
        CHECK (scope_county_code IS NULL OR role = 'STAFF')
      )`);

    await q.query(`
      CREATE TABLE user_session (
        id            char(64) PRIMARY KEY,
        user_id       uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at    timestamptz NOT NULL DEFAULT now(),
        last_seen_at  timestamptz NOT NULL DEFAULT now(),
        expires_at    timestamptz NOT NULL,
        revoked_at    timestamptz,
        ip            text,
        user_agent    text
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE organization (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name                 text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
        credit_code          char(18) NOT NULL UNIQUE,
        type                 text NOT NULL CHECK (type IN (${ORG_TYPES})),
        county_code          varchar(6) NOT NULL REFERENCES county(code),
        address              text NOT NULL DEFAULT '',
        staff_count          integer NOT NULL CHECK (staff_count >= 0),
        established_posts    integer CHECK (established_posts >= 0),
        is_school            boolean NOT NULL DEFAULT false,
        description          text NOT NULL DEFAULT '',
        contact_name         text NOT NULL DEFAULT '',
        contact_phone        text NOT NULL DEFAULT '',
        verification_status  text NOT NULL DEFAULT 'PENDING' CHECK (verification_status IN ('PENDING','VERIFIED','REJECTED')),
        verification_note    text,
        verified_by          uuid REFERENCES app_user(id),
        verified_at          timestamptz,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX organization_county_idx ON organization (county_code, type)`);

    await q.query(`
      CREATE TABLE organization_member (
        organization_id  uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        user_id          uuid NOT NULL UNIQUE REFERENCES app_user(id) ON DELETE CASCADE,
        member_role      text NOT NULL DEFAULT 'OWNER' CHECK (member_role IN ('OWNER','MEMBER')),
        created_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, user_id)
      )`);

    await q.query(`
      CREATE TABLE posting (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id      uuid NOT NULL REFERENCES organization(id),
        title                text NOT NULL CHECK (length(title) BETWEEN 2 AND 80),
        description          text NOT NULL,
        easy_read            text NOT NULL DEFAULT '',
        county_code          varchar(6) NOT NULL REFERENCES county(code),
        address              text NOT NULL,
        latitude             double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude            double precision CHECK (longitude BETWEEN -180 AND 180),
        employment_form      text NOT NULL CHECK (employment_form IN (${FORMS})),
        openings             integer NOT NULL CHECK (openings BETWEEN 1 AND 10000),
        hired_count          integer NOT NULL DEFAULT 0,
        salary_min           integer CHECK (salary_min >= 0),
        salary_max           integer CHECK (salary_max >= 0),
        education_required   text NOT NULL DEFAULT 'NONE' CHECK (education_required IN (${EDUCATION})),
        skills               text[] NOT NULL DEFAULT '{}',
        reserved             boolean NOT NULL DEFAULT false,
        relaxed_age          boolean NOT NULL DEFAULT false,
        relaxed_household    boolean NOT NULL DEFAULT false,
        relaxed_exam_ratio   boolean NOT NULL DEFAULT false,
        relaxation_note      text NOT NULL DEFAULT '',
        demands              text[] NOT NULL DEFAULT '{}',
        supports             text[] NOT NULL DEFAULT '{}',
        suitable_categories  text[] NOT NULL DEFAULT '{}',
        status               text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED','CLOSED')),
        deadline             date,
        published_at         timestamptz,
        closed_at            timestamptz,
        created_by           uuid REFERENCES app_user(id),
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        version              integer NOT NULL DEFAULT 1,
        -- hires can never exceed openings, whatever the application code does
        CONSTRAINT posting_hired_within_openings CHECK (hired_count >= 0 AND hired_count <= openings),
        CONSTRAINT posting_salary_range CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
      )`);
    await q.query(`CREATE INDEX posting_browse_idx ON posting (status, county_code, employment_form, published_at DESC)`);
    await q.query(`CREATE INDEX posting_org_idx ON posting (organization_id, created_at DESC)`);
    await q.query(`CREATE INDEX posting_supports_idx ON posting USING gin (supports)`);

    await q.query(`
      CREATE TABLE seeker_profile (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id             uuid UNIQUE REFERENCES app_user(id) ON DELETE SET NULL,
        name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        gender              text NOT NULL CHECK (gender IN ('MALE','FEMALE')),
        birth_date          date NOT NULL,
        county_code         varchar(6) NOT NULL REFERENCES county(code),
        residence           text NOT NULL CHECK (residence IN ('URBAN','RURAL')),
        phone               text,
        certificate_enc     bytea,
        certificate_hash    char(64) UNIQUE,
        certificate_masked  text,
        category            text CHECK (category IN (${CATEGORIES})),
        level               smallint CHECK (level BETWEEN 1 AND 4),
        education           text NOT NULL DEFAULT 'NONE' CHECK (education IN (${EDUCATION})),
        graduate_school     text,
        graduate_year       smallint,
        skills              text[] NOT NULL DEFAULT '{}',
        experience          text NOT NULL DEFAULT '',
        cannot_do           text[] NOT NULL DEFAULT '{}',
        supports_must       text[] NOT NULL DEFAULT '{}',
        supports_nice       text[] NOT NULL DEFAULT '{}',
        preferred_forms     text[] NOT NULL DEFAULT '{}',
        preferred_counties  text[] NOT NULL DEFAULT '{}',
        pay_min             integer CHECK (pay_min >= 0),
        priority_groups     text[] NOT NULL DEFAULT '{}',
        employment_status   text NOT NULL DEFAULT 'UNEMPLOYED'
                            CHECK (employment_status IN ('UNEMPLOYED','EMPLOYED','SELF_EMPLOYED','STUDENT','NOT_SEEKING')),
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CHECK ((category IS NULL) = (level IS NULL)),
        CHECK ((certificate_enc IS NULL) = (certificate_hash IS NULL))
      )`);
    await q.query(`CREATE INDEX seeker_county_idx ON seeker_profile (county_code, category)`);

    await q.query(`
      CREATE TABLE consent_record (
        id           bigserial PRIMARY KEY,
        seeker_id    uuid NOT NULL REFERENCES seeker_profile(id) ON DELETE CASCADE,
        purpose      text NOT NULL CHECK (purpose IN ('SENSITIVE_DATA','JOB_MATCHING','DISCOVERABLE','SHARE_WITH_EMPLOYERS')),
        granted      boolean NOT NULL,
        recorded_at  timestamptz NOT NULL DEFAULT now(),
        recorded_by  uuid REFERENCES app_user(id)
      )`);
    await q.query(`CREATE INDEX consent_latest_idx ON consent_record (seeker_id, purpose, id DESC)`);

    await q.query(`
      CREATE TABLE application (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seeker_id           uuid NOT NULL REFERENCES seeker_profile(id),
        posting_id          uuid NOT NULL REFERENCES posting(id),
        note                text NOT NULL DEFAULT '',
        accommodations      text[] NOT NULL DEFAULT '{}',
        accommodation_note  text NOT NULL DEFAULT '',
        status              text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN (${APP_STATUS})),
        rejection_reason    text,
        event_id            uuid,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT application_one_per_posting UNIQUE (seeker_id, posting_id),
        CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX application_posting_idx ON application (posting_id, status, created_at)`);

    await q.query(`
      CREATE TABLE application_status_change (
        id              bigserial PRIMARY KEY,
        application_id  uuid NOT NULL REFERENCES application(id) ON DELETE CASCADE,
        from_status     text CHECK (from_status IN (${APP_STATUS})),
        to_status       text NOT NULL CHECK (to_status IN (${APP_STATUS})),
        reason          text,
        actor_user_id   uuid REFERENCES app_user(id),
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX application_change_idx ON application_status_change (application_id, id)`);

    await q.query(`
      CREATE TABLE placement (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seeker_id        uuid NOT NULL REFERENCES seeker_profile(id),
        organization_id  uuid NOT NULL REFERENCES organization(id),
        posting_id       uuid REFERENCES posting(id),
        application_id   uuid UNIQUE REFERENCES application(id),
        employment_form  text NOT NULL CHECK (employment_form IN (${FORMS})),
        start_date       date NOT NULL,
        end_date         date,
        action_line      text NOT NULL CHECK (action_line IN (${LINES})),
        county_code      varchar(6) NOT NULL REFERENCES county(code),
        source           text NOT NULL CHECK (source IN ('PLATFORM','EXTERNAL')),
        note             text NOT NULL DEFAULT '',
        recorded_by      uuid REFERENCES app_user(id),
        created_at       timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX placement_county_idx ON placement (county_code, start_date)`);
    await q.query(`CREATE INDEX placement_seeker_idx ON placement (seeker_id)`);
    await q.query(`CREATE INDEX placement_org_idx ON placement (organization_id)`);

    await q.query(`
      CREATE TABLE audit_log (
        id             bigserial PRIMARY KEY,
        at             timestamptz NOT NULL DEFAULT now(),
        actor_user_id  uuid,
        actor_role     text,
        action         text NOT NULL,
        entity         text NOT NULL,
        entity_id      text,
        field          text,
        purpose        text,
        detail         jsonb NOT NULL DEFAULT '{}',
        request_id     text
      )`);
    await q.query(`CREATE INDEX audit_entity_idx ON audit_log (entity, entity_id, at DESC)`);
    await q.query(`CREATE INDEX audit_actor_idx ON audit_log (actor_user_id, at DESC)`);
    // Append-only: no update, delete or truncate, whoever asks.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
                   FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
                   FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);

    // Transactional outbox: written in the same transaction as the change; a relay drains it into search.
    await q.query(`
      CREATE TABLE outbox (
        id            bigserial PRIMARY KEY,
        aggregate     text NOT NULL CHECK (aggregate IN ('posting','seeker')),
        aggregate_id  uuid NOT NULL,
        op            text NOT NULL CHECK (op IN ('UPSERT','DELETE')),
        created_at    timestamptz NOT NULL DEFAULT now(),
        attempts      integer NOT NULL DEFAULT 0,
        available_at  timestamptz NOT NULL DEFAULT now(),
        last_error    text,
        processed_at  timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (available_at, id) WHERE processed_at IS NULL`);

    await q.query(`
      CREATE TABLE idempotency_key (
        user_id     uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        key         text NOT NULL,
        operation   text NOT NULL,
        result_id   text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, operation, key)
      )`);
    // rate-limiter-flexible's table: sign-in and sign-up limits shared by every instance
    await q.query(`CREATE TABLE rate_limit (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['rate_limit', 'idempotency_key', 'outbox', 'audit_log', 'placement', 'application_status_change', 'application',
      'consent_record', 'seeker_profile', 'posting', 'organization_member', 'organization', 'user_session', 'app_user', 'county']) {
      await q.query(`DROP TABLE IF EXISTS ${t} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_log_append_only()`);
  }
}
