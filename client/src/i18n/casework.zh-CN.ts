// Casework: federation staff screens. Spread into zh-CN.ts; casework.en.ts must have the same keys.
export const caseworkZhCN = {
  'casework.fourOnes.title': '“四个一”服务',
  'casework.seeker.title': '求职者服务记录',
  'casework.ledger.title': '残疾人高校毕业生台账',
  'casework.graduate.title': '毕业生一人一策',
};
