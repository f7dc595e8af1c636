// Compliance: English texts; the same keys as compliance.zh-CN.ts.
export const complianceEn = {
  'compliance.imports.title': 'Import the job seeker registry',
  'compliance.import.title': 'Import result',
  'compliance.integrity.title': 'Integrity checks',
};
