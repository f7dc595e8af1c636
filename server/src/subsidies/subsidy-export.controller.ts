// The subsidy catalogue as an Excel workbook with Chinese headers (public, like the catalogue page): every amount no
// source states is written "待核实", never as a figure.
import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { sendDomainError, sendWorkbook } from '../common/downloads.js';
import { excelJs } from '../common/excel.js';
import { PolicySettingsService } from '../policy/policy-settings.service.js';
import { SUBSIDY_CATALOGUE } from './subsidy-catalogue.js';
import { SubsidiesService } from './subsidies.service.js';
import { UNVERIFIED } from './subsidy-words.js';

@Controller('exports/subsidies')
export class SubsidyExportController {
  constructor(private readonly subsidies: SubsidiesService, private readonly policy: PolicySettingsService) {}

  @Get('catalogue.xlsx')
  async catalogue(@Res() res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const values = await this.policy.values();
      const wb = new (excelJs().Workbook)();
      wb.creator = '助业通';
      const sheet = wb.addWorksheet('补贴和奖励');
      sheet.columns = [
        { header: '补贴或奖励', key: 'name', width: 30 }, { header: '由谁申请', key: 'claimant', width: 16 },
        { header: '条件', key: 'eligibility', width: 50 }, { header: '金额', key: 'amount', width: 18 },
        { header: '金额依据', key: 'amountSource', width: 30 }, { header: '方案依据', key: 'source', width: 80 },
      ];
      const u = UNVERIFIED['zh-CN'];
      sheet.addRows(SUBSIDY_CATALOGUE.map((s) => {
        const m = this.subsidies.model(s, values, 'zh-CN');
        return {
          name: m.name, claimant: (s.claimant === 'EMPLOYER' ? '用人单位' : '残疾人本人') + (s.claimantStated ? '' : `（${u}）`),
          eligibility: m.eligibility, amount: m.amount.text, amountSource: m.amount.source ?? u, source: m.source,
        };
      }));
      sheet.getRow(1).font = { bold: true };
      await sendWorkbook(res, wb, 'subsidies.xlsx', '残疾人就业补贴和奖励目录.xlsx');
    } catch (e) {
      if (!sendDomainError(res, e)) throw e;
    }
  }
}
