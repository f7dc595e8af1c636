import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { registerEnums } from '../../graphql/enums.js';
import { ActionPlan, ActionPlanTarget } from './plan.entities.js';
import { PlanMetric, PlanStatus } from './plan-vocab.js';
import { PlansResolver } from './plans.resolver.js';
import { PlansService } from './plans.service.js';

registerEnums([[PlanMetric, 'PlanMetric', '行动方案目标的指标'], [PlanStatus, 'PlanStatus', '行动方案所处阶段']]);

@Module({ imports: [AuthModule], providers: [PlansService, PlansResolver], exports: [PlansService] })
export class PlansModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [ActionPlan, ActionPlanTarget];
}
