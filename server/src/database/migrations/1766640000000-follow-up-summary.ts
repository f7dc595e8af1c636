// What the retention rule needs of a placement's follow-ups, one row per placement, kept by a trigger on
// placement_follow_up (issue 15's speed goal): the earliest "left on" date and the latest month a follow-up said "still
// employed". The rule (server/src/outcomes/retention/retention.ts) reads only these two of the follow-ups, so the
// figures read this row instead of looking the follow-ups up per placement and month (6 s for the city's three years
// at 300,000 seekers; bench/results/dashboard.md). A trigger, not the services, keeps it, so every write (an upsert
// that replaces an answer, a check-in, a delete, a bulk load) keeps it right in the same transaction.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpSummary1766640000000 implements MigrationInterface {
  name = 'FollowUpSummary1766640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placement_follow_up_summary (
        placement_id    uuid PRIMARY KEY REFERENCES placement(id) ON DELETE CASCADE,
        left_on         date,
        employed_month  smallint
      )`);
    await q.query(`COMMENT ON TABLE placement_follow_up_summary IS 'Per placement, from its follow-ups (kept by a trigger): the earliest left_on of a LEFT answer and the latest month of an EMPLOYED answer'`);
    // Recomputes the rows of the placements a statement touched, from their follow-ups as they now stand. Concurrent
    // writers to one placement queue on its summary row (FOR UPDATE), and the recount is a statement of its own, so in
    // READ COMMITTED it sees the answers the other transaction committed meanwhile.
    await q.query(`
      CREATE FUNCTION placement_follow_up_summarize() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT placement_id) INTO ids FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT placement_id) INTO ids FROM old_rows;
        ELSE
          SELECT array_agg(DISTINCT placement_id) INTO ids FROM (SELECT placement_id FROM old_rows UNION ALL SELECT placement_id FROM new_rows) x;
        END IF;
        IF ids IS NULL THEN RETURN NULL; END IF;
        -- a placement being deleted (its follow-ups go with it, ON DELETE CASCADE) gets no row
        INSERT INTO placement_follow_up_summary (placement_id)
          SELECT p.id FROM placement p WHERE p.id = ANY(ids) ORDER BY p.id ON CONFLICT DO NOTHING;
        PERFORM 1 FROM placement_follow_up_summary WHERE placement_id = ANY(ids) ORDER BY placement_id FOR UPDATE;
        UPDATE placement_follow_up_summary s SET left_on = a.left_on, employed_month = a.employed_month
          FROM (SELECT i.id,
                       min(f.left_on) FILTER (WHERE f.status = 'LEFT') AS left_on,
                       max(f.month) FILTER (WHERE f.status = 'EMPLOYED') AS employed_month
                  FROM unnest(ids) AS i(id) LEFT JOIN placement_follow_up f ON f.placement_id = i.id
                 GROUP BY i.id) a
         WHERE s.placement_id = a.id;
        RETURN NULL;
      END $$`);
    // transition tables allow one event per trigger
    for (const [event, tables] of [['INSERT', 'NEW TABLE AS new_rows'], ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'], ['DELETE', 'OLD TABLE AS old_rows']]) {
      await q.query(`CREATE TRIGGER placement_follow_up_summary_${event.toLowerCase()} AFTER ${event} ON placement_follow_up
                       REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION placement_follow_up_summarize()`);
    }
    await q.query(`
      INSERT INTO placement_follow_up_summary (placement_id, left_on, employed_month)
      SELECT placement_id, min(left_on) FILTER (WHERE status = 'LEFT'), max(month) FILTER (WHERE status = 'EMPLOYED')
        FROM placement_follow_up GROUP BY placement_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER placement_follow_up_summary_${event} ON placement_follow_up`);
    await q.query(`DROP FUNCTION placement_follow_up_summarize()`);
    await q.query(`DROP TABLE placement_follow_up_summary`);
  }
}
