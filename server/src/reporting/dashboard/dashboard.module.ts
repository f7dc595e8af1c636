import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { CaseworkModule } from '../../casework/casework.module.js';
import { PolicyModule } from '../../policy/policy.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';
import { QuarterlyExportController } from './quarterly-export.controller.js';
import { OutcomeFiguresService } from './outcome-figures.service.js';
import { PriorityOutreachService } from './priority-outreach.service.js';

@Module({
  imports: [AuthModule, PolicyModule, PlansModule, CaseworkModule],
  providers: [DashboardService, OutcomeFiguresService, PriorityOutreachService, DashboardResolver],
  controllers: [QuarterlyExportController],
  // the quarterly submission (reporting/submissions) freezes the report's figures
  exports: [DashboardService],
})
export class DashboardModule {}
