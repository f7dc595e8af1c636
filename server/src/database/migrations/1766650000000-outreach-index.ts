// The priority-outreach list (reporting/dashboard/priority-outreach.service.ts) pages the people of the priority groups
// in the order county, name, id with their total: read in that order from this index alone, without visiting the
// 100,000 rows of seeker_profile behind it (0.4 s of the city's first page at 300,000 seekers; bench/results/dashboard.md).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutreachIndex1766650000000 implements MigrationInterface {
  name = 'OutreachIndex1766650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX seeker_profile_outreach_idx ON seeker_profile (county_code, name, id) INCLUDE (priority_groups)
                     WHERE priority_groups <> '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX seeker_profile_outreach_idx`);
  }
}
