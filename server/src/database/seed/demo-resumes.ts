// Demo résumés for the named seekers, and one invitation to apply: the e-commerce employer (13800000011) has invited
// the deaf seeker 刘静 (13800000022) to apply for one of its open positions she has not applied to.
import type { EntityManager } from 'typeorm';
import { queryRows } from '../sql.js';

const ALL = { education: 'APPLIED_EMPLOYERS', work: 'APPLIED_EMPLOYERS', skills: 'APPLIED_EMPLOYERS', certificates: 'APPLIED_EMPLOYERS', languages: 'APPLIED_EMPLOYERS', assistiveTech: 'APPLIED_EMPLOYERS' };

const RESUMES: Record<string, { content: Record<string, unknown[]>; visibility: Record<string, string> }> = {
  '13800000021': {
    content: {
      education: [{ school: '信阳市特殊教育学校', major: '中医按摩', degree: 'VOCATIONAL', enrolledOn: '2009-09-01', graduatedOn: '2012-07-01' }],
      work: [{ employerName: '罗山县明光盲人按摩中心', jobTitle: '保健按摩师', startDate: '2012-08-01', endDate: '2024-06-30', duties: '每天接待顾客做保健按摩，带过两名学徒。' }],
      skills: [{ skill: '保健按摩', evidence: '在按摩中心工作十二年，熟客多。' }, { skill: '推拿', evidence: '持证，擅长颈肩腰腿调理。' }],
      certificates: [
        { certificateKind: 'MASSAGE_HEALTH', certificateName: '盲人保健按摩师（中级）', issuer: '中国残联盲人按摩指导中心', issuedOn: '2014-05-20', expiresOn: null },
        { certificateKind: 'MASSAGE_MEDICAL', certificateName: '盲人医疗按摩人员资格', issuer: '河南省卫生健康委员会', issuedOn: '2018-11-10', expiresOn: null },
      ],
      languages: [{ language: '普通话', proficiency: 'NATIVE' }],
      assistiveTech: [{ tool: '读屏软件（争渡）', toolNote: '电脑和手机都用读屏' }, { tool: '盲杖', toolNote: '' }],
    },
    visibility: ALL,
  },
  '13800000022': {
    content: {
      education: [{ school: '信阳职业技术学院', major: '电子商务', degree: 'JUNIOR_COLLEGE', enrolledOn: '2015-09-01', graduatedOn: '2018-06-30' }],
      work: [{ employerName: '平桥区某网店', jobTitle: '网店客服', startDate: '2018-08-01', endDate: '2020-12-31', duties: '用文字回复买家咨询，处理售后。' }],
      skills: [{ skill: '电商客服', evidence: '两年网店文字客服，好评率98%。' }, { skill: '电脑打字', evidence: '每分钟80字。' }],
      certificates: [{ certificateKind: 'VOCATIONAL', certificateName: '电子商务师（四级）', issuer: '信阳市人力资源和社会保障局', issuedOn: '2019-04-15', expiresOn: null }],
      languages: [{ language: '中国手语', proficiency: 'NATIVE' }, { language: '书面汉语', proficiency: 'FLUENT' }],
      assistiveTech: [{ tool: '助听器', toolNote: '面谈时请用文字或手语' }],
    },
    visibility: { ...ALL, assistiveTech: 'PRIVATE' },
  },
  '13800000023': {
    content: {
      education: [{ school: '罗山县高级中学', major: '', degree: 'SENIOR_HIGH', enrolledOn: '2005-09-01', graduatedOn: '2008-06-30' }],
      work: [{ employerName: '信阳某物流公司', jobTitle: '仓库记账员', startDate: '2010-03-01', endDate: null, duties: '出入库登记，用Excel做台账。' }],
      skills: [{ skill: 'Excel', evidence: '每天做出入库台账。' }],
      certificates: [],
      languages: [{ language: '普通话', proficiency: 'NATIVE' }],
      assistiveTech: [{ tool: '电动轮椅', toolNote: '需要无台阶的入口和电梯' }],
    },
    visibility: ALL,
  },
  '13800000024': {
    content: {
      education: [{ school: '信阳师范大学', major: '汉语言文学', degree: 'BACHELOR', enrolledOn: '2021-09-01', graduatedOn: null }],
      work: [],
      skills: [{ skill: '文字编辑', evidence: '校报编辑两年。' }],
      certificates: [{ certificateKind: 'OTHER', certificateName: '普通话水平测试二级甲等', issuer: '国家语言文字工作委员会', issuedOn: '2022-12-01', expiresOn: null }],
      languages: [{ language: '普通话', proficiency: 'NATIVE' }, { language: '英语', proficiency: 'GOOD' }],
      assistiveTech: [],
    },
    visibility: ALL,
  },
};

export async function loadDemoResumes(m: EntityManager): Promise<{ resumes: number; invitations: number }> {
  const seekers = await queryRows<{ id: string; phone: string }>(m,
    `SELECT s.id, u.phone FROM seeker_profile s JOIN app_user u ON u.id = s.user_id WHERE u.phone = ANY($1)`, [Object.keys(RESUMES)]);
  for (const s of seekers) {
    const r = RESUMES[s.phone];
    await m.query(`INSERT INTO resume (seeker_id, content, visibility) VALUES ($1, $2, $3)`, [s.id, JSON.stringify(r.content), JSON.stringify(r.visibility)]);
  }
  const deaf = seekers.find((s) => s.phone === '13800000022');
  const [inviter] = await queryRows<{ userId: string; organizationId: string }>(m,
    `SELECT u.id AS "userId", om.organization_id AS "organizationId" FROM app_user u JOIN organization_member om ON om.user_id = u.id
      WHERE u.phone = '13800000011' LIMIT 1`);
  if (!deaf || !inviter) return { resumes: seekers.length, invitations: 0 };
  const [posting] = await queryRows<{ id: string; title: string }>(m,
    `SELECT p.id, p.title FROM posting p WHERE p.organization_id = $1 AND p.status = 'PUBLISHED' AND p.hired_count < p.openings
        AND NOT EXISTS (SELECT 1 FROM application a WHERE a.posting_id = p.id AND a.seeker_id = $2)
      ORDER BY ('TEXT_COMMUNICATION' = ANY(p.supports)) DESC, p.title LIMIT 1`, [inviter.organizationId, deaf.id]);
  if (!posting) return { resumes: seekers.length, invitations: 0 };
  await m.query(`INSERT INTO invitation (posting_id, seeker_id, invited_by, note, created_at) VALUES ($1, $2, $3, $4, now() - interval '1 day')`,
    [posting.id, deaf.id, inviter.userId, '我们全程用文字沟通，面试也可以用文字进行，欢迎申请。']);
  const [org] = await queryRows<{ name: string }>(m, `SELECT name FROM organization WHERE id = $1`, [inviter.organizationId]);
  const [deafUser] = await queryRows<{ id: string }>(m, `SELECT user_id AS id FROM seeker_profile WHERE id = $1`, [deaf.id]);
  await m.query(`INSERT INTO notification (user_id, kind, params) VALUES ($1, 'INVITED_TO_APPLY', $2::jsonb)`,
    [deafUser.id, JSON.stringify({ organization: org?.name ?? '', title: posting.title, postingId: posting.id, link: '/applications' })]);
  return { resumes: seekers.length, invitations: 1 };
}
