// Plan: English texts; the same keys as plan.zh-CN.ts.
export const planEn = {
  'plan.dashboard.title': 'Action plan progress',
  'plan.quarterly.title': 'Quarterly report',
};
