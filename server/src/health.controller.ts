// Liveness and readiness: the database answers, how far the search outbox lags behind, and what the index holds.
// 200 when every part answers; 503 with the part named (database, search) when one does not.
import { Controller, Get, Header, Optional, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { RETRY_AFTER_SECONDS } from './database/outage.js';
import { POSTINGS_INDEX, SEEKERS_INDEX } from './search/indexes.js';
import { SearchEngine } from './search/search-engine.js';

@Controller('health')
export class HealthController {
  constructor(private readonly ds: DataSource, @Optional() private readonly search?: SearchEngine) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async health(@Res({ passthrough: true }) res: Response) {
    const [database, search] = await Promise.all([this.databaseState(), this.searchState()]);
    const down = [...(database.status === 'ok' ? [] : ['database']), ...(search && search.status !== 'ok' ? ['search'] : [])];
    if (down.length) {
      res.status(503);
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    }
    return { status: down.length ? 'unavailable' : 'ok', down, database: database.status, outbox: database.outbox, search };
  }

  private async databaseState() {
    try {
      const rows: Array<{ pending: string; retrying: string; oldest: string | null }> = await this.ds.query(
        `SELECT count(*) AS pending, count(*) FILTER (WHERE attempts > 0) AS retrying,
                EXTRACT(EPOCH FROM now() - min(created_at)) AS oldest FROM outbox WHERE processed_at IS NULL`);
      return {
        status: 'ok',
        outbox: {
          pending: Number(rows[0].pending), retrying: Number(rows[0].retrying),
          lagSeconds: rows[0].oldest ? Math.round(Number(rows[0].oldest)) : 0,
        },
      };
    } catch {
      return { status: 'unavailable', outbox: null };
    }
  }

  /** A search engine that does not answer is reported, never thrown. */
  private async searchState() {
    if (!this.search) return null;
    try {
      const [postings, seekers] = await Promise.all([this.search.count(POSTINGS_INDEX.name), this.search.count(SEEKERS_INDEX.name)]);
      return { engine: this.search.name, status: 'ok', documents: { postings, seekers } };
    } catch {
      return { engine: this.search.name, status: 'unavailable' };
    }
  }
}
