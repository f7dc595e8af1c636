// What a plan's targets measure, and where a plan stands on a date.
export enum PlanMetric {
  /** 新增就业: people newly employed in the period (不少于 N 人) */
  NEW_EMPLOYMENT = 'NEW_EMPLOYMENT',
  /** 残疾人高校毕业生服务率, in percent */
  GRADUATE_SERVICE_RATE = 'GRADUATE_SERVICE_RATE',
  /** 残疾人高校毕业生就业率, in percent */
  GRADUATE_EMPLOYMENT_RATE = 'GRADUATE_EMPLOYMENT_RATE',
  /** 新开发公益性岗位安排残疾人的比例, in percent */
  PUBLIC_WELFARE_SHARE = 'PUBLIC_WELFARE_SHARE',
}

/** Metrics measured in percent (the others in people). */
export const PERCENT_METRICS: ReadonlySet<PlanMetric> = new Set([
  PlanMetric.GRADUATE_SERVICE_RATE, PlanMetric.GRADUATE_EMPLOYMENT_RATE, PlanMetric.PUBLIC_WELFARE_SHARE,
]);

export enum PlanStatus { NOT_STARTED = 'NOT_STARTED', IN_FORCE = 'IN_FORCE', ENDED = 'ENDED' }
