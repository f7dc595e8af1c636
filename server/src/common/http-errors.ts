// Errors of plain HTTP endpoints (file uploads and downloads) as JSON in the user's language: domain errors by their
// code with a message per field naming it, multer's size limit as 413, other client errors as BAD_REQUEST, anything
// else as INTERNAL_SERVER_ERROR with the request id and no internals (the stack goes to the log).
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger, mixin, type Type } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, InvalidInputError } from './errors.js';
import { translate } from './messages.js';
import { requestStorage } from './request-context.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 };

export interface HttpErrorsOptions {
  /** The logger's context. */
  context: string;
  /** The words for a field in its messages ({field}). */
  fieldLabel: (path: string) => string;
  /** More parameters for every message (e.g. the size limit in MB). */
  params?: Record<string, unknown>;
  /** The refusal of a file over the size limit: its message and, if it names a field, that field's path. */
  tooLarge: () => { message: string; field?: string };
}

export function HttpErrorsFilter(options: HttpErrorsOptions): Type<ExceptionFilter> {
  @Catch()
  class JsonErrorsFilter implements ExceptionFilter {
    private readonly logger = new Logger(options.context);

    catch(error: unknown, host: ArgumentsHost) {
      const res = host.switchToHttp().getResponse<Response>();
      if (res.headersSent) {
        res.end();
        return;
      }
      if (error instanceof DomainError) {
        const body: Record<string, unknown> = { code: error.code, message: translate(error.key, error.params) };
        if (error instanceof InvalidInputError) {
          body.fields = error.fields.map((f) => ({ path: f.path, message: translate(f.key, { field: options.fieldLabel(f.path), ...options.params, ...f.params }) }));
          body.message = (body.fields as Array<{ message: string }>).map((f) => f.message).join('；');
        }
        res.status(STATUS[error.code] ?? 400).json(body);
        return;
      }
      if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
        const { message, field } = options.tooLarge();
        res.status(413).json({ code: 'PAYLOAD_TOO_LARGE', message, ...(field ? { fields: [{ path: field, message }] } : {}) });
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
  return mixin(JsonErrorsFilter);
}
