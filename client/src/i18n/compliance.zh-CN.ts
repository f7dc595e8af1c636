// Compliance: federation staff screens. Spread into zh-CN.ts; compliance.en.ts must have the same keys.
export const complianceZhCN = {
  'compliance.imports.title': '导入求职者名册',
  'compliance.import.title': '导入结果',
  'compliance.integrity.title': '就业真实性核查',
};
