// Runs registry imports in the background of the server process, one at a time per instance: check every row
// (progress written to the job row as it goes), keep the problems, then either refuse the file or write the
// valid rows in one transaction. Imports of all instances write one after the other (an advisory lock).
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { type Actor, staffCovers } from '../../auth/actor.js';
import { AuditService } from '../../auth/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { requestStorage } from '../../common/request-context.js';
import { SensitiveCrypto } from '../../common/sensitive-crypto.js';
import { RegionsService } from '../../regions/regions.service.js';
import { SeekersService } from '../../seekers/seekers.service.js';
import { IMPORT_RULES, ImportFormat, ImportStatus } from './import-vocab.js';
import { checkRegistry, type FileProblem, type RejectedRow } from './registry-check.js';
import { readRegistry, type RegistrySource, UnreadableFileError } from './registry-reader.js';
import type { RegistryRecord, RowContext } from './registry-row.js';
import { PolicySettingsService } from '../../policy/policy-settings.service.js';
import { decodeText } from './upload-content.js';
import { ensureUploadDir, removeUpload, sweepUploads } from './upload-files.js';
import { countSheetRows } from './xlsx-zip.js';

export interface QueuedImport {
  id: string;
  actor: Actor;
  path: string;
  format: ImportFormat;
  fileName: string;
  validOnly: boolean;
  requestId: string;
}

interface Counts { total: number; created: number; updated: number; unchanged: number; errorRows: number }
const NO_COUNTS: Counts = { total: 0, created: 0, updated: 0, unchanged: 0, errorRows: 0 };

const LOCK = `hashtext('seeker-registry-import')`;
const BATCH = 2000;

@Injectable()
export class SeekerImportRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SeekerImport');
  private readonly crypto: SensitiveCrypto;
  private readonly queue: QueuedImport[] = [];
  private current: QueuedImport | null = null;
  private draining: Promise<void> | null = null;
  private closing = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly policy: PolicySettingsService,
    private readonly seekers: SeekersService,
  ) {
    this.crypto = new SensitiveCrypto(config.dataKey);
  }

  async onApplicationBootstrap(): Promise<void> {
    ensureUploadDir();
    sweepUploads(24 * 3600_000);
    await this.housekeeping();
    // keeps this instance's waiting jobs alive and fails jobs that another, stopped instance left behind
    this.timer = setInterval(() => void this.housekeeping().catch((e) => this.logger.warn(`housekeeping: ${(e as Error).message}`)), 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearInterval(this.timer);
    const waiting = this.queue.splice(0);
    for (const job of waiting) await removeUpload(job.path);
    if (waiting.length) {
      await this.ds.query(
        `UPDATE seeker_import SET status = 'FAILED', message_key = 'import.interrupted', finished_at = now(), updated_at = now()
          WHERE id = ANY($1::uuid[]) AND status = 'QUEUED'`, [waiting.map((j) => j.id)]).catch(() => undefined);
    }
    await this.draining?.catch(() => undefined);
  }

  enqueue(job: QueuedImport): void {
    this.queue.push(job);
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
    });
  }

  /** Resolves when every import queued so far has finished (tests and the benchmark wait on it). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    for (let job = this.queue.shift(); job && !this.closing; job = this.queue.shift()) {
      this.current = job;
      try {
        await requestStorage.run({ requestId: job.requestId, locale: 'zh-CN', queryCount: 0 }, () => this.process(job));
      } finally {
        this.current = null;
        await removeUpload(job.path);
      }
    }
  }

  private async housekeeping(): Promise<void> {
    const mine = [...this.queue, ...(this.current ? [this.current] : [])].map((j) => j.id);
    if (mine.length) await this.ds.query(`UPDATE seeker_import SET updated_at = now() WHERE id = ANY($1::uuid[])`, [mine]);
    await this.ds.query(
      `UPDATE seeker_import SET status = 'FAILED', message_key = 'import.interrupted', message_params = '{}', finished_at = now(), updated_at = now()
        WHERE status IN ('QUEUED','VALIDATING','WRITING') AND updated_at < now() - make_interval(mins => $1)`,
      [IMPORT_RULES.staleAfterMinutes]);
    // the rejected rows hold personal data: kept only as long as staff need them to correct the file
    await this.ds.query(
      `DELETE FROM seeker_import_rejected_row r USING seeker_import i
        WHERE r.import_id = i.id AND i.created_at < now() - make_interval(days => $1)`, [IMPORT_RULES.rejectedRowsRetentionDays]);
    await this.ds.query(
      `DELETE FROM seeker_import_problem p USING seeker_import i
        WHERE p.import_id = i.id AND i.created_at < now() - make_interval(days => $1)`, [IMPORT_RULES.rejectedRowsRetentionDays]);
  }

  private async process(job: QueuedImport): Promise<void> {
    const started = Date.now();
    const progress = new ProgressWriter(this.ds, job.id);
    try {
      await this.ds.query(`UPDATE seeker_import SET status = 'VALIDATING', started_at = now(), updated_at = now() WHERE id = $1`, [job.id]);
      const source = await this.open(job, progress);
      if ('key' in source) return await this.reject(job, source, [], null);
      const ctx: RowContext = {
        counties: this.regions.counties(), scopeCountyCode: job.actor.scopeCountyCode, today: new Date(),
        acceptReissueSuffix: (await this.policy.values())['certificate.reissueSuffixAccepted'],
      };
      const outcome = await checkRegistry(readRegistry(source), ctx, {
        maxRows: IMPORT_RULES.maxRows,
        onProgress: async (n) => {
          await progress.set(n);
          await yieldToEventLoop(); // the server keeps answering requests while a large file is checked
        },
        screen: job.actor.scopeCountyCode ? (batch) => this.screenExisting(job.actor, batch) : undefined,
      }).catch((e: unknown) => {
        if (e instanceof UnreadableFileError) return { ok: false as const, problem: { key: e.key, params: e.params }, headers: [] };
        throw e;
      });
      if (!outcome.ok) {
        return await this.reject(job, outcome.problem, outcome.headers, null);
      }
      const counts: Counts = { total: outcome.total, created: 0, updated: 0, unchanged: 0, errorRows: outcome.rejected.length };
      await progress.finish(outcome.total);
      await this.ds.query(`UPDATE seeker_import SET headers = $2, updated_at = now() WHERE id = $1`, [job.id, outcome.headers]);
      await this.saveRejected(job.id, outcome.rejected);
      if (outcome.total === 0) return await this.reject(job, { key: 'import.file.empty', params: {} }, outcome.headers, counts);
      if (outcome.rejected.length && !job.validOnly) {
        return await this.reject(job, { key: 'import.file.hasErrors', params: { rows: outcome.rejected.length } }, outcome.headers, counts);
      }
      await this.write(job, outcome.records, counts);
      this.logger.log(`import ${job.id}: ${counts.total} rows, ${counts.created} created, ${counts.updated} updated, `
        + `${counts.unchanged} unchanged, ${counts.errorRows} with errors in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (e) {
      this.logger.error(`[${job.requestId}] import ${job.id} failed: ${(e as Error).stack ?? e}`);
      await this.fail(job).catch((err) => this.logger.error(`import ${job.id}: could not record the failure: ${(err as Error).message}`));
    } finally {
      progress.stop();
    }
  }

  /** The rows' source, with an estimate of their number for the progress bar; or why the file cannot be read. */
  private async open(job: QueuedImport, progress: ProgressWriter): Promise<RegistrySource | FileProblem> {
    const buf = await readFile(job.path);
    if (job.format === ImportFormat.XLSX) {
      const rows = await countSheetRows(buf);
      if (rows === 'TOO_LARGE') return { key: 'import.file.tooManyRows', params: { max: IMPORT_RULES.maxRows } };
      if (rows !== null) await progress.estimate(Math.max(0, rows - 1));
      return { format: ImportFormat.XLSX, path: job.path };
    }
    const text = decodeText(buf);
    if (text === null) return { key: 'import.file.notSpreadsheet', params: {} };
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    await progress.estimate(Math.max(0, lines - 1));
    return { format: ImportFormat.CSV, text };
  }

  /** County staff may not change a profile of another county, even when the row names theirs. */
  private async screenExisting(actor: Actor, batch: readonly RegistryRecord[]): Promise<Map<number, FileProblem>> {
    const hashes = batch.map((r) => this.crypto.hash(r.certificateNumber));
    const rows: Array<{ certificate_hash: string; county_code: string }> = await this.ds.query(
      `SELECT certificate_hash, county_code FROM seeker_profile WHERE certificate_hash = ANY($1::bpchar[])`, [hashes]);
    const countyOf = new Map(rows.map((r) => [r.certificate_hash, r.county_code]));
    const refused = new Map<number, FileProblem>();
    batch.forEach((r, i) => {
      const county = countyOf.get(hashes[i]);
      if (county && !staffCovers(actor, county)) {
        refused.set(r.rowNumber, { key: 'import.row.existingOutOfScope', params: { county: this.regions.countyName(county) } });
      }
    });
    return refused;
  }

  /** Problems in plain form (they name columns and values, never an ID number); the rows themselves encrypted. */
  private async saveRejected(importId: string, rejected: readonly RejectedRow[]): Promise<void> {
    for (let start = 0; start < rejected.length; start += BATCH) {
      const part = rejected.slice(start, start + BATCH);
      const problems = part.flatMap((r) => r.problems.map((p) => ({ row: r.rowNumber, ...p })));
      await this.ds.query(
        `INSERT INTO seeker_import_problem (import_id, row_number, column_name, message_key, params)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::jsonb[])`,
        [importId, problems.map((p) => p.row), problems.map((p) => p.column), problems.map((p) => p.key), problems.map((p) => JSON.stringify(p.params))]);
      await this.ds.query(
        `INSERT INTO seeker_import_rejected_row (import_id, row_number, cells_enc) SELECT $1, * FROM unnest($2::int[], $3::bytea[])`,
        [importId, part.map((r) => r.rowNumber), part.map((r) => this.crypto.encrypt(JSON.stringify(r.cells)))]);
      await yieldToEventLoop();
    }
  }

  /** Writes the valid rows and the job's outcome in one transaction: all of it, or nothing. */
  private async write(job: QueuedImport, records: readonly RegistryRecord[], counts: Counts): Promise<void> {
    await this.ds.query(`UPDATE seeker_import SET status = 'WRITING', updated_at = now() WHERE id = $1`, [job.id]);
    const qr = this.ds.createQueryRunner();
    const client = (await qr.connect()) as pg.PoolClient;
    await qr.startTransaction();
    try {
      // a 200,000-row file takes longer than an ordinary statement may
      await qr.query(`SET LOCAL statement_timeout = '15min'`);
      await qr.query(`SELECT pg_advisory_xact_lock(${LOCK})`);
      Object.assign(counts, await this.seekers.upsertRegistryRecords(client, records, job.actor.scopeCountyCode));
      await qr.query(
        `UPDATE seeker_import SET status = 'DONE', total_rows = $2, processed_rows = $2, created_count = $3, updated_count = $4,
                unchanged_count = $5, error_rows = $6, message_key = NULL, finished_at = now(), updated_at = now() WHERE id = $1`,
        [job.id, counts.total, counts.created, counts.updated, counts.unchanged, counts.errorRows]);
      await this.audit.record(job.actor, [this.auditEntry(job, ImportStatus.DONE, counts)], qr.manager);
      await qr.commitTransaction();
    } catch (e) {
      await qr.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await qr.release();
    }
  }

  /** Refuses the file; `counts` is null when the file could not be read as a registry at all. */
  private async reject(job: QueuedImport, problem: FileProblem, headers: readonly string[], counts: Counts | null): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(
        `UPDATE seeker_import SET status = 'REJECTED', total_rows = $2, processed_rows = COALESCE($2, 0), error_rows = $3, message_key = $4,
                message_params = $5, headers = $6, finished_at = now(), updated_at = now() WHERE id = $1`,
        [job.id, counts?.total ?? null, counts?.errorRows ?? 0, problem.key, JSON.stringify(problem.params), headers]);
      await this.audit.record(job.actor, [this.auditEntry(job, ImportStatus.REJECTED, counts ?? NO_COUNTS, problem.key)], m);
    });
  }

  private async fail(job: QueuedImport): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(
        `UPDATE seeker_import SET status = 'FAILED', created_count = 0, updated_count = 0, unchanged_count = 0, message_key = 'import.failed',
                message_params = $2, finished_at = now(), updated_at = now() WHERE id = $1`,
        [job.id, JSON.stringify({ id: job.requestId })]);
      await this.audit.record(job.actor, [this.auditEntry(job, ImportStatus.FAILED, NO_COUNTS)], m);
    });
  }

  private auditEntry(job: QueuedImport, status: ImportStatus, counts: Counts, reason?: string) {
    return {
      action: 'STAFF_ACTION' as const, entity: 'seeker_import', entityId: job.id,
      detail: { op: 'importSeekers', fileName: job.fileName, format: job.format, validOnly: job.validOnly, status, reason, ...counts },
    };
  }
}

/** Writes the rows checked so far to the job row at most a few times a second. */
class ProgressWriter {
  private last = 0;
  private stopped = false;

  constructor(private readonly ds: DataSource, private readonly id: string) {}

  async estimate(total: number): Promise<void> {
    await this.ds.query(`UPDATE seeker_import SET total_rows = $2, updated_at = now() WHERE id = $1`, [this.id, total]);
  }

  async set(processed: number): Promise<void> {
    if (this.stopped || Date.now() - this.last < 300) return;
    this.last = Date.now();
    await this.ds.query(
      `UPDATE seeker_import SET processed_rows = $2, total_rows = GREATEST(total_rows, $2), updated_at = now() WHERE id = $1`, [this.id, processed]);
  }

  async finish(total: number): Promise<void> {
    await this.ds.query(`UPDATE seeker_import SET processed_rows = $2, total_rows = $2, updated_at = now() WHERE id = $1`, [this.id, total]);
  }

  stop(): void {
    this.stopped = true;
  }
}
