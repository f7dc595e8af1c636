// The business licence as a file: the employer uploads it (multipart, field "file", at most 5 MB; its type judged by
// its content), members and the staff who may decide read it. Both sign in by the session cookie; the upload's actor
// is resolved before multer reads the body, so a refused request stores nothing. Errors are JSON in the user's language.
import { Controller, Get, Param, Post, Req, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { actorOf, SessionGuard } from '../auth/session-guard.js';
import { SESSION_COOKIE, SessionsService } from '../auth/sessions.service.js';
import { Role } from '../common/domain.js';
import { NotFoundError } from '../common/errors.js';
import { HttpErrorsFilter } from '../common/http-errors.js';
import { fieldLabel, translate } from '../common/messages.js';
import { isUuid } from '../graphql/id.pipe.js';
import { LICENCE_RULES } from './organization-licence.entity.js';
import { OrganizationLicenceService } from './organization-licence.service.js';

const MB = Math.round(LICENCE_RULES.maxBytes / 1024 / 1024);
const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

const LicenceErrorsFilter = HttpErrorsFilter({
  context: 'OrganizationLicence',
  // every message names the licence, whatever part of the upload it is about
  fieldLabel: () => fieldLabel('licence'),
  params: { mb: MB },
  tooLarge: () => ({ message: translate('licence.file.tooLarge', { field: fieldLabel('licence'), mb: MB }), field: 'licence' }),
});

@Controller()
@UseFilters(LicenceErrorsFilter)
export class OrganizationLicenceController {
  constructor(private readonly licences: OrganizationLicenceService, private readonly sessions: SessionsService) {}

  /** Answers 200 with the licence's facts (LicenceInfo); replaces an earlier one. */
  @Post('imports/organization-licence/:id')
  @UseGuards(SessionGuard(Role.EMPLOYER))
  @UseInterceptors(FileInterceptor('file', { defParamCharset: 'utf8', limits: { fileSize: LICENCE_RULES.maxBytes, files: 1, fields: 5, parts: 6 } }))
  async upload(@Param('id') id: string, @Req() req: Request, @Res() res: Response, @UploadedFile() file: { buffer: Buffer; originalname: string; size: number } | undefined) {
    res.setHeader('Cache-Control', 'no-store');
    if (!isUuid(id)) throw new NotFoundError('organization');
    const info = await this.licences.upload(actorOf(req), id.toLowerCase(), file && { buffer: file.buffer, originalName: file.originalname, size: file.size });
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
