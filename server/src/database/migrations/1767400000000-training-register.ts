// Skills training, the register (plan （十）“加强培训质量考核”“规范残疾人职业技能培训时间”; （六） "对就业培训数量、质量……
// 实行考核评估"; 三（四） 培训评估): attendance is recorded by date (a session's register: present or absent per person
// enrolled), staff may withdraw a person with a reason, and a course may be cancelled with a reason. Rules:
// docs/counting.md, "Training attendance".
//
// Existing attendance counts (training_enrolment.sessions_attended) have no dates, so they cannot be placed in the
// register. They are kept, undated, as carried_attended of carried_held, and the attendance figure adds them to the
// register's (docs/counting.md):
//   - a course that had ended by now, or an enrolment with its result recorded (结业 / 未结业): the course ran its
//     planned sessions, so carried_held = the course's sessions (the count was entered against them: "出勤次数（共N次）");
//   - otherwise (a course still running, a withdrawn person): only the sessions counted as attended are known to have
//     been held for the person, so carried_held = carried_attended.
// Nothing writes the carried columns after this migration.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingRegister1767400000000 implements MigrationInterface {
  name = 'TrainingRegister1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE training_course
        ADD COLUMN cancelled_at  timestamptz,
        ADD COLUMN cancelled_by  uuid REFERENCES app_user(id),
        ADD COLUMN cancel_reason text,
        ADD CONSTRAINT training_course_cancelled CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL) AND (cancel_reason IS NULL OR cancel_reason <> ''))`);
    await q.query(`COMMENT ON COLUMN training_course.cancel_reason IS 'Why staff cancelled the course (told to everyone enrolled); NULL: not cancelled'`);

    // a cancelled course's enrolments end with it (COURSE_CANCELLED); a withdrawal says who and why when staff made it
    await q.query(`ALTER TABLE training_enrolment DROP CONSTRAINT training_enrolment_status_check`);
    await q.query(`
      ALTER TABLE training_enrolment
        ADD CONSTRAINT training_enrolment_status_check CHECK (status IN ('ENROLLED','WITHDRAWN','COMPLETED','NOT_COMPLETED','COURSE_CANCELLED')),
        ADD COLUMN withdrawn_by             uuid REFERENCES app_user(id),
        ADD COLUMN withdrawn_by_county_code varchar(6),
        ADD COLUMN withdraw_reason          text,
        ADD COLUMN carried_attended         integer NOT NULL DEFAULT 0,
        ADD COLUMN carried_held             integer NOT NULL DEFAULT 0,
        ADD CONSTRAINT training_enrolment_withdrawn_by_staff CHECK (withdrawn_by IS NULL OR (withdraw_reason IS NOT NULL AND withdraw_reason <> '')),
        ADD CONSTRAINT training_enrolment_carried CHECK (carried_attended >= 0 AND carried_attended <= carried_held)`);
    await q.query(`COMMENT ON COLUMN training_enrolment.carried_attended IS 'Sessions attended as counted before the register (undated; migration 1767400000000)'`);
    await q.query(`
      UPDATE training_enrolment e
         SET carried_attended = e.sessions_attended,
             carried_held = CASE WHEN e.status IN ('COMPLETED','NOT_COMPLETED')
                                   OR (e.status = 'ENROLLED' AND c.ends_on < (now() AT TIME ZONE 'Asia/Shanghai')::date)
                                 THEN GREATEST(c.sessions, e.sessions_attended) ELSE e.sessions_attended END
        FROM training_course c
       WHERE c.id = e.course_id AND e.sessions_attended > 0`);
    await q.query(`ALTER TABLE training_enrolment DROP COLUMN sessions_attended`);

    // a session is held once its register is recorded; each mark is one person's present or absent on that date
    await q.query(`
      CREATE TABLE training_session (
        course_id     uuid NOT NULL REFERENCES training_course(id),
        session_date  date NOT NULL,
        recorded_by   uuid REFERENCES app_user(id),
        recorded_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (course_id, session_date)
      )`);
    await q.query(`COMMENT ON TABLE training_session IS 'A session of a course whose register staff recorded (the sessions held); its date lies within the course''s dates'`);
    await q.query(`
      CREATE TABLE training_attendance (
        enrolment_id  uuid NOT NULL REFERENCES training_enrolment(id) ON DELETE CASCADE,
        course_id     uuid NOT NULL,
        session_date  date NOT NULL,
        present       boolean NOT NULL,
        recorded_by   uuid REFERENCES app_user(id),
        recorded_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, session_date),
        FOREIGN KEY (course_id, session_date) REFERENCES training_session(course_id, session_date)
      )`);
    await q.query(`CREATE INDEX training_attendance_session_idx ON training_attendance (course_id, session_date)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE training_enrolment ADD COLUMN sessions_attended integer NOT NULL DEFAULT 0 CHECK (sessions_attended >= 0)`);
    await q.query(`
      UPDATE training_enrolment e SET sessions_attended = e.carried_attended
        + (SELECT count(*) FROM training_attendance a WHERE a.enrolment_id = e.id AND a.present)`);
    await q.query(`DROP TABLE training_attendance`);
    await q.query(`DROP TABLE training_session`);
    await q.query(`UPDATE training_enrolment SET status = 'WITHDRAWN', withdrawn_at = updated_at WHERE status = 'COURSE_CANCELLED'`);
    await q.query(`ALTER TABLE training_enrolment DROP CONSTRAINT training_enrolment_status_check`);
    await q.query(`
      ALTER TABLE training_enrolment
        DROP CONSTRAINT training_enrolment_withdrawn_by_staff, DROP CONSTRAINT training_enrolment_carried,
        DROP COLUMN withdrawn_by, DROP COLUMN withdrawn_by_county_code, DROP COLUMN withdraw_reason,
        DROP COLUMN carried_attended, DROP COLUMN carried_held,
        ADD CONSTRAINT training_enrolment_status_check CHECK (status IN ('ENROLLED','WITHDRAWN','COMPLETED','NOT_COMPLETED'))`);
    await q.query(`ALTER TABLE training_course DROP CONSTRAINT training_course_cancelled, DROP COLUMN cancelled_at, DROP COLUMN cancelled_by, DROP COLUMN cancel_reason`);
  }
}
