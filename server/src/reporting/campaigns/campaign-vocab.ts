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

/**
 * 二、主要措施（五）：“根据各级残联需求开发20-30个残疾人就业辅导员、专职管理服务人员等助残类公益性岗位”. The plan's own
 * numbers, quoted with their source; shown beside the count of postings staff marked as such posts.
 */
export const WELFARE_POSTS_PLAN = {
  min: 20,
  max: 30,
  source: '二、主要措施（五）：根据各级残联需求开发20-30个残疾人就业辅导员、专职管理服务人员等助残类公益性岗位',
} as const;
