// The dispatched-worker setting's source named the stored values (RECEIVING, DISPATCHING) that staff read on the
// policy page. Defaults never overwrite a stored row, so the stored text is reworded here, unless staff changed it.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD = '本系统默认计入实际用工的接受单位（RECEIVING）；如协议约定计入派遣单位，改为 DISPATCHING';
const NEW = '本系统默认计入接受派遣的用工单位；如双方协议约定计入劳务派遣单位，改为“劳务派遣单位”';

export class PolicySourceWords1765600000001 implements MigrationInterface {
  name = 'PolicySourceWords1765600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE policy_setting SET source = replace(source, $1, $2) WHERE key = 'quota.dispatchedCountedBy' AND strpos(source, $1) > 0`, [OLD, NEW]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE policy_setting SET source = replace(source, $2, $1) WHERE key = 'quota.dispatchedCountedBy' AND strpos(source, $2) > 0`, [OLD, NEW]);
  }
}
