// Casework: English texts; the same keys as casework.zh-CN.ts.
export const caseworkEn = {
  'casework.fourOnes.title': 'The "four ones" services',
  'casework.seeker.title': 'Services for a job seeker',
  'casework.ledger.title': 'Disabled graduate ledger',
  'casework.graduate.title': "A graduate's plan",
};
