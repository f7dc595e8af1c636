// Outcomes of an event as an Excel workbook with Chinese headers (staff in scope; the session cookie signs in).
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { sendDomainError, sendWorkbook } from '../common/downloads.js';
import { excelJs } from '../common/excel.js';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, SessionsService } from '../auth/sessions.service.js';
import { NotFoundError } from '../common/errors.js';
import { localDateTime } from '../common/local-time.js';
import { isUuid } from '../graphql/id.pipe.js';
import { EventReportsService } from './event-reports.service.js';


@Controller('exports/events')
export class EventExportController {
  constructor(private readonly reports: EventReportsService, private readonly sessions: SessionsService) {}

  @Get(':id/outcomes.xlsx')
  async outcomes(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    try {
      if (!isUuid(id)) throw new NotFoundError('event');
      const actor = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
      const o = await this.reports.outcomes(actor, id);
      const wb = new (excelJs().Workbook)();
      wb.creator = '助业通';
      const summary = wb.addWorksheet('汇总');
      summary.columns = [{ header: '项目', key: 'k', width: 24 }, { header: '数值', key: 'v', width: 40 }];
      summary.addRows([
        { k: '招聘会名称', v: o.event.title }, { k: '开始时间', v: localDateTime(o.event.startsAt) }, { k: '结束时间', v: localDateTime(o.event.endsAt) },
        { k: '报名人数', v: o.registered }, { k: '到场人数', v: o.attended }, { k: '投递简历数', v: o.applications },
        { k: '面试人数', v: o.interviews }, { k: '录用意向数', v: o.offers }, { k: '实际录用人数', v: o.hires },
      ]);
      const sheet = wb.addWorksheet('用人单位');
      sheet.columns = [
        { header: '用人单位', key: 'organizationName', width: 36 }, { header: '投递简历数', key: 'applications', width: 12 },
        { header: '面试人数', key: 'interviews', width: 12 }, { header: '录用意向数', key: 'offers', width: 12 },
        { header: '实际录用人数', key: 'hires', width: 14 },
      ];
      sheet.addRows(o.employers);
      for (const ws of [summary, sheet]) ws.getRow(1).font = { bold: true };
      await sendWorkbook(res, wb, 'event-outcomes.xlsx', `${o.event.title}-招聘成效.xlsx`);
    } catch (e) {
      if (!sendDomainError(res, e)) throw e;
    }
  }
}
