// Registry import: the job of each uploaded file, the problems of its rows, and its rejected rows (encrypted:
// they may hold ID and certificate numbers) for the error report staff correct and import again.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistryImport1764800000000 implements MigrationInterface {
  name = 'RegistryImport1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE seeker_import (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_by         uuid NOT NULL REFERENCES app_user(id),
        -- the uploader's county when the file came in; NULL for city staff and administrators
        scope_county_code  varchar(6) REFERENCES county(code),
        file_name          text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        format             text NOT NULL CHECK (format IN ('XLSX','CSV')),
        file_size          integer NOT NULL CHECK (file_size >= 0),
        valid_only         boolean NOT NULL DEFAULT false,
        status             text NOT NULL DEFAULT 'QUEUED'
                           CHECK (status IN ('QUEUED','VALIDATING','WRITING','DONE','REJECTED','FAILED')),
        total_rows         integer CHECK (total_rows >= 0),
        processed_rows     integer NOT NULL DEFAULT 0 CHECK (processed_rows >= 0),
        created_count      integer NOT NULL DEFAULT 0 CHECK (created_count >= 0),
        updated_count      integer NOT NULL DEFAULT 0 CHECK (updated_count >= 0),
        unchanged_count    integer NOT NULL DEFAULT 0 CHECK (unchanged_count >= 0),
        error_rows         integer NOT NULL DEFAULT 0 CHECK (error_rows >= 0),
        message_key        text,
        message_params     jsonb NOT NULL DEFAULT '{}',
        headers            text[] NOT NULL DEFAULT '{}',
        created_at         timestamptz NOT NULL DEFAULT now(),
        started_at         timestamptz,
        finished_at        timestamptz,
        updated_at         timestamptz NOT NULL DEFAULT now(),
        -- a rejected file writes nothing
        CHECK (status <> 'REJECTED' OR (created_count = 0 AND updated_count = 0)),
        CHECK ((finished_at IS NOT NULL) = (status IN ('DONE','REJECTED','FAILED')))
      )`);
    await q.query(`CREATE INDEX seeker_import_recent_idx ON seeker_import (created_at DESC)`);
    await q.query(`CREATE INDEX seeker_import_scope_idx ON seeker_import (scope_county_code, created_at DESC)`);
    await q.query(`CREATE INDEX seeker_import_creator_idx ON seeker_import (created_by, created_at DESC)`);
    await q.query(`CREATE INDEX seeker_import_active_idx ON seeker_import (updated_at) WHERE status IN ('QUEUED','VALIDATING','WRITING')`);

    await q.query(`
      CREATE TABLE seeker_import_problem (
        id           bigserial PRIMARY KEY,
        import_id    uuid NOT NULL REFERENCES seeker_import(id) ON DELETE CASCADE,
        row_number   integer NOT NULL CHECK (row_number >= 1),
        column_name  text NOT NULL,
        message_key  text NOT NULL,
        params       jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX seeker_import_problem_idx ON seeker_import_problem (import_id, row_number, id)`);

    await q.query(`
      CREATE TABLE seeker_import_rejected_row (
        import_id   uuid NOT NULL REFERENCES seeker_import(id) ON DELETE CASCADE,
        row_number  integer NOT NULL CHECK (row_number >= 1),
        -- the row's cells as JSON, AES-256-GCM encrypted like certificate numbers; erased after the retention period
        cells_enc   bytea NOT NULL,
        PRIMARY KEY (import_id, row_number)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS seeker_import_rejected_row`);
    await q.query(`DROP TABLE IF EXISTS seeker_import_problem`);
    await q.query(`DROP TABLE IF EXISTS seeker_import`);
  }
}
