// Registry imports as staff see them: accepting an upload (judged by its content), the jobs in their area with
// progress and outcome, the problems of each row, and the rejected rows for the error report.
import { Inject, Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DataSource } from 'typeorm';
import { type Actor } from '../../auth/actor.js';
import { AuditService } from '../../auth/audit.service.js';
import { requireActor } from '../../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { Role } from '../../common/domain.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../common/errors.js';
import { translate } from '../../common/messages.js';
import { pageOf, type Page, type PageInput } from '../../common/pagination.js';
import { requestStorage } from '../../common/request-context.js';
import { SensitiveCrypto } from '../../common/sensitive-crypto.js';
import type { ReportRow } from './error-report.js';
import { IMPORT_RULES, ImportStatus } from './import-vocab.js';
import { SeekerImport } from './seeker-import.entity.js';
import { SeekerImportRunner } from './seeker-import.runner.js';
import { judgeContent } from './upload-content.js';
import { removeUpload } from './upload-files.js';

export interface StoredUpload { path: string; originalName: string; size: number }

export interface ImportProblem { rowNumber: number; column: string; message: string }

/** County staff see the imports made for their county; city staff and administrators see all. */
export function canSeeImport(a: Actor, job: Pick<SeekerImport, 'scopeCountyCode'>): boolean {
  if (a.role === Role.ADMIN) return true;
  if (a.role !== Role.STAFF) return false;
  return a.scopeCountyCode === null || a.scopeCountyCode === job.scopeCountyCode;
}

/** What is shown of the uploader's file name: the last path part, no control characters, at most 255 characters. */
export function displayFileName(raw: string | undefined): string {
  const name = basename((raw ?? '').replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  return name || 'registry';
}

@Injectable()
export class SeekerImportsService {
  private readonly crypto: SensitiveCrypto;

  constructor(
    private readonly ds: DataSource,
    private readonly runner: SeekerImportRunner,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.crypto = new SensitiveCrypto(config.dataKey);
  }

  /** Takes a stored upload: refuses it unless its content is a spreadsheet, else queues it and returns the job. */
  async accept(actor: Actor | null, upload: StoredUpload | undefined, validOnly: boolean): Promise<SeekerImport> {
    let queued = false;
    try {
      const a = requireActor(actor, Role.STAFF, Role.ADMIN);
      if (!upload) throw InvalidInputError.field('file', 'import.file.missing');
      const verdict = await judgeContent(await readFile(upload.path));
      if (!verdict.ok) throw InvalidInputError.field('file', verdict.key, 'params' in verdict ? verdict.params : undefined);
      const fileName = displayFileName(upload.originalName);
      const [row]: Array<{ id: string }> = await this.ds.query(
        `INSERT INTO seeker_import (created_by, scope_county_code, file_name, format, file_size, valid_only)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [a.userId, a.role === Role.STAFF ? a.scopeCountyCode : null, fileName, verdict.format, upload.size, validOnly]);
      const job = await this.ds.getRepository(SeekerImport).findOneByOrFail({ id: row.id });
      const requestId = requestStorage.getStore()?.requestId ?? row.id;
      this.runner.enqueue({ id: row.id, actor: a, path: upload.path, format: verdict.format, fileName, validOnly, requestId });
      queued = true;
      return job;
    } finally {
      if (!queued) await removeUpload(upload?.path);
    }
  }

  async get(actor: Actor | null, id: string): Promise<SeekerImport> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const job = await this.ds.getRepository(SeekerImport).findOneBy({ id });
    if (!job) throw new NotFoundError('seekerImport');
    if (!canSeeImport(a, job)) throw new ForbiddenError('error.outOfScope');
    return job;
  }

  async list(actor: Actor | null, pageInput?: PageInput): Promise<Page<SeekerImport>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(SeekerImport).createQueryBuilder('i');
    if (a.role === Role.STAFF && a.scopeCountyCode) qb.where('i.scopeCountyCode = :scope', { scope: a.scopeCountyCode });
    const [items, total] = await qb.orderBy('i.createdAt', 'DESC').addOrderBy('i.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  /** The problems of the rows, in row order, in the reader's language. The job was authorized by whoever loaded it. */
  async problems(job: SeekerImport, pageInput?: PageInput): Promise<Page<ImportProblem>> {
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const [rows, [{ n }]] = await Promise.all([
      this.ds.query(
        `SELECT row_number, column_name, message_key, params FROM seeker_import_problem
          WHERE import_id = $1 ORDER BY row_number, id LIMIT $2 OFFSET $3`, [job.id, limit, offset]) as Promise<ProblemRow[]>,
      this.ds.query(`SELECT count(*)::int AS n FROM seeker_import_problem WHERE import_id = $1`, [job.id]) as Promise<Array<{ n: number }>>,
    ]);
    return { items: rows.map(toProblem), total: n, page, pageSize };
  }

  /** The file-level outcome (missing columns, how many rows were wrong, a failure) in the reader's language. */
  message(job: SeekerImport): string | null {
    return job.messageKey ? translate(job.messageKey, job.messageParams) : null;
  }

  /** Where the error report is downloaded, while the rejected rows are kept. */
  reportUrl(job: SeekerImport): string | null {
    const kept = Date.now() - job.createdAt.getTime() < IMPORT_RULES.rejectedRowsRetentionDays * 86_400_000;
    return job.errorRows > 0 && kept && job.status !== ImportStatus.FAILED ? `/exports/imports/${job.id}/errors.xlsx` : null;
  }

  /** The rejected rows for the error report; reading them (they hold ID numbers) is audited. */
  async reportRows(actor: Actor | null, id: string): Promise<{ job: SeekerImport; rows: AsyncIterable<ReportRow> }> {
    const job = await this.get(actor, id);
    await this.audit.record(actor, [{ action: 'READ_SENSITIVE', entity: 'seeker_import', entityId: id, field: 'rejectedRows', detail: { errorRows: job.errorRows } }]);
    return { job, rows: this.rejectedRows(id) };
  }

  private async *rejectedRows(id: string): AsyncGenerator<ReportRow> {
    let after = 0;
    for (;;) {
      const rows: Array<{ row_number: number; cells_enc: Buffer }> = await this.ds.query(
        `SELECT row_number, cells_enc FROM seeker_import_rejected_row WHERE import_id = $1 AND row_number > $2 ORDER BY row_number LIMIT 1000`,
        [id, after]);
      if (!rows.length) return;
      const last = rows[rows.length - 1].row_number;
      const problems: ProblemRow[] = await this.ds.query(
        `SELECT row_number, column_name, message_key, params FROM seeker_import_problem
          WHERE import_id = $1 AND row_number > $2 AND row_number <= $3 ORDER BY row_number, id`, [id, after, last]);
      const byRow = new Map<number, ImportProblem[]>();
      for (const p of problems) byRow.set(p.row_number, [...(byRow.get(p.row_number) ?? []), toProblem(p)]);
      for (const r of rows) {
        yield { rowNumber: r.row_number, cells: JSON.parse(this.crypto.decrypt(r.cells_enc)) as string[], problems: byRow.get(r.row_number) ?? [] };
      }
      after = last;
    }
  }
}

interface ProblemRow { row_number: number; column_name: string; message_key: string; params: Record<string, string | number> }

function toProblem(p: ProblemRow): ImportProblem {
  return { rowNumber: p.row_number, column: p.column_name, message: translate(p.message_key, p.params) };
}
