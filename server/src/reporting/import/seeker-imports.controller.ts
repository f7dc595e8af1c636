// The upload of a registry file (multipart, field "file") and the download of its error report. Both sign in by
// the session cookie; the upload is checked before multer reads the body, so a refused request stores nothing.
import {
  type ArgumentsHost, Catch, type CanActivate, Controller, type ExceptionFilter, type ExecutionContext, Get, HttpException, HttpStatus,
  Injectable, Logger, Param, Post, Query, Req, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { Actor } from '../../auth/actor.js';
import { requireActor } from '../../auth/auth.service.js';
import { SESSION_COOKIE, SessionsService } from '../../auth/sessions.service.js';
import { Role } from '../../common/domain.js';
import { DomainError, InvalidInputError, NotFoundError } from '../../common/errors.js';
import { fieldLabel, translate } from '../../common/messages.js';
import { requestStorage } from '../../common/request-context.js';
import { isUuid } from '../../graphql/id.pipe.js';
import { writeErrorReport, ZH_LABELS } from './error-report.js';
import { IMPORT_RULES } from './import-vocab.js';
import { SeekerImportsService } from './seeker-imports.service.js';
import { ensureUploadDir } from './upload-files.js';

/** The fields of a file multer stored on disk that are used here. */
interface StoredFile { path: string; originalname: string; size: number }

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 };
const MB = Math.round(IMPORT_RULES.maxBytes / 1024 / 1024);

/** The signed-in actor of a request, set by the guard. */
const actors = new WeakMap<Request, Actor | null>();

/** Staff and administrators only; resolves the session before the body is read. */
@Injectable()
class StaffSessionGuard implements CanActivate {
  constructor(private readonly sessions: SessionsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const actor = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
    requireActor(actor, Role.STAFF, Role.ADMIN);
    actors.set(req, actor);
    return true;
  }
}

/** Errors as JSON in the user's language: domain errors by code, multer's by status, anything else without internals. */
@Catch()
class ImportErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('SeekerImport');

  catch(error: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      res.end();
      return;
    }
    if (error instanceof DomainError) {
      const body: Record<string, unknown> = { code: error.code, message: translate(error.key, error.params) };
      if (error instanceof InvalidInputError) {
        body.fields = error.fields.map((f) => ({ path: f.path, message: translate(f.key, { field: fieldLabel(f.path), mb: MB, ...f.params }) }));
        body.message = (body.fields as Array<{ message: string }>).map((f) => f.message).join('；');
      }
      res.status(STATUS[error.code] ?? 400).json(body);
      return;
    }
    if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
      res.status(413).json({ code: 'PAYLOAD_TOO_LARGE', message: translate('import.file.tooLarge', { mb: MB }) });
      return;
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      res.status(error.getStatus()).json({ code: 'BAD_REQUEST', message: translate('error.badRequest') });
      return;
    }
    const requestId = requestStorage.getStore()?.requestId ?? 'unknown';
    this.logger.error(`[${requestId}] ${(error as Error)?.stack ?? error}`);
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: translate('error.internal', { requestId }) });
  }
}

const TRUE = new Set(['1', 'true', 'yes', 'on']);

@Controller()
@UseFilters(ImportErrorsFilter)
export class SeekerImportsController {
  constructor(private readonly imports: SeekerImportsService, private readonly sessions: SessionsService) {}

  /** Answers 202 with the job; poll `seekerImport(id)` for progress. `validOnly=1` writes the valid rows of a file with errors. */
  @Post('imports/seekers')
  @UseGuards(StaffSessionGuard)
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
    const job = await this.imports.accept(actors.get(req) ?? null, file && { path: file.path, originalName: file.originalname, size: file.size }, validOnly);
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
