// Recruitment events (fairs): registrations with a waiting list, booths, services on offer, in-app notifications.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const SERVICES = `'SIGN_LANGUAGE_INTERPRETER','REAL_TIME_CAPTIONS','BRAILLE_MATERIALS','LARGE_PRINT_MATERIALS','GUIDE','ACCESSIBLE_TRANSPORT'`;

export class RecruitmentEvents1764500000000 implements MigrationInterface {
  name = 'RecruitmentEvents1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE recruitment_event (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind                    text NOT NULL CHECK (kind IN ('TARGETED','GRADUATE','GENERAL')),
        mode                    text NOT NULL CHECK (mode IN ('ONSITE','ONLINE','HYBRID')),
        title                   text NOT NULL CHECK (length(title) BETWEEN 2 AND 100),
        description             text NOT NULL DEFAULT '',
        organizer               text NOT NULL,
        county_code             varchar(6) REFERENCES county(code),
        starts_at               timestamptz NOT NULL,
        ends_at                 timestamptz NOT NULL,
        registration_opens_at   timestamptz NOT NULL,
        registration_closes_at  timestamptz NOT NULL,
        venue_name              text NOT NULL DEFAULT '',
        address                 text NOT NULL DEFAULT '',
        latitude                double precision,
        longitude               double precision,
        online_url              text NOT NULL DEFAULT '',
        step_free_route         boolean NOT NULL DEFAULT false,
        accessible_toilets      boolean NOT NULL DEFAULT false,
        tactile_paving          boolean NOT NULL DEFAULT false,
        quiet_room              boolean NOT NULL DEFAULT false,
        accessible_parking      boolean NOT NULL DEFAULT false,
        seating                 boolean NOT NULL DEFAULT false,
        accessibility_note      text NOT NULL DEFAULT '',
        graduation_years        integer[] NOT NULL DEFAULT '{}',
        target_categories       text[] NOT NULL DEFAULT '{}',
        target_counties         text[] NOT NULL DEFAULT '{}',
        target_organization_types text[] NOT NULL DEFAULT '{}',
        seeker_capacity         integer NOT NULL CHECK (seeker_capacity BETWEEN 1 AND 100000),
        registered_count        integer NOT NULL DEFAULT 0,
        arrivals                bigint NOT NULL DEFAULT 0,
        last_seated             boolean NOT NULL DEFAULT false,
        booth_limit             integer NOT NULL CHECK (booth_limit BETWEEN 0 AND 10000),
        booth_count             integer NOT NULL DEFAULT 0,
        open_to_booth_applications boolean NOT NULL DEFAULT true,
        status                  text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED','CANCELLED','FINISHED')),
        cancel_reason           text,
        created_by              uuid REFERENCES app_user(id),
        created_at              timestamptz NOT NULL DEFAULT now(),
        updated_at              timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_times CHECK (ends_at > starts_at AND registration_closes_at > registration_opens_at
                                      AND registration_closes_at <= ends_at),
        -- seats and booths can never be oversold, whatever the application code does
        CONSTRAINT event_seats CHECK (registered_count BETWEEN 0 AND seeker_capacity),
        CONSTRAINT event_booths CHECK (booth_count BETWEEN 0 AND booth_limit)
      )`);
    await q.query(`CREATE INDEX event_upcoming_idx ON recruitment_event (status, starts_at)`);

    await q.query(`
      CREATE TABLE event_service_offer (
        event_id  uuid NOT NULL REFERENCES recruitment_event(id) ON DELETE CASCADE,
        service   text NOT NULL CHECK (service IN (${SERVICES})),
        quantity  integer NOT NULL CHECK (quantity BETWEEN 0 AND 10000),
        PRIMARY KEY (event_id, service)
      )`);

    await q.query(`
      CREATE TABLE event_booth (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id         uuid NOT NULL REFERENCES recruitment_event(id) ON DELETE CASCADE,
        organization_id  uuid NOT NULL REFERENCES organization(id),
        status           text NOT NULL CHECK (status IN ('INVITED','APPLIED','APPROVED','DECLINED','WITHDRAWN')),
        posting_ids      uuid[] NOT NULL DEFAULT '{}',
        note             text NOT NULL DEFAULT '',
        decline_reason   text,
        decided_by       uuid REFERENCES app_user(id),
        decided_at       timestamptz,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT booth_one_per_organization UNIQUE (event_id, organization_id),
        CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL)
      )`);

    await q.query(`
      CREATE TABLE event_registration (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id       uuid NOT NULL REFERENCES recruitment_event(id) ON DELETE CASCADE,
        seeker_id      uuid NOT NULL REFERENCES seeker_profile(id),
        status         text NOT NULL CHECK (status IN ('REGISTERED','WAITLISTED','CANCELLED')),
        arrival        bigint NOT NULL,
        ticket_code    text NOT NULL UNIQUE,
        checked_in_at  timestamptz,
        checked_in_by  uuid REFERENCES app_user(id),
        reminded_at    timestamptz,
        promoted_at    timestamptz,
        cancelled_at   timestamptz,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT registration_one_per_seeker UNIQUE (event_id, seeker_id),
        CHECK (checked_in_at IS NULL OR status = 'REGISTERED')
      )`);
    await q.query(`CREATE INDEX registration_waitlist_idx ON event_registration (event_id, arrival) WHERE status = 'WAITLISTED'`);

    await q.query(`
      CREATE TABLE event_service_request (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registration_id  uuid NOT NULL REFERENCES event_registration(id) ON DELETE CASCADE,
        service          text NOT NULL CHECK (service IN (${SERVICES})),
        notes            text NOT NULL DEFAULT '',
        created_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (registration_id, service)
      )`);

    await q.query(`ALTER TABLE application ADD CONSTRAINT application_event_fk FOREIGN KEY (event_id) REFERENCES recruitment_event(id)`);

    await q.query(`
      CREATE TABLE notification (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id     uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind        text NOT NULL,
        params      jsonb NOT NULL DEFAULT '{}',
        event_id    uuid REFERENCES recruitment_event(id) ON DELETE CASCADE,
        created_at  timestamptz NOT NULL DEFAULT now(),
        read_at     timestamptz
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE application DROP CONSTRAINT IF EXISTS application_event_fk`);
    for (const t of ['notification', 'event_service_request', 'event_registration', 'event_booth', 'event_service_offer', 'recruitment_event']) {
      await q.query(`DROP TABLE IF EXISTS ${t} CASCADE`);
    }
  }
}
