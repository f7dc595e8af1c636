// Words of subsidies and rewards (subsidies/), server side, Chinese first; messages.ts spreads them into its catalogs.
// The words of the rules' findings and facts are in subsidies/subsidy-words.ts; these are errors and notices.
type Catalog = Record<string, { 'zh-CN': string; en: string }>;

export const subsidyMessages: Catalog = {
  'validation.subsidyNotForYou': { 'zh-CN': '这项补贴由{claimant}申请', en: 'This subsidy is claimed by {claimant}' },
  'validation.subsidyNotEvaluated': { 'zh-CN': '这项补贴的条件须由残联工作人员当面核对，暂不能在线申请', en: 'Staff check this subsidy\'s conditions in person; it cannot be applied for online yet' },
  'validation.subsidyNotEligible': { 'zh-CN': '不符合申请条件：{why}', en: 'The conditions are not met: {why}' },
  'validation.subsidyUndetermined': { 'zh-CN': '{why}，暂不能在线申请', en: '{why}. It cannot be applied for online' },
  'validation.subsidyNeedsHire': { 'zh-CN': '请选择为哪一次招用申请', en: 'Choose the hire this is for' },
  'validation.subsidyNoHire': { 'zh-CN': '这项补贴不针对某一次招用，请不要选择招用', en: 'This subsidy is not for one hire; do not choose a hire' },
  'validation.subsidyNeedsWorkshop': { 'zh-CN': '请选择为哪一个工坊或基地申请', en: 'Choose the workshop or base this is for' },
  'validation.subsidyNoWorkshop': { 'zh-CN': '这项补贴不针对工坊或基地，请不要选择工坊', en: 'This subsidy is not for a workshop or base; do not choose one' },
  'validation.subsidyNeedsCourse': { 'zh-CN': '请选择为哪一门培训课程申请', en: 'Choose the course this is for' },
  'validation.subsidyNoCourse': { 'zh-CN': '这项补贴不针对培训课程，请不要选择课程', en: 'This subsidy is not for a course; do not choose one' },
  'validation.subsidyNeedsProfile': { 'zh-CN': '请先填写求职档案，才能判断可申请的补贴', en: 'Fill in your profile first, so the subsidies you may claim can be worked out' },
  'validation.rejectReasonRequired': { 'zh-CN': '驳回时请写明原因', en: 'Say why it is rejected' },
  'error.subsidyAlreadyApplied': { 'zh-CN': '已经申请过这项补贴，正在审核或已批准', en: 'This subsidy has already been applied for; it is being reviewed or was approved' },
  'error.subsidyAlreadyDecided': { 'zh-CN': '这份申请已经审核过了', en: 'This application has already been decided' },
  'error.subsidyWithdrawn': { 'zh-CN': '申请人已经撤回了这份申请，无需审核', en: 'The applicant has withdrawn this application; it needs no decision' },
  'error.subsidyDecidedNoWithdraw': { 'zh-CN': '这份申请已经审核（{status}），不能撤回', en: 'This application has already been decided ({status}) and cannot be withdrawn' },
  'error.subsidyAlreadyWithdrawn': { 'zh-CN': '这份申请已经撤回了', en: 'This application has already been withdrawn' },
  'subsidy.claimant.EMPLOYER': { 'zh-CN': '用人单位', en: 'the employer' },
  'subsidy.claimant.PERSON': { 'zh-CN': '残疾人本人', en: 'the person' },
  'subsidy.status.APPROVED': { 'zh-CN': '已批准', en: 'approved' },
  'subsidy.status.REJECTED': { 'zh-CN': '未通过', en: 'rejected' },
  'notify.SUBSIDY_APPLIED.title': { 'zh-CN': '新的补贴申请待审核', en: 'A subsidy application to review' },
  'notify.SUBSIDY_APPLIED.body': { 'zh-CN': '{applicant}申请了“{subsidyZh}”，请在补贴审核中处理。', en: '{applicant} applied for "{subsidyEn}". Please review it in the subsidy queue.' },
  'notify.SUBSIDY_WITHDRAWN.title': { 'zh-CN': '补贴申请已撤回', en: 'A subsidy application was withdrawn' },
  'notify.SUBSIDY_WITHDRAWN.body': { 'zh-CN': '{applicant}撤回了“{subsidyZh}”的申请，无需再审核。', en: '{applicant} withdrew the application for "{subsidyEn}"; it needs no review.' },
  'notify.SUBSIDY_APPROVED.title': { 'zh-CN': '补贴申请已批准', en: 'Your subsidy application was approved' },
  'notify.SUBSIDY_APPROVED.body': { 'zh-CN': '您申请的“{subsidyZh}”已批准。{reason}', en: 'Your application for "{subsidyEn}" was approved. {reason}' },
  'notify.SUBSIDY_REJECTED.title': { 'zh-CN': '补贴申请未通过', en: 'Your subsidy application was rejected' },
  'notify.SUBSIDY_REJECTED.body': { 'zh-CN': '您申请的“{subsidyZh}”未通过，原因：{reason}。', en: 'Your application for "{subsidyEn}" was rejected: {reason}.' },
  // to the person an employer claimed a subsidy for (their job): the step (stepKey) says what happened; no amount,
  // no staff's note to the employer
  'notify.SUBSIDY_FOR_YOUR_JOB.title': { 'zh-CN': '为您的工作申请的补贴', en: 'A subsidy claimed for your job' },
  'notify.SUBSIDY_FOR_YOUR_JOB.body': { 'zh-CN': '{step}', en: '{step}' },
  'subsidy.forYourJob.applied': {
    'zh-CN': '{organization}为您在该单位的工作（{startDate}起）申请了“{subsidyZh}”，由县残联审核。如果您并不在该单位工作，请告诉县残联。',
    en: '{organization} applied for "{subsidyEn}" for your job there (since {startDate}); the county federation reviews it. If you do not work there, please tell the county federation.',
  },
  'subsidy.forYourJob.withdrawn': {
    'zh-CN': '{organization}撤回了为您在该单位的工作（{startDate}起）申请的“{subsidyZh}”。',
    en: '{organization} withdrew its application for "{subsidyEn}" for your job there (since {startDate}).',
  },
  'subsidy.forYourJob.approved': {
    'zh-CN': '县残联批准了{organization}为您在该单位的工作（{startDate}起）申请的“{subsidyZh}”。',
    en: 'The county federation approved "{subsidyEn}", which {organization} applied for for your job there (since {startDate}).',
  },
  'subsidy.forYourJob.rejected': {
    'zh-CN': '县残联没有批准{organization}为您在该单位的工作（{startDate}起）申请的“{subsidyZh}”。如有疑问，请联系该单位或县残联。',
    en: 'The county federation did not approve "{subsidyEn}", which {organization} applied for for your job there (since {startDate}). If you have questions, ask the employer or the county federation.',
  },
};

export const subsidyFields: Catalog = {
  subsidyCode: { 'zh-CN': '补贴项目', en: 'subsidy' },
};

export const subsidyEntities: Catalog = {
  subsidyApplication: { 'zh-CN': '补贴申请', en: 'subsidy application' },
};
