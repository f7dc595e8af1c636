// Blind massage counted from the facts as they stand (plan （八）; docs/counting.md "Which action line"): a clinic can
// be ended (停业/注销) on a date, a placement keeps whether its job is massage work (massage_role) and whether staff
// chose its action line (action_line_chosen), so that registering a clinic or a qualification after the hire moves
// the line of the placements the rule gave, and never a line staff chose.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The posting skills that make a job massage work (server/src/placements/action-line.ts MASSAGE_SKILLS). */
const MASSAGE_SKILLS = `ARRAY['按摩','保健按摩','医疗按摩','盲人按摩','推拿']::text[]`;

export class MassageFacts1767600000000 implements MigrationInterface {
  name = 'MassageFacts1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE massage_clinic ADD COLUMN ended_on date,
                   ADD CONSTRAINT massage_clinic_ended_after_registered CHECK (ended_on IS NULL OR ended_on >= registered_on)`);
    await q.query(`ALTER TABLE placement ADD COLUMN massage_role boolean NOT NULL DEFAULT false,
                   ADD COLUMN action_line_chosen boolean NOT NULL DEFAULT false`);
    await q.query(`COMMENT ON COLUMN placement.massage_role IS 'The job is massage work: its posting asks for a massage skill, or staff said so when recording it'`);
    await q.query(`COMMENT ON COLUMN placement.action_line_chosen IS 'Staff chose or corrected the action line: facts recorded later never move it'`);
    // what was known until now: a posting's skills; a blind-massage line at an employer that is no clinic came from
    // staff saying the job is massage work (the only other route to the line)
    await q.query(`
      UPDATE placement p SET massage_role = true
       WHERE EXISTS (SELECT 1 FROM posting po WHERE po.id = p.posting_id AND po.skills && ${MASSAGE_SKILLS})
          OR (p.action_line = 'BLIND_MASSAGE' AND NOT EXISTS (SELECT 1 FROM massage_clinic c WHERE c.organization_id = p.organization_id))`);
    // a line staff corrected is theirs; one chosen when recording left no trace and stays with the rule
    await q.query(`
      UPDATE placement p SET action_line_chosen = true
       WHERE EXISTS (SELECT 1 FROM placement_change h WHERE h.placement_id = p.id AND h.changes @> '[{"field":"actionLine"}]'::jsonb)`);
    // placements recorded before their clinic or qualification: once, the rule as it stands (the form and a recent
    // graduation come first, so those lines stay), each move kept in the placement's history
    await q.query(`
      WITH moved AS (
        UPDATE placement p SET action_line = 'BLIND_MASSAGE'
          FROM seeker_profile s
         WHERE s.id = p.seeker_id AND s.category = 'VISUAL' AND NOT p.action_line_chosen
           AND p.action_line NOT IN ('BLIND_MASSAGE','HARD_TO_EMPLOY','GRADUATE')
           AND (EXISTS (SELECT 1 FROM massage_clinic c WHERE c.organization_id = p.organization_id)
                OR (p.massage_role AND EXISTS (SELECT 1 FROM massage_qualification mq WHERE mq.seeker_id = p.seeker_id AND mq.issued_on <= p.start_date)))
        RETURNING p.id, (SELECT o.action_line FROM placement o WHERE o.id = p.id) AS before)
      INSERT INTO placement_change (placement_id, kind, changes, reason)
      SELECT id, 'CORRECTED', jsonb_build_array(jsonb_build_object('field', 'actionLine', 'from', before, 'to', 'BLIND_MASSAGE')),
             '按登记的盲人按摩机构或按摩资格计入盲人按摩（方案（八））' FROM moved`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placement DROP COLUMN action_line_chosen, DROP COLUMN massage_role`);
    await q.query(`ALTER TABLE massage_clinic DROP CONSTRAINT massage_clinic_ended_after_registered, DROP COLUMN ended_on`);
  }
}
