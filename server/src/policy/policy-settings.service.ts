// Policy settings: defaults from the policy file, the values in force, and changes by city-wide staff (history, audit).
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { displayNames } from '../auth/users.js';
import { Role } from '../common/domain.js';
import { ForbiddenError, InvalidInputError } from '../common/errors.js';
import { currentLocale } from '../common/request-context.js';
import {
  checkPolicyValue, isPolicyKey, policyFromDefaults, readPolicyFile, type PolicyDefault, type PolicyKey, type PolicyValues,
} from './policy.js';
import { PolicySetting, PolicySettingChange } from './policy-setting.entity.js';

@Injectable()
export class PolicySettingsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('PolicySettings');
  readonly defaults: readonly PolicyDefault[];
  private readonly defaultValues: PolicyValues;

  constructor(private readonly ds: DataSource, private readonly audit: AuditService) {
    this.defaults = readPolicyFile();
    // a bad policy file stops start-up, naming the key
    this.defaultValues = policyFromDefaults(this.defaults);
  }

  /** Runs after the migrations (createServer migrates before listen): adds keys the table lacks, never overwrites. */
  async onApplicationBootstrap(): Promise<void> {
    const added = await this.syncDefaults();
    if (added) this.logger.log(`${added} policy settings loaded from the policy file`);
  }

  async syncDefaults(): Promise<number> {
    let added = 0;
    await this.ds.transaction(async (m) => {
      for (const d of this.defaults) {
        const rows: unknown[] = await m.query(
          `INSERT INTO policy_setting (key, value, source, confirmed) VALUES ($1, $2::jsonb, $3, $4)
           ON CONFLICT (key) DO NOTHING RETURNING key`,
          [d.key, JSON.stringify(d.value), d.source, !d.confirm],
        );
        added += rows.length;
      }
    });
    return added;
  }

  label(key: string): string {
    const d = this.defaults.find((x) => x.key === key);
    return d ? d.label[currentLocale()] : key;
  }

  /** The values in force: the table, and the file's default for any key the table does not hold. */
  async values(): Promise<PolicyValues> {
    const rows = await this.ds.getRepository(PolicySetting).find();
    const values: Record<string, unknown> = { ...this.defaultValues };
    for (const r of rows) if (isPolicyKey(r.key)) values[r.key] = r.value;
    return values as unknown as PolicyValues;
  }

  /** One setting in force with the source it is taken from (the table's, else the policy file's), for showing it beside a figure. */
  async setting<K extends PolicyKey>(key: K): Promise<{ value: PolicyValues[K]; source: string }> {
    const row = await this.ds.getRepository(PolicySetting).findOneBy({ key });
    if (row) return { value: row.value as PolicyValues[K], source: row.source };
    return { value: this.defaultValues[key], source: this.defaults.find((d) => d.key === key)!.source };
  }

  /** Whether staff have confirmed a setting's figure (a default marked "confirm" is an estimate until then). */
  async isConfirmed(key: PolicyKey): Promise<boolean> {
    const row = await this.ds.getRepository(PolicySetting).findOneBy({ key });
    return row ? row.confirmed : !this.defaults.find((d) => d.key === key)?.confirm;
  }

  async list(actor: Actor | null): Promise<PolicySetting[]> {
    requireActor(actor, Role.STAFF, Role.ADMIN);
    const rows = await this.ds.getRepository(PolicySetting).find();
    const order = new Map<string, number>(this.defaults.map((d, i) => [d.key, i]));
    return rows.sort((a, b) => (order.get(a.key) ?? 999) - (order.get(b.key) ?? 999));
  }

  async history(actor: Actor | null, key: string): Promise<PolicySettingChange[]> {
    requireActor(actor, Role.STAFF, Role.ADMIN);
    const changes = await this.ds.getRepository(PolicySettingChange).find({ where: { key }, order: { id: 'DESC' }, take: 200 });
    const ids = [...new Set(changes.map((c) => c.changedBy))];
    const names = await displayNames(this.ds, ids);
    return changes.map((c) => Object.assign(c, { changedByName: names.get(c.changedBy) ?? null }));
  }

  /** City-wide staff and administrators only: a county cannot change the rules for the whole city. */
  async update(actor: Actor | null, key: string, value: unknown, source: string | null | undefined, note: string | null | undefined): Promise<PolicySetting> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    if (a.role === Role.STAFF && a.scopeCountyCode !== null) throw new ForbiddenError('error.policyCityWideOnly');
    if (!isPolicyKey(key)) throw InvalidInputError.field('key', 'validation.unknownPolicyKey', { key });
    const newSource = source?.trim() || null;
    if (newSource !== null && (newSource.length < 2 || newSource.length > 1000)) {
      throw InvalidInputError.field('source', 'validation.isLength', { min: 2, max: 1000 });
    }
    if ((note ?? '').length > 1000) throw InvalidInputError.field('note', 'validation.maxLength', { max: 1000 });
    await this.ds.transaction(async (m) => {
      // every row, in key order: rules spanning two keys (ratio ≥ floor) are checked against values nobody is changing
      const rows: PolicySetting[] = await m.getRepository(PolicySetting).createQueryBuilder('s')
        .setLock('pessimistic_write').orderBy('s.key').getMany();
      const current = { ...this.defaultValues } as Record<string, unknown>;
      for (const r of rows) current[r.key] = r.value;
      const problems = checkPolicyValue(key as PolicyKey, value, current as unknown as PolicyValues);
      // name the setting in the message, since its inner fields have no labels of their own
      if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, params: { field: this.label(key), ...p.params } })));
      const old = rows.find((r) => r.key === key);
      const oldSource = old?.source ?? this.defaults.find((d) => d.key === key)!.source;
      await m.query(
        `INSERT INTO policy_setting (key, value, source, confirmed, updated_by, updated_at) VALUES ($1, $2::jsonb, $3, true, $4, now())
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source, confirmed = true,
           updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [key, JSON.stringify(value), newSource ?? oldSource, a.userId],
      );
      await m.query(
        `INSERT INTO policy_setting_change (key, old_value, new_value, old_source, new_source, note, changed_by)
         VALUES ($1, $2::jsonb, $3::jsonb, $4, $5, $6, $7)`,
        [key, JSON.stringify(old?.value ?? current[key]), JSON.stringify(value), oldSource, newSource ?? oldSource, (note ?? '').trim(), a.userId],
      );
      await this.audit.record(a, [{
        action: a.role === Role.ADMIN ? 'ADMIN_ACTION' : 'STAFF_ACTION', entity: 'policy_setting', entityId: key,
        detail: { op: 'update', from: old?.value ?? current[key], to: value },
      }], m);
    });
    return this.ds.getRepository(PolicySetting).findOneByOrFail({ key });
  }
}
