// Words the query splitter knows and the synonyms both engines apply. Data, not code: extend freely.
// The splitter also learns words from indexed titles and skills; these cover what those may not spell out.
// The one source of both: the embedded engine expands queries with synonymMap(), and Meilisearch's index settings
// receive the same map (engines/meilisearch/translation.ts indexSettings); vocabulary.spec.ts holds them together.
import { normalizeText } from './normalize.js';

/** Common job words (招聘常用词). County names come from the region file. */
export const BASE_WORDS: readonly string[] = [
  '按摩', '推拿', '保健', '盲人', '理疗', '足疗', '中医', '医疗', '康复', '护理', '导诊', '挂号', '收费', '病案',
  '客服', '电商', '网店', '在线', '售后', '文字', '电话', '热线', '话务', '话务员', '回访', '接线',
  '会计', '出纳', '财务', '文员', '行政', '档案', '录入', '打字', '数据', '标注', '审核', '转写', '办公',
  '快递', '物流', '分拣', '打包', '包装', '仓库', '理货', '发货', '驿站',
  '保洁', '清洁', '绿化', '养护', '门卫', '保安', '监控', '值班', '停车场',
  '手工', '编织', '串珠', '刺绣', '布艺', '草编', '来料加工', '缝纫', '服装', '车位', '锁边', '质检',
  '面点', '厨房', '帮厨', '烘焙', '食堂', '厨师', '洗车',
  '彩票', '烟草', '零售', '收银', '超市', '营业员', '销售', '报刊',
  '美工', '直播', '主播', '剪辑', '短视频', '运营', '设计', '平面设计', '新媒体', '编辑', '测试', '软件', '网站', '无障碍',
  '采茶', '茶叶', '种植', '养殖', '食用菌', '稻虾', '家禽', '农产品', '合作社',
  '护林员', '巡查', '河道', '网格', '公益性岗位', '公益', '专职委员', '残疾人', '残协',
  '特殊教育', '特教', '助教', '盲文', '手语', '教师', '老师', '校对',
  '居家', '远程', '兼职', '全职', '灵活', '辅助性就业', '美丽工坊',
  // places: towns are learnt from addresses (谯楼街道, 谯楼); this lets their pinyin be typed in parts (qiaolou jiedao)
  '街道', '社区',
];

/** Groups of words that mean the same job; a query for one finds the others (Meilisearch: multi-way synonyms). */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['按摩', '推拿'],
  ['客服', '客户服务'],
  ['会计', '财务'],
  ['保洁', '清洁'],
  ['快递', '物流'],
  ['电商', '网店', '电子商务'],
  ['话务员', '接线员'],
  ['门卫', '保安'],
  ['营业员', '店员'],
  ['居家', '远程', '在家'],
  ['录入', '打字'],
  ['特殊教育', '特教'],
];

/**
 * word → the other words of its group (both directions), as Meilisearch's synonyms setting wants them, folded as
 * queries and documents are (normalizeText), so a group written in traditional characters still meets the text.
 */
export function synonymMap(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of groups) {
    const g = [...new Set(group.map((w) => normalizeText(w).trim()))];
    for (const w of g) out[w] = [...new Set([...(out[w] ?? []), ...g.filter((o) => o !== w)])];
  }
  return out;
}
