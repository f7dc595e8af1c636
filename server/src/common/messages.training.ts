// Words of skills training (training/), server side, Chinese first; messages.ts spreads them into its catalogs.
// Amounts no source states are "待核实" (unverified) wherever they appear.
type Catalog = Record<string, { 'zh-CN': string; en: string }>;

export const trainingMessages: Catalog = {
  'validation.unknownProvider': { 'zh-CN': '请选择已登记的培训机构', en: 'Choose a registered training provider' },
  'validation.courseDates': { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  'validation.courseAddressRequired': { 'zh-CN': '线下培训请填写地址', en: 'Enter the address of an on-site course' },
  'validation.subsidySourceRequired': { 'zh-CN': '填写补贴金额时请注明依据（文件名称和文号）；没有依据请不填金额，将显示为“待核实”', en: 'Name the source (document and number) of the subsidy amount; without one leave the amount empty and it shows as "unverified"' },
  'validation.certificateLevelRequired': { 'zh-CN': '职业技能等级证书请填写等级，例如“五级/初级工”', en: 'Enter the level of the vocational skill certificate, e.g. "Level 5 / junior"' },
  'validation.courseCapacityBelowEnrolled': { 'zh-CN': '名额不能少于已报名的{count}人', en: 'Places cannot be fewer than the {count} already enrolled' },
  'validation.attendanceAboveSessions': { 'zh-CN': '出勤次数不能超过课程的{sessions}次', en: 'Attendance cannot exceed the course\'s {sessions} sessions' },
  'error.courseFull': { 'zh-CN': '这门课程名额已满', en: 'This course is full' },
  'error.courseNotOpen': { 'zh-CN': '这门课程当前不接受报名', en: 'This course is not taking enrolments' },
  'error.alreadyEnrolled': { 'zh-CN': '您已报名这门课程', en: 'You are already enrolled in this course' },
  'error.alreadyEnrolledFor': { 'zh-CN': '{name}已报名这门课程', en: '{name} is already enrolled in this course' },
  'error.enrolmentFinished': { 'zh-CN': '这条报名已结业或已退出，不能再修改', en: 'This enrolment is completed or withdrawn and cannot be changed' },
  'error.notEnrolled': { 'zh-CN': '这条报名已退出，不能记录出勤或结业', en: 'This enrolment was withdrawn: attendance and completion cannot be recorded' },
  'training.certificate.OTHER': { 'zh-CN': '培训合格证{levelSuffix}', en: 'training certificate{levelSuffix}' },
  'training.certificate.VOCATIONAL': { 'zh-CN': '职业技能等级证书{levelSuffix}', en: 'vocational skill level certificate{levelSuffix}' },
  'training.certificate.MASSAGE_HEALTH': { 'zh-CN': '盲人保健按摩资格证书{levelSuffix}', en: 'blind health-massage qualification{levelSuffix}' },
  'training.certificate.MASSAGE_MEDICAL': { 'zh-CN': '盲人医疗按摩人员资格证书{levelSuffix}', en: 'blind medical-massage qualification{levelSuffix}' },
  'training.yuan': { 'zh-CN': '元', en: 'yuan' },
  'training.unverified': { 'zh-CN': '待核实', en: 'unverified' },
  'notify.ENROLLED_ON_BEHALF.title': { 'zh-CN': '残联工作人员代您报名了培训', en: 'Federation staff enrolled you in a course' },
  'notify.ENROLLED_ON_BEHALF.body': { 'zh-CN': '{office} {staff} 代您报名了培训课程「{title}」（{startsOn}开课）。不想参加可以在“我的培训”里退出。', en: '{office}, {staff}, enrolled you in the course "{title}" (starts {startsOn}). If you do not want to take it, withdraw on "My courses".' },
  'notify.TRAINING_COMPLETION_RECORDED.title': { 'zh-CN': '培训结业情况已记录', en: 'Your course result is recorded' },
  'notify.TRAINING_COMPLETION_RECORDED.body': { 'zh-CN': '培训课程「{title}」：{result}', en: 'Course "{title}": {result}' },
  'training.result.passed': { 'zh-CN': '您已结业。{cert}学到的技能已加入您的档案，匹配岗位时会算上。', en: 'You completed it. {cert}The skills learned are now on your profile and count when jobs are matched.' },
  'training.result.certificate': { 'zh-CN': '证书：{cn}。', en: 'Certificate: {cn}. ' },
  'training.result.notPassed': { 'zh-CN': '未能结业。如有疑问请联系残联工作人员。', en: 'Not completed. Please contact federation staff with any questions.' },
};

export const trainingFields: Catalog = {
  providerId: { 'zh-CN': '培训机构', en: 'training provider' },
  courseTitle: { 'zh-CN': '课程名称', en: 'course title' },
  courseKind: { 'zh-CN': '培训类型', en: 'kind of training' },
  providerKind: { 'zh-CN': '机构类型', en: 'kind of provider' },
  certificateLevel: { 'zh-CN': '证书等级', en: 'certificate level' },
  certificateCode: { 'zh-CN': '证书编号', en: 'certificate number' },
  startsOn: { 'zh-CN': '开始日期', en: 'start date' },
  endsOn: { 'zh-CN': '结束日期', en: 'end date' },
  schedule: { 'zh-CN': '上课时间', en: 'schedule' },
  sessions: { 'zh-CN': '课次', en: 'sessions' },
  sessionsAttended: { 'zh-CN': '出勤次数', en: 'sessions attended' },
  feeYuan: { 'zh-CN': '个人缴费（元）', en: 'fee (yuan)' },
  subsidyNote: { 'zh-CN': '补贴说明', en: 'subsidy' },
  subsidyYuan: { 'zh-CN': '补贴金额（元）', en: 'subsidy (yuan)' },
  subsidySource: { 'zh-CN': '补贴依据', en: 'source of the subsidy' },
  places: { 'zh-CN': '名额', en: 'places' },
  courseId: { 'zh-CN': '课程', en: 'course' },
  enrolmentId: { 'zh-CN': '报名', en: 'enrolment' },
};

export const trainingEntities: Catalog = {
  course: { 'zh-CN': '培训课程', en: 'course' },
  trainingProvider: { 'zh-CN': '培训机构', en: 'training provider' },
  enrolment: { 'zh-CN': '培训报名', en: 'enrolment' },
};
