// Compliance: English texts; the same keys as compliance.zh-CN.ts.
export const complianceEn = {
  'compliance.imports.title': 'Import the job seeker registry',
  'compliance.import.title': 'Import result',
  'compliance.integrity.title': 'Integrity checks',
  'compliance.quota.title': 'Employment quota',
  'compliance.policy.title': 'Policy settings',
  'compliance.employerQuota.title': 'Our employment quota',
};
