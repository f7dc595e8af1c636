// Job templates: titles, duties, pay and the demands/supports that belong together for each kind of work.
import { DisabilityCategory as C, Education as E, EmploymentForm as F } from '../../common/domain.js';
import { JobDemand as D, WorkplaceSupport as S } from '../../vocabulary/codes.js';

export type JobKind =
  | 'OFFICE' | 'CALL' | 'CS_TEXT' | 'MASSAGE' | 'LOGISTICS' | 'DATA' | 'ECOM' | 'CLEAN' | 'HANDCRAFT' | 'PUBLIC_WELFARE'
  | 'KITCHEN' | 'SEWING' | 'AUX' | 'RETAIL' | 'TECH' | 'AGRI' | 'SECURITY' | 'HEALTH' | 'TEACH';

export interface JobTemplate {
  kind: JobKind;
  titles: readonly string[];
  duties: string;
  forms: ReadonlyArray<readonly [F, number]>;
  /** yuan per month: the range the generated min..max falls in */
  salary: readonly [number, number];
  education: readonly E[];
  skills: readonly string[];
  demands: readonly D[];
  maybeDemands: readonly D[];
  supports: readonly S[];
  maybeSupports: readonly S[];
  suitable: readonly C[];
  /** probability the post is reserved for disabled people (专门岗位) */
  reserved: number;
}

export const JOB_TEMPLATES: readonly JobTemplate[] = [
  { kind: 'OFFICE', titles: ['档案整理员', '档案数字化录入员', '文员', '行政文员', '收发员', '综合办公室文员'],
    duties: '整理、扫描和录入档案资料，收发文件，按规范装订归档。', forms: [[F.FULL_TIME, 6], [F.PART_TIME, 2]], salary: [2000, 3800],
    education: [E.SENIOR_HIGH, E.VOCATIONAL, E.JUNIOR_COLLEGE], skills: ['档案管理', '电脑操作', 'Office办公软件', '公文写作'],
    demands: [D.READING_PRINT], maybeDemands: [D.VISUAL_DETAIL, D.CUSTOMER_FACING],
    supports: [S.STEP_FREE_ACCESS, S.ADJUSTABLE_WORKSTATION], maybeSupports: [S.ELEVATOR, S.ACCESSIBLE_TOILET, S.FLEXIBLE_HOURS, S.SCREEN_MAGNIFIER],
    suitable: [C.PHYSICAL, C.HEARING, C.SPEECH], reserved: 0.6 },
  { kind: 'OFFICE', titles: ['会计', '出纳', '财务助理'],
    duties: '负责记账、报销审核和纳税申报，使用财务软件编制报表。', forms: [[F.FULL_TIME, 8], [F.PART_TIME, 2]], salary: [2800, 5500],
    education: [E.JUNIOR_COLLEGE, E.BACHELOR], skills: ['会计', '财务软件', 'Excel'],
    demands: [D.READING_PRINT, D.VISUAL_DETAIL], maybeDemands: [D.FAST_PACE],
    supports: [S.STEP_FREE_ACCESS, S.ACCESSIBLE_TOILET], maybeSupports: [S.ADJUSTABLE_WORKSTATION, S.ELEVATOR, S.TEXT_COMMUNICATION],
    suitable: [C.PHYSICAL, C.HEARING, C.SPEECH], reserved: 0.4 },
  { kind: 'CALL', titles: ['话务员', '12345热线话务员', '电话回访专员', '电话客服专员'],
    duties: '接听来电，解答群众咨询，做好电话回访并在系统中记录工单。', forms: [[F.FULL_TIME, 6], [F.PART_TIME, 2]], salary: [2200, 4000],
    education: [E.SENIOR_HIGH, E.VOCATIONAL, E.JUNIOR_COLLEGE], skills: ['普通话', '电脑打字', '沟通表达', '读屏软件'],
    demands: [D.VOICE_CALLS], maybeDemands: [D.FAST_PACE, D.NIGHT_SHIFTS],
    // voice work on purpose never offers text channels: a deaf seeker should see the gap
    supports: [S.SCREEN_READER, S.STEP_FREE_ACCESS], maybeSupports: [S.ADJUSTABLE_WORKSTATION, S.FLEXIBLE_HOURS, S.ACCESSIBLE_TOILET, S.ELEVATOR],
    suitable: [C.VISUAL, C.PHYSICAL], reserved: 0.5 },
  { kind: 'CS_TEXT', titles: ['电商客服（文字）', '在线客服', '网店售后客服', '居家网络客服'],
    duties: '通过旺旺、微信、抖店等文字渠道回复买家咨询，处理订单和售后问题。', forms: [[F.HOME_BASED, 4], [F.FULL_TIME, 3], [F.FLEXIBLE, 2], [F.PART_TIME, 1]],
    salary: [2000, 4500], education: [E.JUNIOR_HIGH, E.SENIOR_HIGH, E.VOCATIONAL], skills: ['电脑打字', '电商客服', '拼音输入', '沟通表达'],
    demands: [D.FAST_PACE], maybeDemands: [D.VOICE_CALLS, D.NIGHT_SHIFTS],
    supports: [S.TEXT_COMMUNICATION, S.REMOTE_WORK], maybeSupports: [S.FLEXIBLE_HOURS, S.SCREEN_READER, S.WRITTEN_INSTRUCTIONS, S.ADJUSTABLE_WORKSTATION],
    suitable: [C.HEARING, C.SPEECH, C.PHYSICAL], reserved: 0.5 },
  { kind: 'MASSAGE', titles: ['盲人保健按摩师', '推拿师', '中医推拿理疗师', '足疗按摩师', '小儿推拿师', '医疗按摩师'],
    duties: '为顾客提供保健按摩、推拿理疗服务，店内提供食宿，师傅带教，可考医疗按摩人员资格。',
    forms: [[F.FULL_TIME, 6], [F.PART_TIME, 2], [F.FLEXIBLE, 1]], salary: [2500, 6500], education: [E.NONE, E.JUNIOR_HIGH, E.VOCATIONAL],
    skills: ['保健按摩', '推拿', '穴位', '中医基础'], demands: [D.FINE_MOTOR, D.CUSTOMER_FACING], maybeDemands: [D.PROLONGED_STANDING, D.NIGHT_SHIFTS],
    supports: [S.SCREEN_READER, S.BRAILLE], maybeSupports: [S.ACCESSIBLE_DORMITORY, S.JOB_COACH, S.ACCESSIBLE_TRANSPORT, S.FLEXIBLE_HOURS],
    suitable: [C.VISUAL], reserved: 0.8 },
  { kind: 'LOGISTICS', titles: ['快递分拣员', '包裹分拣员', '打包发货员', '仓库理货员', '快递驿站店员'],
    duties: '按面单扫码分拣快递包裹，打包发货，做好出入库登记。', forms: [[F.FULL_TIME, 5], [F.FLEXIBLE, 3], [F.PART_TIME, 2]], salary: [2800, 5500],
    education: [E.NONE, E.JUNIOR_HIGH], skills: ['扫码枪', '分拣', '打包'], demands: [D.LIFTING, D.FAST_PACE], maybeDemands: [D.PROLONGED_STANDING, D.NIGHT_SHIFTS, D.WALKING],
    supports: [S.WRITTEN_INSTRUCTIONS, S.TEXT_COMMUNICATION], maybeSupports: [S.FLEXIBLE_HOURS, S.JOB_COACH, S.SIGN_LANGUAGE],
    suitable: [C.HEARING, C.SPEECH], reserved: 0.3 },
  { kind: 'DATA', titles: ['数据标注员', '图片审核员', '数据录入员', '语音转写员'],
    duties: '在电脑上对图片、文本进行标注和审核，按质检标准完成每日任务量。', forms: [[F.HOME_BASED, 4], [F.FULL_TIME, 4], [F.FLEXIBLE, 2]],
    salary: [2200, 4800], education: [E.SENIOR_HIGH, E.VOCATIONAL, E.JUNIOR_COLLEGE], skills: ['电脑操作', '数据标注', '拼音输入'],
    demands: [D.VISUAL_DETAIL], maybeDemands: [D.FAST_PACE],
    supports: [S.REMOTE_WORK, S.STEP_FREE_ACCESS, S.TEXT_COMMUNICATION], maybeSupports: [S.ADJUSTABLE_WORKSTATION, S.ACCESSIBLE_TOILET, S.ELEVATOR, S.FLEXIBLE_HOURS],
    suitable: [C.PHYSICAL, C.HEARING, C.SPEECH], reserved: 0.5 },
  { kind: 'ECOM', titles: ['网店美工', '直播助理', '短视频剪辑', '网店运营助理', '助农直播主播'],
    duties: '处理商品图片、剪辑短视频或协助直播间运营，推广信阳毛尖、光山麻鸭、固始鹅块等本地特产。',
    forms: [[F.FULL_TIME, 4], [F.HOME_BASED, 2], [F.FLEXIBLE, 2]], salary: [2500, 6000], education: [E.SENIOR_HIGH, E.VOCATIONAL, E.JUNIOR_COLLEGE],
    skills: ['Photoshop', '剪映', '直播', '网店运营'], demands: [D.VISUAL_DETAIL], maybeDemands: [D.CUSTOMER_FACING, D.FAST_PACE],
    supports: [S.REMOTE_WORK, S.STEP_FREE_ACCESS], maybeSupports: [S.TEXT_COMMUNICATION, S.FLEXIBLE_HOURS, S.ADJUSTABLE_WORKSTATION, S.ACCESSIBLE_TOILET],
    suitable: [C.PHYSICAL, C.HEARING], reserved: 0.3 },
  { kind: 'CLEAN', titles: ['保洁员', '绿化养护工', '楼道保洁员', '公厕管理员'],
    duties: '负责办公区域、楼道和公共区域的日常清洁，按清单完成每天的工作。', forms: [[F.FULL_TIME, 4], [F.PART_TIME, 4]], salary: [1800, 3000],
    education: [E.NONE], skills: ['保洁', '绿化养护'], demands: [D.WALKING, D.PROLONGED_STANDING], maybeDemands: [D.LIFTING],
    supports: [S.WRITTEN_INSTRUCTIONS, S.FLEXIBLE_HOURS], maybeSupports: [S.JOB_COACH, S.TEXT_COMMUNICATION, S.QUIET_SPACE],
    suitable: [C.HEARING, C.SPEECH, C.INTELLECTUAL, C.MENTAL], reserved: 0.5 },
  { kind: 'HANDCRAFT', titles: ['手工编织', '串珠饰品加工', '手工布艺', '来料加工', '草编工艺', '手工刺绣'],
    duties: '在美丽工坊或在家完成手工编织、串珠、刺绣等来料加工，按件计酬，提供免费培训和上门送料。',
    forms: [[F.HOME_BASED, 6], [F.FLEXIBLE, 3], [F.PART_TIME, 1]], salary: [1500, 3200], education: [E.NONE, E.PRIMARY, E.JUNIOR_HIGH],
    skills: ['手工编织', '串珠', '刺绣', '缝纫'], demands: [D.FINE_MOTOR], maybeDemands: [D.VISUAL_DETAIL],
    supports: [S.REMOTE_WORK, S.FLEXIBLE_HOURS, S.WRITTEN_INSTRUCTIONS], maybeSupports: [S.JOB_COACH, S.ASSISTIVE_DEVICES, S.ACCESSIBLE_TRANSPORT],
    suitable: [C.PHYSICAL, C.HEARING, C.SPEECH, C.INTELLECTUAL], reserved: 0.9 },
  { kind: 'PUBLIC_WELFARE', titles: ['护林员', '村级保洁员', '村残疾人专职委员', '社区残协专职委员', '河道巡查员', '社区网格协管员', '农村公路养护员'],
    duties: '公益性岗位，由政府开发并给予岗位补贴，新开发岗位优先安排困难残疾人。', forms: [[F.PUBLIC_WELFARE, 1]], salary: [1500, 2200],
    education: [E.NONE, E.JUNIOR_HIGH], skills: ['巡查', '入户走访', '保洁'], demands: [D.WALKING], maybeDemands: [D.TRAVEL, D.READING_PRINT],
    supports: [S.FLEXIBLE_HOURS], maybeSupports: [S.JOB_COACH, S.WRITTEN_INSTRUCTIONS, S.ASSISTIVE_DEVICES],
    suitable: [C.HEARING, C.SPEECH, C.PHYSICAL, C.INTELLECTUAL, C.MENTAL], reserved: 1 },
  { kind: 'KITCHEN', titles: ['面点师', '厨房帮工', '食堂帮厨', '烘焙师助理'],
    duties: '制作包子、馒头等面点，协助食堂备餐和餐具清洗。', forms: [[F.FULL_TIME, 5], [F.PART_TIME, 3]], salary: [2200, 4500],
    education: [E.NONE, E.JUNIOR_HIGH, E.VOCATIONAL], skills: ['面点制作', '烹饪', '食品安全'], demands: [D.PROLONGED_STANDING, D.FAST_PACE],
    maybeDemands: [D.LIFTING, D.HEARING_ALARMS], supports: [S.WRITTEN_INSTRUCTIONS], maybeSupports: [S.TEXT_COMMUNICATION, S.SIGN_LANGUAGE, S.JOB_COACH],
    suitable: [C.HEARING, C.SPEECH, C.INTELLECTUAL], reserved: 0.3 },
  { kind: 'SEWING', titles: ['缝纫工', '服装车位工', '锁边工', '服装质检员'],
    duties: '操作平缝机完成服装缝制或质检，计件工资，多劳多得。', forms: [[F.FULL_TIME, 6], [F.HOME_BASED, 1], [F.PART_TIME, 1]], salary: [2500, 5500],
    education: [E.NONE, E.JUNIOR_HIGH], skills: ['缝纫', '平缝机', '服装制作'], demands: [D.FINE_MOTOR, D.VISUAL_DETAIL], maybeDemands: [D.FAST_PACE],
    supports: [S.WRITTEN_INSTRUCTIONS, S.TEXT_COMMUNICATION], maybeSupports: [S.SIGN_LANGUAGE, S.STEP_FREE_ACCESS, S.ACCESSIBLE_DORMITORY],
    suitable: [C.HEARING, C.SPEECH, C.PHYSICAL], reserved: 0.3 },
  { kind: 'AUX', titles: ['辅助性就业（手工包装）', '纸袋折叠工', '洗车辅助员', '烘焙学徒', '农产品分拣包装'],
    duties: '在就业辅导员指导下完成简单包装、分拣等工作，按件发放劳动报酬，接送上下班。', forms: [[F.AUXILIARY, 1]], salary: [1500, 2200],
    education: [E.NONE], skills: ['简单包装', '分拣', '洗车', '烘焙'], demands: [D.FINE_MOTOR], maybeDemands: [D.PROLONGED_STANDING],
    supports: [S.JOB_COACH, S.WRITTEN_INSTRUCTIONS, S.QUIET_SPACE], maybeSupports: [S.FLEXIBLE_HOURS, S.ACCESSIBLE_TRANSPORT, S.ACCESSIBLE_TOILET],
    suitable: [C.INTELLECTUAL, C.MENTAL, C.MULTIPLE], reserved: 1 },
  { kind: 'RETAIL', titles: ['彩票销售员', '便民服务亭营业员', '烟草零售店员', '超市收银员', '报刊亭营业员'],
    duties: '在便民服务亭或门店销售彩票、报刊和日用品，负责收银结算。', forms: [[F.FULL_TIME, 4], [F.PART_TIME, 3], [F.FLEXIBLE, 2]], salary: [2000, 4000],
    education: [E.JUNIOR_HIGH, E.SENIOR_HIGH], skills: ['收银', '销售', '手机支付'], demands: [D.CUSTOMER_FACING], maybeDemands: [D.PROLONGED_STANDING, D.READING_PRINT],
    supports: [S.STEP_FREE_ACCESS, S.ADJUSTABLE_WORKSTATION], maybeSupports: [S.ACCESSIBLE_TOILET, S.FLEXIBLE_HOURS, S.ASSISTIVE_DEVICES],
    suitable: [C.PHYSICAL], reserved: 0.7 },
  { kind: 'TECH', titles: ['软件测试员', '网站维护员', '新媒体编辑', '平面设计师', '无障碍测试员'],
    duties: '负责软件与网站的测试维护、公众号内容编辑或设计制作，可远程办公。', forms: [[F.FULL_TIME, 5], [F.HOME_BASED, 3], [F.FLEXIBLE, 1]],
    salary: [3500, 8000], education: [E.JUNIOR_COLLEGE, E.BACHELOR, E.MASTER], skills: ['软件测试', 'HTML', '新媒体运营', '平面设计', '读屏软件'],
    demands: [], maybeDemands: [D.VISUAL_DETAIL, D.FAST_PACE], supports: [S.REMOTE_WORK, S.TEXT_COMMUNICATION],
    maybeSupports: [S.SCREEN_READER, S.SCREEN_MAGNIFIER, S.STEP_FREE_ACCESS, S.ADJUSTABLE_WORKSTATION, S.CAPTIONING],
    suitable: [C.PHYSICAL, C.HEARING, C.SPEECH], reserved: 0.2 },
  { kind: 'AGRI', titles: ['采茶工', '茶叶分拣工', '食用菌种植工', '稻虾养殖工', '家禽饲养员', '农产品电商打包员'],
    duties: '在合作社基地从事采摘、分拣、种植或养殖，家门口就业，时间灵活。', forms: [[F.FLEXIBLE, 5], [F.FULL_TIME, 3], [F.PART_TIME, 2]],
    salary: [1800, 4000], education: [E.NONE, E.PRIMARY, E.JUNIOR_HIGH], skills: ['采茶', '种植', '养殖', '分拣'],
    demands: [D.WALKING], maybeDemands: [D.PROLONGED_STANDING, D.LIFTING, D.FINE_MOTOR],
    supports: [S.FLEXIBLE_HOURS, S.WRITTEN_INSTRUCTIONS], maybeSupports: [S.JOB_COACH, S.ACCESSIBLE_TRANSPORT, S.TEXT_COMMUNICATION],
    suitable: [C.HEARING, C.SPEECH, C.INTELLECTUAL], reserved: 0.4 },
  { kind: 'SECURITY', titles: ['门卫', '停车场收费员', '监控值班员'],
    duties: '负责门岗登记、车辆收费或监控室值守，实行轮班。', forms: [[F.FULL_TIME, 5], [F.PART_TIME, 1]], salary: [2000, 3500],
    education: [E.JUNIOR_HIGH, E.SENIOR_HIGH], skills: ['门岗登记', '监控操作'], demands: [D.NIGHT_SHIFTS, D.CUSTOMER_FACING],
    maybeDemands: [D.VISUAL_DETAIL, D.READING_PRINT], supports: [S.STEP_FREE_ACCESS, S.ADJUSTABLE_WORKSTATION],
    maybeSupports: [S.ACCESSIBLE_TOILET, S.ASSISTIVE_DEVICES], suitable: [C.PHYSICAL], reserved: 0.6 },
  { kind: 'HEALTH', titles: ['导诊员', '康复治疗助理', '挂号收费员', '病案整理员'],
    duties: '在门诊大厅导诊、协助挂号收费、整理病案或协助康复治疗师工作。', forms: [[F.FULL_TIME, 5], [F.PART_TIME, 1]], salary: [2500, 4500],
    education: [E.VOCATIONAL, E.JUNIOR_COLLEGE, E.BACHELOR], skills: ['医院导诊', '病案管理', '康复护理'], demands: [D.CUSTOMER_FACING],
    maybeDemands: [D.PROLONGED_STANDING, D.READING_PRINT, D.WALKING], supports: [S.STEP_FREE_ACCESS, S.ELEVATOR, S.ACCESSIBLE_TOILET],
    maybeSupports: [S.SIGN_LANGUAGE, S.CAPTIONING, S.ADJUSTABLE_WORKSTATION], suitable: [C.PHYSICAL, C.HEARING], reserved: 0.5 },
  { kind: 'TEACH', titles: ['特殊教育助教', '盲文校对员', '手语教师', '生活指导老师'],
    duties: '协助特殊教育教师开展教学、盲文校对和学生生活照料。', forms: [[F.FULL_TIME, 5], [F.PART_TIME, 1]], salary: [2800, 5000],
    education: [E.JUNIOR_COLLEGE, E.BACHELOR], skills: ['手语', '盲文', '特殊教育'], demands: [D.CUSTOMER_FACING], maybeDemands: [D.WALKING],
    supports: [S.STEP_FREE_ACCESS, S.BRAILLE, S.SIGN_LANGUAGE], maybeSupports: [S.SCREEN_READER, S.ELEVATOR, S.ACCESSIBLE_TOILET],
    suitable: [C.VISUAL, C.HEARING, C.PHYSICAL], reserved: 0.6 },
];

/** Supports that make a job workable for a category beyond the template's list (kept in step with BARRIER_REMOVED_BY). */
export const SUPPORT_OPENS_CATEGORY: ReadonlyArray<readonly [S, C]> = [
  [S.SCREEN_READER, C.VISUAL], [S.BRAILLE, C.VISUAL], [S.SIGN_LANGUAGE, C.HEARING], [S.TEXT_COMMUNICATION, C.HEARING],
  [S.TEXT_COMMUNICATION, C.SPEECH], [S.JOB_COACH, C.INTELLECTUAL], [S.QUIET_SPACE, C.MENTAL], [S.STEP_FREE_ACCESS, C.PHYSICAL],
];

/** Skills people list, by category; rural people add farm skills. */
export const SEEKER_SKILLS: Readonly<Record<C, readonly string[]>> = {
  VISUAL: ['保健按摩', '推拿', '中医基础', '读屏软件', '钢琴调律', '普通话', '电话客服'],
  HEARING: ['电脑操作', '手语', '平面设计', 'Photoshop', '缝纫', '面点制作', '数据标注', '剪映'],
  SPEECH: ['电脑打字', '数据录入', '手工编织', '缝纫', '电商客服', '分拣'],
  PHYSICAL: ['电脑操作', 'Office办公软件', '会计', '电商客服', '数据标注', '手工编织', '直播', '收银', '财务软件', '公文写作'],
  INTELLECTUAL: ['简单包装', '保洁', '分拣', '洗车', '烘焙'],
  MENTAL: ['手工编织', '保洁', '种植', '分拣', '电脑打字'],
  MULTIPLE: ['简单包装', '手工编织', '串珠'],
};
export const RURAL_SKILLS = ['种植', '养殖', '采茶', '食用菌种植'];
