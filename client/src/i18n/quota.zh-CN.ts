// Quota and levy, and the policy settings: staff and employer screens. Spread into zh-CN.ts; quota.en.ts must have the same keys.
export const quotaZhCN = {
  'quota.quota.title': '按比例安排就业',
  'quota.policy.title': '政策参数',
  'quota.employerQuota.title': '本单位按比例安排就业',
};
