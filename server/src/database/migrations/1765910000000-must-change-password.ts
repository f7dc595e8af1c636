// An account that got a one-time password (made by the server when an administrator creates a staff account) must
// set its own password at its first sign-in: until then the API answers only `me`, `changePassword` and `signOut`.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MustChangePassword1765910000000 implements MigrationInterface {
  name = 'MustChangePassword1765910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
    await q.query(`COMMENT ON COLUMN app_user.must_change_password IS 'Set with a one-time password; cleared when the person sets their own'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN must_change_password`);
  }
}
