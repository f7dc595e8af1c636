// Saved searches (a seeker's words and filters, with a daily digest or an instant alert of new postings that match)
// and the alerts sent for them, each with the postings it listed, so nothing is sent twice.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedSearches1766100000000 implements MigrationInterface {
  name = 'SavedSearches1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_search (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id        uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        name           text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
        query          text NOT NULL DEFAULT '' CHECK (char_length(query) <= 50),
        filter         jsonb NOT NULL DEFAULT '{}',
        frequency      text NOT NULL DEFAULT 'DAILY' CHECK (frequency IN ('DAILY','INSTANT')),
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        -- postings published up to this moment have been looked at for this search (the alert runner's cursor)
        checked_until  timestamptz NOT NULL DEFAULT now(),
        last_alerted_at timestamptz
      )`);
    await q.query(`CREATE INDEX saved_search_user_idx ON saved_search (user_id, created_at)`);
    await q.query(`CREATE INDEX saved_search_due_idx ON saved_search (frequency, checked_until)`);
    await q.query(`
      CREATE TABLE saved_search_alert (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        saved_search_id  uuid NOT NULL REFERENCES saved_search(id) ON DELETE CASCADE,
        user_id          uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        frequency        text NOT NULL CHECK (frequency IN ('DAILY','INSTANT')),
        posting_ids      uuid[] NOT NULL CHECK (cardinality(posting_ids) > 0),
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX saved_search_alert_search_idx ON saved_search_alert (saved_search_id, created_at DESC)`);
    await q.query(`CREATE INDEX saved_search_alert_user_idx ON saved_search_alert (user_id)`);
    await q.query(`COMMENT ON TABLE saved_search_alert IS 'One per saved search and alert sent: the postings it listed (never listed again to that person)'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE saved_search_alert`);
    await q.query(`DROP TABLE saved_search`);
  }
}
