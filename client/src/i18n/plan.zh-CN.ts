// Plan: federation staff screens. Spread into zh-CN.ts; plan.en.ts must have the same keys.
export const planZhCN = {
  'plan.dashboard.title': '行动计划进展',
  'plan.quarterly.title': '季度报表',
};
