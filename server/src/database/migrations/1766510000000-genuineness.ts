// Genuineness of reserved posts (issue 15).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Genuineness1766510000000 implements MigrationInterface {
  name = 'Genuineness1766510000000';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by the work on this part
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by the work on this part
  }
}
