// The region (city and its counties) is data: read from the configured region file and kept in the county table.
import { Inject, Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { projectRoot } from '../common/project-root.js';
import { currentLocale, type Locale } from '../common/request-context.js';
import { County } from './county.entity.js';

export interface RegionFile {
  cityCode: string;
  cityNameZh: string;
  cityNameEn: string;
  centre: { latitude: number; longitude: number };
  counties: Array<{ code: string; nameZh: string; nameEn: string; latitude: number; longitude: number }>;
  zones: string[];
}

export function readRegionFile(path: string): RegionFile {
  const full = isAbsolute(path) ? path : join(projectRoot(), path);
  return JSON.parse(readFileSync(full, 'utf8')) as RegionFile;
}

/** Upserts the region's counties; idempotent, run at every start. */
export async function syncCounties(ds: DataSource, region: RegionFile): Promise<void> {
  await ds.transaction(async (m) => {
    for (const [i, c] of region.counties.entries()) {
      await m.query(
        `INSERT INTO county (code, city_code, name_zh, name_en, latitude, longitude, sort_order)
         VALUES ($1,$2,$3,$4,$5,$6,$7)
         ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
           latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, sort_order = EXCLUDED.sort_order,
           city_code = EXCLUDED.city_code`,
        [c.code, region.cityCode, c.nameZh, c.nameEn, c.latitude, c.longitude, i],
      );
    }
  });
}

/** 罗山县 / Luoshan County: county names follow the reader's language everywhere. */
export function countyName(c: Pick<County, 'nameZh' | 'nameEn'> | undefined, locale: Locale = currentLocale()): string | undefined {
  return c && (locale === 'en' ? c.nameEn : c.nameZh);
}

@Injectable()
export class RegionsService {
  readonly region: RegionFile;
  private readonly byCode: Map<string, County>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.region = readRegionFile(config.regionFile);
    this.byCode = new Map(
      this.region.counties.map((c, i) =>
        [c.code, Object.assign(new County(), { ...c, cityCode: this.region.cityCode, sortOrder: i })],
      ),
    );
  }

  counties(): County[] {
    return [...this.byCode.values()];
  }

  county(code: string): County | undefined {
    return this.byCode.get(code);
  }

  /** The county's name in the reader's language (the code itself when it is not one of the region's). */
  countyName(code: string, locale: Locale = currentLocale()): string {
    return countyName(this.byCode.get(code), locale) ?? code;
  }

  isCounty(code: string | null | undefined): boolean {
    return !!code && this.byCode.has(code);
  }
}
