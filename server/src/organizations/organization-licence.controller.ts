// The business licence as a file: the employer uploads it (multipart, field "file", at most 5 MB; its type judged by
// its content), members and the staff who may decide read it. Both sign in by the session cookie; the upload's actor
// is resolved before multer reads the body, so a refused request stores nothing. Errors are JSON in the user's language.
import {
  type ArgumentsHost, Catch, type CanActivate, Controller, type ExceptionFilter, type ExecutionContext, Get, HttpException, HttpStatus,
  Injectable, Logger, Param, Post, Req, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { requireActor } from '../auth/auth.service.js';
import { SESSION_COOKIE, SessionsService } from '../auth/sessions.service.js';
import { Role } from '../common/domain.js';
import { DomainError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { fieldLabel, translate } from '../common/messages.js';
import { requestStorage } from '../common/request-context.js';
import { isUuid } from '../graphql/id.pipe.js';
import { LICENCE_RULES } from './organization-licence.entity.js';
import { OrganizationLicenceService } from './organization-licence.service.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 };
const MB = Math.round(LICENCE_RULES.maxBytes / 1024 / 1024);
const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

const actors = new WeakMap<Request, Actor | null>();

/** Employers only; resolves the session before the body is read. */
@Injectable()
class EmployerSessionGuard implements CanActivate {
  constructor(private readonly sessions: SessionsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const actor = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
    requireActor(actor, Role.EMPLOYER);
    actors.set(req, actor);
    return true;
  }
}

/** Domain errors by code with per-field messages naming the field; multer's size limit as 413; nothing internal. */
@Catch()
class LicenceErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('OrganizationLicence');

  catch(error: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      res.end();
      return;
    }
    const field = fieldLabel('licence');
    if (error instanceof DomainError) {
      const body: Record<string, unknown> = { code: error.code, message: translate(error.key, error.params) };
      if (error instanceof InvalidInputError) {
        body.fields = error.fields.map((f) => ({ path: f.path, message: translate(f.key, { field, mb: MB, ...f.params }) }));
        body.message = (body.fields as Array<{ message: string }>).map((f) => f.message).join('；');
      }
      res.status(STATUS[error.code] ?? 400).json(body);
      return;
    }
    if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
      const message = translate('licence.file.tooLarge', { field, mb: MB });
      res.status(413).json({ code: 'PAYLOAD_TOO_LARGE', message, fields: [{ path: 'licence', message }] });
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

@Controller()
@UseFilters(LicenceErrorsFilter)
export class OrganizationLicenceController {
  constructor(private readonly licences: OrganizationLicenceService, private readonly sessions: SessionsService) {}

  /** Answers 200 with the licence's facts (LicenceInfo); replaces an earlier one. */
  @Post('imports/organization-licence/:id')
  @UseGuards(EmployerSessionGuard)
  @UseInterceptors(FileInterceptor('file', { defParamCharset: 'utf8', limits: { fileSize: LICENCE_RULES.maxBytes, files: 1, fields: 5, parts: 6 } }))
  async upload(@Param('id') id: string, @Req() req: Request, @Res() res: Response, @UploadedFile() file: { buffer: Buffer; originalname: string; size: number } | undefined) {
    res.setHeader('Cache-Control', 'no-store');
    if (!isUuid(id)) throw new NotFoundError('organization');
    const info = await this.licences.upload(actors.get(req) ?? null, id.toLowerCase(), file && { buffer: file.buffer, originalName: file.originalname, size: file.size });
    res.status(200).json(info);
  }

  /** The file, never cached, as an attachment (an <img> still shows it), with nosniff. */
  @Get('exports/organization-licence/:id')
  async read(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    if (!isUuid(id)) throw new NotFoundError('organization');
    const actor = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
    const l = await this.licences.read(actor, id.toLowerCase());
    const ext = EXTENSION[l.mimeType] ?? 'bin';
    res.setHeader('Content-Type', l.mimeType);
    res.setHeader('Content-Disposition', `attachment; filename="licence.${ext}"; filename*=UTF-8''${encodeURIComponent(`营业执照.${ext}`)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(l.content);
  }
}
