// Liveness and readiness: the database answers, how far the search outbox lags behind, and what the index holds.
import { Controller, Get, Header, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { POSTINGS_INDEX, SEEKERS_INDEX } from './search/indexes.js';
import { SearchEngine } from './search/search-engine.js';

@Controller('health')
export class HealthController {
  constructor(private readonly ds: DataSource, @Optional() private readonly search?: SearchEngine) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async health() {
    const rows: Array<{ pending: string; retrying: string; oldest: string | null }> = await this.ds.query(
      `SELECT count(*) AS pending, count(*) FILTER (WHERE attempts > 0) AS retrying,
              EXTRACT(EPOCH FROM now() - min(created_at)) AS oldest FROM outbox WHERE processed_at IS NULL`);
    return {
      status: 'ok',
      database: 'ok',
      outbox: {
        pending: Number(rows[0].pending), retrying: Number(rows[0].retrying),
        lagSeconds: rows[0].oldest ? Math.round(Number(rows[0].oldest)) : 0,
      },
      search: await this.searchState(),
    };
  }

  /** A search engine that does not answer degrades search, not the server: reported, never thrown. */
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
