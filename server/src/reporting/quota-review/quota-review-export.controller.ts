// The quota-review pack, and the year's list of confirmed packs, as Excel workbooks with Chinese headers: the same
// figures as the pack's snapshot (or the live pack before submission), worded in Chinese whatever the reader's language.
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { sendDomainError, sendWorkbook } from '../../common/downloads.js';
import type { Request, Response } from 'express';
import type ExcelJS from 'exceljs';
import { SESSION_COOKIE, SessionsService } from '../../auth/sessions.service.js';
import { excelJs } from '../../common/excel.js';
import { InvalidInputError } from '../../common/errors.js';
import { translate } from '../../common/messages.js';
import { isUuid } from '../../graphql/id.pipe.js';
import { QuotaReason } from '../../reporting/quota/quota-vocab.js';
import { QuotaReviewService } from './quota-review.service.js';
import type { QuotaReviewPack, QuotaReviewSubmission } from './quota-review.models.js';

const ZH = 'zh-CN';
const CONTRACT_ZH: Record<string, string> = { FORMAL_POST: '在编', CONTRACT: '劳动合同', DISPATCHED: '劳务派遣' };
const STATUS_ZH: Record<string, string> = { DRAFT: '未提交', SUBMITTED: '已提交待审核', CONFIRMED: '已确认', RETURNED: '已退回' };
export const REASON_ZH: Record<string, string> = {
  NO_CERTIFICATE: '无残疾等级记录', CONTRACT_FACTS_MISSING: '未填写用工情况', CONTRACT_TOO_SHORT: '合同不满规定期限',
  WAGE_BELOW_MINIMUM: '工资低于最低工资标准', MINIMUM_WAGE_NOT_SET: '无该年度最低工资标准', SOCIAL_INSURANCE_NOT_FULL: '未足额缴纳社保',
  INSURANCE_MONTHS_SHORT: '社保缴纳月数少于本年在职月数，不计入',
  PART_TIME: '非全日制', DISPATCHED_COUNTED_BY_AGENCY: '派遣人员计入派遣单位', NOT_WORKING_AGE: '不在就业年龄段',
  PART_OF_YEAR_OUTSIDE_WORKING_AGE: '部分月份不在就业年龄段', NO_MONTH_IN_YEAR: '本年度无月末在职',
};
/** The people table's headers; the same columns as the pack page. */
export const PEOPLE_HEADERS = ['姓名', '残疾人证号（脱敏）', '残疾等级', '用工方式', '合同期限（月）', '月工资（元）', '非全日制',
  '本年在职月数', '社保缴纳月数', '计入月数', '按人计', '计入人数', '是否计入', '说明'];

const yesNo = (b: boolean | null) => (b === null ? '' : b ? '是' : '否');

function packSheet(wb: ExcelJS.Workbook, p: QuotaReviewPack): void {
  const sheet = wb.addWorksheet('年审表');
  sheet.addRow([`${p.organizationName} ${p.year}年度按比例安排残疾人就业年审表`]).font = { bold: true, size: 14 };
  sheet.addRow([`统一社会信用代码：${p.creditCode}`, `状态：${STATUS_ZH[p.status]}`, p.version ? `第${p.version}版` : '',
    p.submittedAt && p.id ? `提交：${p.submittedByName} ${p.submittedAt.toISOString().slice(0, 10)}` : '']);
  sheet.addRow([]);
  sheet.addRow(PEOPLE_HEADERS).font = { bold: true };
  for (const person of p.people) {
    const c = person.placements;
    sheet.addRow([person.name, person.certificateNumber ?? '', person.level ?? '', c.map((x) => (x.contractKind ? CONTRACT_ZH[x.contractKind] : '未填')).join('；'),
      c.map((x) => x.contractMonths ?? '').join('；'), c.map((x) => x.monthlyWage ?? '').join('；'), c.map((x) => yesNo(x.partTime)).join('；'),
      person.monthsEmployed, person.insuranceMonths ?? '', person.monthsCounted, person.weight, person.units, yesNo(person.counts),
      [...person.reasons.map((r) => REASON_ZH[r] ?? r),
        // a pack frozen before the rule counted short months kept the flag without the reason
        ...(person.insuranceShort && !person.reasons.includes(QuotaReason.INSURANCE_MONTHS_SHORT) ? ['社保月数少于计入月数'] : []),
        ...(person.counts && person.insuranceMonths === null ? ['社保缴纳月数未填，提交前须填写'] : [])].join('；')]);
  }
  sheet.addRow([]);
  sheet.addRow(['项目', '数值', '计算规则']).font = { bold: true };
  for (const l of p.lines) sheet.addRow([translate(`quotaReview.line.${l.key}`, {}, ZH), l.value ?? '', l.rule]);
  sheet.addRow([]);
  sheet.addRow(['单位负责人（签字）：', '', '经办人（签字）：', '', '单位（盖章）：', '', '日期：']);
  sheet.addRow(['残联审核人（签字）：', '', '审核意见：', '', '', '', '日期：']);
  sheet.columns.forEach((col, i) => { col.width = i === 0 ? 18 : i === 1 || i === 13 ? 24 : 12; });
}

function confirmedSheet(wb: ExcelJS.Workbook, year: number, rows: QuotaReviewSubmission[]): void {
  const sheet = wb.addWorksheet('已确认年审表');
  sheet.addRow([`${year}年度已确认的按比例安排残疾人就业年审表`]).font = { bold: true, size: 14 };
  sheet.addRow(['单位名称', '县区代码', '版本', '提交人', '提交时间', '确认人', '确认时间', '应安排人数', '已安排人数', '差额人数', '实缴保障金（元）']).font = { bold: true };
  for (const r of rows) {
    sheet.addRow([r.organizationName, r.countyCode, r.version, r.submittedByName, r.submittedAt.toISOString().slice(0, 10), r.reviewedByName ?? '',
      r.reviewedAt?.toISOString().slice(0, 10) ?? '', r.required, r.counted, r.shortfall, r.levyPayable ?? '']);
  }
  sheet.columns.forEach((col, i) => { col.width = i === 0 ? 28 : 14; });
}

@Controller('exports/quota-review')
export class QuotaReviewExportController {
  constructor(private readonly service: QuotaReviewService, private readonly sessions: SessionsService) {}

  /** ?id= a submitted version, or ?organization=&year= the live pack. */
  @Get('pack.xlsx')
  pack(@Query('id') id: string | undefined, @Query('organization') organizationId: string | undefined, @Query('year') year: string | undefined,
    @Req() req: Request, @Res() res: Response) {
    return this.send(req, res, async (actor) => {
      if (id !== undefined && !isUuid(id)) throw InvalidInputError.field('id', 'validation.isUUID');
      if (id === undefined && !isUuid(organizationId ?? '')) throw InvalidInputError.field('organization', 'validation.isUUID');
      const p = await this.service.forExport(actor, id ?? null, organizationId ?? '', Number(year));
      const wb = new (excelJs().Workbook)();
      wb.creator = '助业通';
      packSheet(wb, p);
      return { wb, ascii: `quota-review-${p.year}${p.version ? `-v${p.version}` : ''}.xlsx`, name: `${p.organizationName}-${p.year}年度按比例就业年审表.xlsx` };
    });
  }

  @Get('confirmed.xlsx')
  confirmed(@Query('year') year: string, @Query('county') county: string | undefined, @Req() req: Request, @Res() res: Response) {
    return this.send(req, res, async (actor) => {
      const y = Number(year);
      if (!Number.isInteger(y) || y < 2000 || y > 2100) throw InvalidInputError.field('year', 'validation.isInt');
      const rows = await this.service.allConfirmedPacks(actor, y, county || null);
      const wb = new (excelJs().Workbook)();
      wb.creator = '助业通';
      confirmedSheet(wb, y, rows);
      return { wb, ascii: `quota-review-confirmed-${y}.xlsx`, name: `${y}年度已确认按比例就业年审表.xlsx` };
    });
  }

  private async send(req: Request, res: Response,
    build: (actor: Awaited<ReturnType<SessionsService['resolve']>>) => Promise<{ wb: ExcelJS.Workbook; ascii: string; name: string }>) {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const { wb, ascii, name } = await build(await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]));
      await sendWorkbook(res, wb, ascii, name);
    } catch (e) {
      if (!sendDomainError(res, e)) throw e;
    }
  }
}
