import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { PolicyModule } from '../../policy/policy.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';
import { QuarterlyExportController } from './quarterly-export.controller.js';

@Module({ imports: [AuthModule, PolicyModule, PlansModule], providers: [DashboardService, DashboardResolver], controllers: [QuarterlyExportController] })
export class DashboardModule {}
