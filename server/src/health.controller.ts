// Liveness and readiness: the database answers, and how far the search outbox lags behind.
import { Controller, Get, Header } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('health')
export class HealthController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async health() {
    const rows: Array<{ pending: string; oldest: string | null }> = await this.ds.query(
      `SELECT count(*) AS pending, EXTRACT(EPOCH FROM now() - min(created_at)) AS oldest FROM outbox WHERE processed_at IS NULL`);
    return {
      status: 'ok',
      database: 'ok',
      outbox: { pending: Number(rows[0].pending), lagSeconds: rows[0].oldest ? Math.round(Number(rows[0].oldest)) : 0 },
    };
  }
}
