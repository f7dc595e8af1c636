// Kinds of campaign, after the projects the plan names (信阳市促进残疾人就业三年行动实施方案（2022-2024年）).
export enum CampaignKind {
  /** 二、主要措施（四）：推广“千企万人助残就业计划” */
  THOUSAND_ENTERPRISES = 'THOUSAND_ENTERPRISES',
  /** 二、主要措施（四）（七）：“万名学子回归工程” */
  GRADUATES_RETURN = 'GRADUATES_RETURN',
  OTHER = 'OTHER',
}

/** How an item came to count in a campaign (docs/counting.md "Campaigns"). */
export enum CampaignLinkRoute { DIRECT = 'DIRECT', POSTING = 'POSTING', FAIR = 'FAIR' }
