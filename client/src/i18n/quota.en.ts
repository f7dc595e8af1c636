// Quota and levy, and the policy settings: English texts; the same keys as quota.zh-CN.ts.
export const quotaEn = {
  'quota.quota.title': 'Employment quota',
  'quota.policy.title': 'Policy settings',
  'quota.employerQuota.title': 'Our employment quota',
};
