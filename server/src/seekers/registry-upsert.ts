// Writes checked registry rows (the federation's 残疾人名册) into seeker profiles in bulk: COPY into a temporary
// table, then one UPDATE of the profiles whose registry fields changed and one INSERT of the new ones, all keyed on
// the certificate hash. The seekers feature owns the profiles; reporting's import calls this through SeekersService.
// The caller holds the transaction, so a failure anywhere leaves nothing behind.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DisabilityCategory, Education, EmploymentStatus, Gender, Residence } from '../common/domain.js';
import { copyField, type Value } from '../database/seed/rows.js';

/** A checked registry row (reporting/import/registry-row.ts reads and checks them; the profile is the seekers'). */
export interface RegistryRecord {
  rowNumber: number;
  name: string;
  gender: Gender;
  birthDate: string;
  /** normalised, 20 characters (a reissue suffix dropped) */
  certificateNumber: string;
  category: DisabilityCategory;
  level: number;
  countyCode: string;
  residence: Residence;
  phone: string | null;
  education: Education | null;
  graduateSchool: string | null;
  graduateYear: number | null;
  employmentStatus: EmploymentStatus | null;
}

/** The only forms in which a certificate number leaves the process: a keyed hash, the ciphertext, a masked copy. */
export interface ProtectedNumber { hash: string; enc: Buffer; masked: string }

const STAGE_COLUMNS = [
  'row_number', 'certificate_hash', 'certificate_enc', 'certificate_masked', 'name', 'gender', 'birth_date', 'county_code',
  'residence', 'category', 'level', 'phone', 'education', 'graduate_school', 'graduate_year', 'employment_status',
] as const;

function stageValues(r: RegistryRecord, n: ProtectedNumber): Value[] {
  return [r.rowNumber, n.hash, n.enc, n.masked, r.name, r.gender, r.birthDate, r.countyCode,
    r.residence, r.category, r.level, r.phone, r.education, r.graduateSchool, r.graduateYear, r.employmentStatus];
}

const CHUNK = 2000;

/**
 * Copies the rows into `import_row`, a temporary table dropped at commit. Certificate numbers are protected chunk by
 * chunk as COPY reads, so the whole file is never held twice in memory.
 */
export async function stageRecords(
  client: pg.ClientBase, records: readonly RegistryRecord[], protect: (certificateNumber: string) => ProtectedNumber,
): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE import_row (
      row_number integer NOT NULL, certificate_hash char(64) NOT NULL, certificate_enc bytea NOT NULL, certificate_masked text NOT NULL,
      name text NOT NULL, gender text NOT NULL, birth_date date NOT NULL, county_code varchar(6) NOT NULL, residence text NOT NULL,
      category text NOT NULL, level smallint NOT NULL, phone text, education text, graduate_school text, graduate_year smallint,
      employment_status text
    ) ON COMMIT DROP`);
  function* chunks(): Generator<string> {
    for (let start = 0; start < records.length; start += CHUNK) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(start + CHUNK, records.length); i++) {
        lines.push(stageValues(records[i], protect(records[i].certificateNumber)).map(copyField).join('\t'));
      }
      yield lines.join('\n') + '\n';
    }
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`COPY import_row (${STAGE_COLUMNS.join(', ')}) FROM STDIN`)));
  await client.query(`ANALYZE import_row`);
}

/**
 * The registry's fields of a profile. A blank optional cell (phone, education, school, year, employment status)
 * never erases what the profile holds; the seeker's own data (consents, needs, skills, preferences) is never touched.
 */
const CHANGED_VALUES = `(r.name, r.gender, r.birth_date, r.county_code, r.residence, r.category, r.level,
  COALESCE(r.phone, s.phone), COALESCE(r.education, s.education), COALESCE(r.graduate_school, s.graduate_school),
  COALESCE(r.graduate_year, s.graduate_year), COALESCE(r.employment_status, s.employment_status))`;
const CURRENT_VALUES = `(s.name, s.gender, s.birth_date, s.county_code, s.residence, s.category, s.level,
  s.phone, s.education, s.graduate_school, s.graduate_year, s.employment_status)`;

export interface UpsertCounts { created: number; updated: number; unchanged: number }

/**
 * Applies the staged rows. `scopeCountyCode` (county staff) limits updates to profiles of that county; the rows
 * were checked against it already, so this only guards against a profile moved meanwhile.
 */
export async function upsertStaged(client: pg.ClientBase, scopeCountyCode: string | null): Promise<UpsertCounts> {
  const matched = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM import_row r JOIN seeker_profile s ON s.certificate_hash = r.certificate_hash`);
  // a changed profile of someone who agreed to be found goes to the search index (the search feed trigger)
  const changed = await client.query<{ id: string }>(`
    UPDATE seeker_profile s
       SET name = r.name, gender = r.gender, birth_date = r.birth_date, county_code = r.county_code, residence = r.residence,
           category = r.category, level = r.level, phone = COALESCE(r.phone, s.phone), education = COALESCE(r.education, s.education),
           graduate_school = COALESCE(r.graduate_school, s.graduate_school), graduate_year = COALESCE(r.graduate_year, s.graduate_year),
           employment_status = COALESCE(r.employment_status, s.employment_status), updated_at = now()
      FROM import_row r
     WHERE s.certificate_hash = r.certificate_hash
       AND ($1::varchar IS NULL OR s.county_code = $1)
       AND ${CURRENT_VALUES} IS DISTINCT FROM ${CHANGED_VALUES}
    RETURNING s.id`, [scopeCountyCode]);
  // registry seekers have no account (user_id NULL) until the person signs up
  const created = await client.query(`
    INSERT INTO seeker_profile (name, gender, birth_date, county_code, residence, phone, certificate_enc, certificate_hash,
                                certificate_masked, category, level, education, graduate_school, graduate_year, employment_status)
    SELECT r.name, r.gender, r.birth_date, r.county_code, r.residence, r.phone, r.certificate_enc, r.certificate_hash,
           r.certificate_masked, r.category, r.level, COALESCE(r.education, 'NONE'), r.graduate_school, r.graduate_year,
           COALESCE(r.employment_status, 'UNEMPLOYED')
      FROM import_row r
     WHERE NOT EXISTS (SELECT 1 FROM seeker_profile s WHERE s.certificate_hash = r.certificate_hash)`);
  const m = matched.rows[0].n;
  const u = changed.rows.length;
  return { created: created.rowCount ?? 0, updated: u, unchanged: m - u };
}
