// The saved-search alert runner: for each due saved search, the postings published since it was last looked at that
// match its words and filters and pass the seeker's hard constraints (search's engine filter and the matcher, the same
// rules as search and recommendations), leaving out jobs the seeker applied to, jobs with no openings left or past
// their deadline, and jobs an earlier alert already listed. Instant searches are due at every run; daily ones once a
// day (China time) from the digest hour, all of a person's daily searches in one notice. A run only looks as far as
// the search index is up to date (postings still waiting in the outbox are left for the next run), so nothing is
// missed when the index lags, and each search's cursor and its alert are written in one transaction with the notice,
// so nothing is sent twice. `runDue(now)` takes the time, so tests and a job queue can call it.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ConsentPurpose } from '../../common/domain.js';
import { queryRows } from '../../database/sql.js';
import type { MatchPosting } from '../../matching/matcher.js';
import { NotificationKind } from '../../notifications/notification-kind.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { SeekerProfile } from '../../seekers/seeker-profile.entity.js';
import { SeekersService } from '../../seekers/seekers.service.js';
import { PostingsSearchService } from '../postings-search.service.js';
import { SavedSearch, SavedSearchFrequency } from './saved-search.entity.js';
import { searchPath } from './saved-search-words.js';

/** Postings committed a little after their publication time are still caught: each window starts this much earlier. */
const OVERLAP_MS = 2 * 60_000;
/** At most this many titles are named in a notice; the page lists every job. */
const TITLES_NAMED = 3;
const USERS_PER_RUN = 1000;

type Row = MatchPosting & { id: string; title: string };

export interface AlertRun { searches: number; alerts: number; notices: number; horizon: Date }

@Injectable()
export class SavedSearchAlertsService {
  constructor(
    private readonly ds: DataSource,
    private readonly search: PostingsSearchService,
    private readonly seekers: SeekersService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends every alert that is due at `now`; safe to run in several instances at once (rows are claimed). */
  async runDue(now: Date = new Date()): Promise<AlertRun> {
    const horizon = await this.horizon(now);
    const digest = chinaHour(now) >= this.config.savedSearchAlerts.digestHour;
    const users = await queryRows<{ user_id: string }>(this.ds,
      `SELECT DISTINCT user_id FROM saved_search WHERE ${DUE} LIMIT ${USERS_PER_RUN}`, [horizon, digest, now]);
    const run: AlertRun = { searches: 0, alerts: 0, notices: 0, horizon };
    if (!users.length) return run;
    // when each posting of the due windows was published: a search whose window holds none asks the engine nothing
    const published = (await queryRows<{ at: Date }>(this.ds,
      `SELECT published_at AS at FROM posting WHERE status = 'PUBLISHED' AND published_at <= $1
          AND published_at >= (SELECT min(checked_until) FROM saved_search WHERE ${DUE}) - make_interval(secs => $4)`,
      [horizon, digest, now, OVERLAP_MS / 1000])).map((r) => new Date(r.at).getTime());
    for (const { user_id } of users) {
      const r = await this.ds.transaction((m) => this.runForUser(m, user_id, horizon, digest, now, published));
      run.searches += r.searches; run.alerts += r.alerts; run.notices += r.notices;
    }
    return run;
  }

  /** Up to when the index holds every published posting: now, or just before the oldest posting change still waiting. */
  private async horizon(now: Date): Promise<Date> {
    const [row] = await queryRows<{ oldest: Date | null }>(this.ds,
      `SELECT min(created_at) AS oldest FROM outbox WHERE aggregate = 'posting' AND processed_at IS NULL`);
    const oldest = row?.oldest ? new Date(new Date(row.oldest).getTime() - 1) : null;
    return oldest && oldest < now ? oldest : now;
  }

  private async runForUser(m: EntityManager, userId: string, horizon: Date, digest: boolean, now: Date, published: readonly number[]) {
    const claimed = await queryRows<{ id: string }>(m,
      `SELECT id FROM saved_search WHERE user_id = $4 AND ${DUE} ORDER BY created_at, id FOR UPDATE SKIP LOCKED`, [horizon, digest, now, userId]);
    const byId = new Map((claimed.length ? await m.getRepository(SavedSearch).findBy({ id: In(claimed.map((c) => c.id)) }) : []).map((s) => [s.id, s]));
    const due = claimed.flatMap((c) => byId.get(c.id) ?? []);
    if (!due.length) return { searches: 0, alerts: 0, notices: 0 };
    const profile = await this.matchingProfile(m, userId);
    const seekerId = profile?.id ?? (await this.seekers.idOfUser(userId));
    const taken = new Set<string>();
    const found: Array<{ s: SavedSearch; rows: Row[] }> = [];
    for (const s of due) {
      const from = new Date(Math.max(s.createdAt.getTime(), s.checkedUntil.getTime() - OVERLAP_MS));
      const anyNew = published.some((t) => t >= from.getTime() && t <= horizon.getTime());
      const ids = anyNew ? await this.search.publishedBetween(s.query, s.filter, from, horizon, now, profile) : [];
      const rows = (await this.rows(m, ids, userId, seekerId, horizon, now))
        .filter((p) => !taken.has(p.id) && (!profile || this.search.eligible(profile, p)));
      rows.forEach((p) => taken.add(p.id));
      await m.query(`UPDATE saved_search SET checked_until = $2${rows.length ? ', last_alerted_at = $3' : ''} WHERE id = $1`,
        rows.length ? [s.id, horizon, now] : [s.id, horizon]);
      if (!rows.length) continue;
      await m.query(`INSERT INTO saved_search_alert (saved_search_id, user_id, frequency, posting_ids, created_at) VALUES ($1, $2, $3, $4::uuid[], $5)`,
        [s.id, userId, s.frequency, rows.map((p) => p.id), now]);
      found.push({ s, rows });
    }
    let notices = 0;
    for (const { s, rows } of found.filter((x) => x.s.frequency === SavedSearchFrequency.INSTANT)) {
      await this.notify(m, userId, [s], rows);
      notices++;
    }
    const daily = found.filter((x) => x.s.frequency === SavedSearchFrequency.DAILY);
    if (daily.length) {
      await this.notify(m, userId, daily.map((x) => x.s), daily.flatMap((x) => x.rows));
      notices++;
    }
    return { searches: due.length, alerts: found.length, notices };
  }

  private async notify(m: EntityManager, userId: string, searches: SavedSearch[], rows: Row[]) {
    const titles = rows.slice(0, TITLES_NAMED).map((p) => p.title).join('、') + (rows.length > TITLES_NAMED ? '……' : '');
    await this.notifications.notify(m, [userId], NotificationKind.NEW_MATCHING_JOBS, {
      count: rows.length, titles, searches: searches.map((s) => s.name).join('、'),
      link: searches.length === 1 ? searchPath(searches[0]) : '/saved-searches',
    });
  }

  /** The seeker's profile when they consented to job matching (their needs are used only then). */
  private async matchingProfile(m: EntityManager, userId: string): Promise<SeekerProfile | null> {
    const profile = await m.getRepository(SeekerProfile).findOneBy({ userId });
    if (!profile) return null;
    return (await this.seekers.currentConsents(m, profile.id)).has(ConsentPurpose.JOB_MATCHING) ? profile : null;
  }

  /** The engine's hits, checked on fresh rows, in the engine's order. */
  private async rows(m: EntityManager, ids: string[], userId: string, seekerId: string | null, horizon: Date, now: Date): Promise<Row[]> {
    if (!ids.length) return [];
    const rows = await queryRows<Row>(m,
      `SELECT p.id, p.title, p.county_code AS "countyCode", p.latitude, p.longitude, p.employment_form AS "employmentForm",
              p.salary_min AS "salaryMin", p.salary_max AS "salaryMax", p.education_required AS "educationRequired", p.skills,
              p.demands, p.supports, p.suitable_categories AS "suitableCategories"
         FROM posting p JOIN organization o ON o.id = p.organization_id
        WHERE p.id = ANY($1::uuid[]) AND p.status = 'PUBLISHED' AND o.verification_status = 'VERIFIED'
          AND p.hired_count < p.openings AND p.published_at <= $2
          AND (p.deadline IS NULL OR p.deadline >= ($3::timestamptz AT TIME ZONE 'Asia/Shanghai')::date)
          AND NOT EXISTS (SELECT 1 FROM application a WHERE a.posting_id = p.id AND a.seeker_id = $4)
          AND NOT EXISTS (SELECT 1 FROM saved_search_alert x WHERE x.user_id = $5 AND p.id = ANY(x.posting_ids))`,
      [ids, horizon, now, seekerId, userId]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}

/**
 * Due at a run (parameters: $1 the horizon, $2 whether the digest hour has come, $3 now): instant searches with
 * postings to look at; daily ones last looked at on an earlier day (China time), once the digest hour has come.
 */
const DUE = `checked_until < $1 AND (frequency = 'INSTANT'
  OR ($2 AND (checked_until AT TIME ZONE 'Asia/Shanghai')::date < ($3::timestamptz AT TIME ZONE 'Asia/Shanghai')::date))`;

function chinaHour(d: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(d));
}
