// GET /exports/interviews/:id.ics — the interview as a calendar file, for its two sides and staff in scope (the session cookie signs in).
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, SessionsService } from '../auth/sessions.service.js';
import { DomainError, NotFoundError } from '../common/errors.js';
import { translate } from '../common/messages.js';
import { isUuid } from '../graphql/id.pipe.js';
import { interviewIcs } from './interview-calendar.js';
import { InterviewsService } from './interviews.service.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

@Controller('exports/interviews')
export class InterviewIcsController {
  constructor(private readonly interviews: InterviewsService, private readonly sessions: SessionsService) {}

  @Get(':file')
  async ics(@Param('file') file: string, @Req() req: Request, @Res() res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const id = file.replace(/\.ics$/, '');
      if (!file.endsWith('.ics') || !isUuid(id)) throw new NotFoundError('interview');
      const actor = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
      const { interview, party } = await this.interviews.get(actor, id);
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="interview.ics"; filename*=UTF-8''${encodeURIComponent(`面试-${party.postingTitle}.ics`)}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.send(interviewIcs(interview, party.postingTitle, party.organizationName));
    } catch (e) {
      if (e instanceof DomainError) {
        res.status(STATUS[e.code] ?? 400).json({ code: e.code, message: translate(e.key, e.params) });
        return;
      }
      throw e;
    }
  }
}
