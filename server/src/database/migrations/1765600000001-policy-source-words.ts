// Sources staff read on the policy page named stored values (RECEIVING, DISPATCHING) or had English inside the
// Chinese ("to be confirmed by staff"). Defaults never overwrite a stored row, so the stored text is reworded here
// (only where it still holds the old words: a source staff rewrote is left alone).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD = '本系统默认计入实际用工的接受单位（RECEIVING）；如协议约定计入派遣单位，改为 DISPATCHING';
const NEW = '本系统默认计入接受派遣的用工单位；如双方协议约定计入劳务派遣单位，改为“劳务派遣单位”';
const OLD_WAGE = ', to be confirmed by staff（';
const NEW_WAGE = '（待工作人员按公布的数字确认；';

export class PolicySourceWords1765600000001 implements MigrationInterface {
  name = 'PolicySourceWords1765600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE policy_setting SET source = replace(source, $1, $2) WHERE key = 'quota.dispatchedCountedBy' AND strpos(source, $1) > 0`, [OLD, NEW]);
    await q.query(`UPDATE policy_setting SET source = replace(source, $1, $2) WHERE key LIKE 'wage.%' AND strpos(source, $1) > 0`, [OLD_WAGE, NEW_WAGE]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE policy_setting SET source = replace(source, $2, $1) WHERE key = 'quota.dispatchedCountedBy' AND strpos(source, $2) > 0`, [OLD, NEW]);
    await q.query(`UPDATE policy_setting SET source = replace(source, $2, $1) WHERE key LIKE 'wage.%' AND strpos(source, $2) > 0`, [OLD_WAGE, NEW_WAGE]);
  }
}
