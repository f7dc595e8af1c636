// Quarterly submissions and their versions (issue 15).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuarterlySubmissions1766520000000 implements MigrationInterface {
  name = 'QuarterlySubmissions1766520000000';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by the work on this part
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by the work on this part
  }
}
