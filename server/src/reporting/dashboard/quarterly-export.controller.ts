// The quarterly report as an Excel workbook with Chinese headers; the same numbers as quarterlyReport.
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { sendDomainError, sendWorkbook } from '../../common/downloads.js';
import { excelJs } from '../../common/excel.js';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, SessionsService } from '../../auth/sessions.service.js';
import { InvalidInputError } from '../../common/errors.js';
import { isUuid } from '../../graphql/id.pipe.js';
import type { ActionPlan } from '../plans/plan.entities.js';
import { DashboardService } from './dashboard.service.js';

const LINE_ZH: Record<string, string> = {
  PUBLIC_SECTOR: '党政机关事业单位带头安排', STATE_OWNED: '国有企业安排', PRIVATE: '民营企业及新就业形态', DISABILITY_ORG: '残疾人组织及美丽工坊',
  HARD_TO_EMPLOY: '辅助性就业和公益性岗位', RURAL: '农村残疾人就业', GRADUATE: '残疾人高校毕业生', BLIND_MASSAGE: '盲人按摩',
};

const NOT_STATED = '文本未载明';

type Report = Awaited<ReturnType<DashboardService['quarterly']>>;
type Sheet = ReturnType<InstanceType<ReturnType<typeof excelJs>['Workbook']>['addWorksheet']>;

/** The report's outcome sections (issue 15), with what each figure counts, as on the screen. */
export function addOutcomeRows(sheet: Sheet, r: Report): void {
  const f = r.fourOnes;
  const heading = (text: string) => { sheet.addRow([]); sheet.addRow([text]).font = { bold: true }; };
  heading(`“四个一”覆盖（${f.year}年）：覆盖率 = 四项完成人数 ÷ 劳动年龄内未就业人数`);
  sheet.addRow(['劳动年龄内未就业人数', '已做基本信息核查', '核查率', '有就业意愿', '已做能力评估', '已做就业需求登记', '已获就业服务', '四项完成', '覆盖率']);
  sheet.addRow([f.population, f.checked, f.checkRate, f.wantingWork, f.assessed, f.registered, f.served, f.complete, f.coverageRate]);
  heading(`残疾人高校毕业生（每届分别统计，截至${r.to}）：服务、就业自毕业当年1月1日起计`);
  sheet.addRow(['毕业年份', '有就业意愿和能力', '已服务', '已就业', '服务率', '就业率']);
  for (const c of r.graduateCohorts) sheet.addRow([c.year, c.wantingAndAble, c.served, c.employed, c.serviceRate, c.employmentRate]);
  heading(`公益性岗位（${r.year}年1月1日至${r.to}）`);
  sheet.addRow(['安排残疾人', '新增公益性岗位总数', '占比']);
  sheet.addRow([r.publicWelfare.disabledHires, r.publicWelfare.totalPosts, r.publicWelfare.share]);
  heading(`稳定就业（${r.year}年开始的就业登记，截至${r.to}）：留存率 = 仍在岗 ÷（仍在岗 + 已离岗 + 未确认）`);
  sheet.addRow(['月数', '仍在岗', '已离岗', '未确认', '未到期（不计）', '留存率']);
  for (const x of r.retention) sheet.addRow([x.months, x.retained, x.left, x.unknown, x.notDue, x.rate]);
}

/** One line on the plan: who issued it and its number (or that the text does not say), its basis, its target. */
export function planCitation(plan: ActionPlan, target: number | null): string {
  const basis = plan.basis.map((b) => `《${b.title}》${b.documentNumber ? `（${b.documentNumber}）` : ''}`).join('、');
  return [`发文机关：${plan.issuingBody ?? NOT_STATED}`, `文号：${plan.documentNumber ?? NOT_STATED}`,
    ...(basis ? [`依据：${basis}`] : []), `方案期：${plan.startDate}至${plan.endDate}`,
    ...(target ? [`新增就业目标：不少于${target}人`] : [])].join('；');
}

@Controller('exports/reports')
export class QuarterlyExportController {
  constructor(private readonly dashboard: DashboardService, private readonly sessions: SessionsService) {}

  @Get('quarterly.xlsx')
  async quarterly(@Query('year') year: string, @Query('quarter') quarter: string, @Query('county') county: string | undefined,
    @Query('plan') planId: string | undefined, @Req() req: Request, @Res() res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const actor = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
      if (planId && !isUuid(planId)) throw InvalidInputError.field('plan', 'validation.isUUID');
      const r = await this.dashboard.quarterly(actor, Number(year), Number(quarter), county || null, planId || null);
      const wb = new (excelJs().Workbook)();
      wb.creator = '助业通';
      const lines = Object.keys(LINE_ZH);
      const sheet = wb.addWorksheet('季度报表');
      // the plan's title exactly as its text names it; issuing body and number only where the text states them
      sheet.addRow([r.plan ? `${r.plan.title} 实施情况季度报表（${r.year}年第${r.quarter}季度，${r.from}至${r.to}）`
        : `残疾人就业季度报表（${r.year}年第${r.quarter}季度，${r.from}至${r.to}）：本季度不在任何行动方案期内`]);
      sheet.addRow([r.plan ? planCitation(r.plan, r.newEmploymentTarget) : '']);
      sheet.addRow(['县区', '县区代码', '本季度新增就业', '本年累计', '方案期累计', ...lines.map((l) => `本季度：${LINE_ZH[l]}`)]);
      for (const row of r.rows) {
        sheet.addRow([row.countyName, row.countyCode, row.quarter, row.yearToDate, row.planToDate,
          ...lines.map((l) => row.byActionLine.find((c) => c.key === l)?.count ?? 0)]);
      }
      sheet.addRow(['合计', '', r.totals.quarter, r.totals.yearToDate, r.totals.planToDate,
        ...lines.map((l) => r.byActionLine.find((c) => c.key === l)?.count ?? 0)]);
      addOutcomeRows(sheet, r);
      sheet.getRow(3).font = { bold: true };
      sheet.getRow(1).font = { bold: true, size: 14 };
      sheet.columns.forEach((c, i) => { c.width = i === 0 ? 14 : 16; });
      await sendWorkbook(res, wb, `quarterly-${r.year}-Q${r.quarter}.xlsx`, `残疾人就业季度报表-${r.year}年第${r.quarter}季度.xlsx`);
    } catch (e) {
      if (!sendDomainError(res, e)) throw e;
    }
  }
}
