// Kinds of places where disabled people work close to home, each with the plan section that names it
// (信阳市促进残疾人就业三年行动实施方案 2022-2024).

export enum WorkshopKind {
  /** 美丽工坊: disabled people's organisations' brand for home-based and doorstep jobs */
  BEAUTIFUL_WORKSHOP = 'BEAUTIFUL_WORKSHOP',
  /** 辅助性就业机构, incl. 阳光家园 and 残疾人之家 */
  ASSISTED_EMPLOYMENT = 'ASSISTED_EMPLOYMENT',
  /** 就业帮扶车间 */
  SUPPORT_WORKSHOP = 'SUPPORT_WORKSHOP',
  /** 农村残疾人就业基地 */
  RURAL_BASE = 'RURAL_BASE',
  /** a provider of home-based work (居家就业) */
  HOME_BASED_PROVIDER = 'HOME_BASED_PROVIDER',
}

export const WORKSHOP_KINDS = Object.values(WorkshopKind);

/** The plan's section each kind comes from; shown with the register and kept in the data's source field. */
export const WORKSHOP_SOURCE: Readonly<Record<WorkshopKind, string>> = {
  BEAUTIFUL_WORKSHOP: '（四）实施残疾人组织助残就业行动：“美丽工坊”助残就业服务品牌，实现残疾人居家或家门口就业',
  ASSISTED_EMPLOYMENT: '（五）实施就业困难残疾人就业帮扶行动：“阳光家园”、“残疾人之家”等认真开展辅助性就业',
  SUPPORT_WORKSHOP: '（六）实施农村残疾人就业帮扶行动：对符合条件的就业帮扶车间按规定予以支持',
  RURAL_BASE: '（六）实施农村残疾人就业帮扶行动：对符合条件的农村残疾人就业基地按规定予以支持',
  HOME_BASED_PROVIDER: '（四）实施残疾人组织助残就业行动：开发适合残疾人的灵活就业岗位，实现残疾人居家或家门口就业',
};
