// The employer's quota-review packs (issue 15).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuotaReview1766530000000 implements MigrationInterface {
  name = 'QuotaReview1766530000000';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by the work on this part
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by the work on this part
  }
}
