// The upload of a registry file (multipart, field "file") and the download of its error report. Both sign in by
// the session cookie; the upload is checked before multer reads the body, so a refused request stores nothing.
import { Controller, Get, Param, Post, Query, Req, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { actorOf, SessionGuard } from '../../auth/session-guard.js';
import { SESSION_COOKIE, SessionsService } from '../../auth/sessions.service.js';
import { Role } from '../../common/domain.js';
import { NotFoundError } from '../../common/errors.js';
import { HttpErrorsFilter } from '../../common/http-errors.js';
import { fieldLabel, translate } from '../../common/messages.js';
import { isUuid } from '../../graphql/id.pipe.js';
import { writeErrorReport, ZH_LABELS } from './error-report.js';
import { IMPORT_RULES } from './import-vocab.js';
import { SeekerImportsService } from './seeker-imports.service.js';
import { ensureUploadDir } from './upload-files.js';

/** The fields of a file multer stored on disk that are used here. */
interface StoredFile { path: string; originalname: string; size: number }

const MB = Math.round(IMPORT_RULES.maxBytes / 1024 / 1024);

const ImportErrorsFilter = HttpErrorsFilter({
  context: 'SeekerImport',
  fieldLabel,
  params: { mb: MB },
  tooLarge: () => ({ message: translate('import.file.tooLarge', { mb: MB }) }),
});

const TRUE = new Set(['1', 'true', 'yes', 'on']);

@Controller()
@UseFilters(ImportErrorsFilter)
export class SeekerImportsController {
  constructor(private readonly imports: SeekerImportsService, private readonly sessions: SessionsService) {}

  /** Answers 202 with the job; poll `seekerImport(id)` for progress. `validOnly=1` writes the valid rows of a file with errors. */
  @Post('imports/seekers')
  @UseGuards(SessionGuard(Role.STAFF, Role.ADMIN))
  @UseInterceptors(FileInterceptor('file', {
    dest: ensureUploadDir(),
    defParamCharset: 'utf8', // browsers send the file name in UTF-8 (报名册.xlsx)
    limits: { fileSize: IMPORT_RULES.maxBytes, files: 1, fields: 10, parts: 12 },
  }))
  async upload(
    @Req() req: Request,
    @Res() res: Response,
    @UploadedFile() file: StoredFile | undefined,
    @Query('validOnly') validOnlyQuery?: string,
  ) {
    res.setHeader('Cache-Control', 'no-store');
    const validOnly = TRUE.has(String(validOnlyQuery ?? (req.body as Record<string, unknown> | undefined)?.validOnly ?? '').toLowerCase());
    const job = await this.imports.accept(actorOf(req), file && { path: file.path, originalName: file.originalname, size: file.size }, validOnly);
    res.status(202).json({ id: job.id, status: job.status, fileName: job.fileName, format: job.format, validOnly: job.validOnly });
  }

  @Get('exports/imports/:id/errors.xlsx')
  async errorReport(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    if (!isUuid(id)) throw new NotFoundError('seekerImport');
    const actor = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
    const { job, rows } = await this.imports.reportRows(actor, id.toLowerCase());
    const base = job.fileName.replace(/\.(xlsx|csv|txt)$/i, '');
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="import-errors.xlsx"; filename*=UTF-8''${encodeURIComponent(`${base}-错误报告.xlsx`)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await writeErrorReport(res, job.headers, rows, ZH_LABELS); // ends the response
  }
}
