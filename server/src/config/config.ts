// The one reader of process.env: typed, validated, frozen. A bad variable stops start-up naming it.
import { createHash } from 'node:crypto';
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  MEILI_URL: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  DATA_KEY: z.string().min(32).optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(120),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  // unset: 'log' (info), or 'warn' under NODE_ENV=test so test runs stay quiet
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).optional(),
  // auto: readable lines (pino-pretty) outside production when stdout is a terminal, JSON lines otherwise
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  // whether X-Forwarded-For is believed: off (default), on (any hop), a hop count, or addresses/subnets (express "trust proxy")
  TRUST_PROXY: z.string().default('off'),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  DB_POOL_SIZE: z.coerce.number().int().positive().default(20),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().positive().default(15),
  GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(5000),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().positive().default(2000),
  PAGE_SIZE_MAX: z.coerce.number().int().positive().default(100),
  ARGON2_CONCURRENCY: z.coerce.number().int().positive().default(4),
  REGION_FILE: z.string().default('server/regions/xinyang.json'),
  RATE_LIMIT_ADDRESS_PER_MINUTE: z.coerce.number().int().positive().default(30),
  RATE_LIMIT_ACCOUNT_PER_MINUTE: z.coerce.number().int().positive().default(10),
  REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(600),
  INTERVIEW_REMINDERS: z.enum(['on', 'off']).default('on'),
  MESSAGES_PER_MINUTE: z.coerce.number().int().positive().default(10),
  INTEGRITY_CHECK_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(86_400),
  SEARCH_RELAY: z.enum(['on', 'off']).default('on'),
  SEARCH_RELAY_BATCH: z.coerce.number().int().min(1).max(5000).default(200),
  SEARCH_RELAY_POLL_MS: z.coerce.number().int().min(10).default(250),
  SEARCH_RELAY_BACKOFF_MS: z.coerce.number().int().min(1).default(1000),
  SEARCH_RELAY_MAX_BACKOFF_MS: z.coerce.number().int().min(1).default(300_000),
  SEARCH_OUTBOX_RETAIN_DAYS: z.coerce.number().int().min(1).default(7),
  SAVED_SEARCH_ALERT_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(120),
  SAVED_SEARCH_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  // notifications: the job queue's workers (off: deliveries wait in the queue), retries with exponential backoff
  NOTIFY_WORKERS: z.enum(['on', 'off']).default('on'),
  NOTIFY_RETRY_LIMIT: z.coerce.number().int().min(0).max(50).default(8),
  NOTIFY_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(30),
  NOTIFY_RETRY_DELAY_MAX_SECONDS: z.coerce.number().int().min(1).default(3600),
  NOTIFY_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  NOTIFY_POLL_SECONDS: z.coerce.number().min(0.5).default(2),
  // batches a server works on at once (each sends 8 side by side): 2 keeps search at its latency on a 2-core machine
  // while a fair's 20,000 messages go out in about 16 s (bench/results/notify.md)
  NOTIFY_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  // a fixed "now" for the quiet-hours rule (tests and demos only; refused in production)
  NOTIFY_CLOCK: z.string().datetime({ offset: true }).optional(),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  // SMS: 'log' writes into the message log only; 'aliyun' sends through Alibaba Cloud SMS
  SMS_PROVIDER: z.enum(['log', 'aliyun']).default('log'),
  SMS_ENDPOINT: z.string().default('dysmsapi.aliyuncs.com'),
  SMS_PROTOCOL: z.enum(['https', 'http']).default('https'),
  SMS_ACCESS_KEY_ID: z.string().optional(),
  SMS_ACCESS_KEY_SECRET: z.string().optional(),
  SMS_SIGN_NAME: z.string().default('助业通'),
  // the provider's uplink (replies such as TD) is accepted only with this token in the URL; unset: not accepted
  SMS_UPLINK_TOKEN: z.string().min(16).optional(),
  // JSON object: notification kind (or PASSWORD_RESET) -> the provider's template code
  SMS_TEMPLATES: z.string().default('{}').transform((v, ctx) => {
    try {
      const o = JSON.parse(v) as unknown;
      if (o && typeof o === 'object' && !Array.isArray(o) && Object.values(o).every((x) => typeof x === 'string')) return o as Record<string, string>;
    } catch { /* below */ }
    ctx.addIssue({ code: 'custom', message: 'a JSON object of kind -> template code' });
    return z.NEVER;
  }),
  // email: 'log' writes into the message log only; 'smtp' sends with nodemailer
  EMAIL_TRANSPORT: z.enum(['log', 'smtp']).default('log'),
  SMTP_HOST: z.string().default('127.0.0.1'),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(25),
  SMTP_SECURE: z.enum(['on', 'off']).default('off'),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  EMAIL_FROM: z.string().default('助业通 <noreply@zhuyetong.local>'),
  PASSWORD_RESET_PER_PHONE_PER_HOUR: z.coerce.number().int().positive().default(3),
  PASSWORD_RESET_PER_ADDRESS_PER_HOUR: z.coerce.number().int().positive().default(10),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  embeddedPg: { dir: string; port: number };
  meili?: { url: string; key?: string };
  /** 32-byte key for AES-256-GCM of certificate numbers; HMAC key for look-ups derives from it. */
  dataKey: Buffer;
  session: { ttlHours: number; idleMinutes: number; secureCookie: boolean };
  demoData: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** JSON lines, or pino-pretty's readable lines (auto: pretty outside production when stdout is a terminal). */
  logFormat: 'json' | 'pretty';
  /** Express "trust proxy": false unless TRUST_PROXY says which proxies set X-Forwarded-For. */
  trustProxy: boolean | number | string[];
  db: { statementTimeoutMs: number; poolSize: number };
  graphql: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number; introspection: boolean };
  pageSizeMax: number;
  argon2Concurrency: number;
  /** Region data (counties, centre); another city is another file. Relative to the project root. */
  regionFile: string;
  /** Sign-in and sign-up attempts per minute, per client address and per account. */
  rateLimits: { addressPerMinute: number; accountPerMinute: number };
  /** How often event reminders are looked for; 0 turns them off. */
  reminderIntervalSeconds: number;
  /** The day-before interview reminder (on the same interval as event reminders). */
  interviewReminders: boolean;
  /** Messages one person may send per minute in application threads. */
  messagesPerMinute: number;
  integrityCheckIntervalSeconds: number;
  /** The outbox relay that keeps the search index true: batch size, idle poll, retry backoff, how long done rows stay. */
  searchRelay: { enabled: boolean; batchSize: number; pollMs: number; backoffMs: number; maxBackoffMs: number; retainDays: number };
  /** Saved-search alerts: how often due alerts are looked for (0: never on their own), and the hour (China time) of the daily digest. */
  savedSearchAlerts: { intervalSeconds: number; digestHour: number };
  /** Delivery of notifications on SMS and email: workers on the pg-boss queue, transports, quiet-hours clock. */
  notify: {
    workers: boolean; concurrency: number; retryLimit: number; retryDelaySeconds: number; retryDelayMaxSeconds: number; batchSize: number; pollSeconds: number;
    fixedNow?: Date; publicUrl: string;
    sms: { provider: 'log' | 'aliyun'; endpoint: string; protocol: 'https' | 'http'; accessKeyId?: string; accessKeySecret?: string; signName: string; templates: Record<string, string>; uplinkToken?: string };
    email: { transport: 'log' | 'smtp'; host: string; port: number; secure: boolean; user?: string; pass?: string; from: string };
  };
  passwordReset: { perPhonePerHour: number; perAddressPerHour: number };
}

export class ConfigError extends Error {}

/** TRUST_PROXY: off/false, on/true, a hop count, or a comma-separated list of addresses, subnets or express's names (loopback). */
function parseTrustProxy(value: string): boolean | number | string[] {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'off' || v === 'false' || v === '0') return false;
  if (v === 'on' || v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

const DEV_DATA_KEY = 'zhuyetong-development-only-data-key-do-not-use-in-production';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<AppConfig> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.DATA_KEY) {
    throw new ConfigError('Invalid configuration:\n  DATA_KEY: required in production (at least 32 characters)');
  }
  if (e.NODE_ENV === 'production' && e.NOTIFY_CLOCK) {
    throw new ConfigError('Invalid configuration:\n  NOTIFY_CLOCK: not allowed in production');
  }
  if (e.SMS_PROVIDER === 'aliyun' && (!e.SMS_ACCESS_KEY_ID || !e.SMS_ACCESS_KEY_SECRET)) {
    throw new ConfigError('Invalid configuration:\n  SMS_ACCESS_KEY_ID, SMS_ACCESS_KEY_SECRET: required with SMS_PROVIDER=aliyun');
  }
  const dataKey = createHash('sha256').update(e.DATA_KEY ?? DEV_DATA_KEY).digest();
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    embeddedPg: { dir: e.EMBEDDED_PG_DIR, port: e.EMBEDDED_PG_PORT },
    meili: e.MEILI_URL ? { url: e.MEILI_URL, key: e.MEILI_MASTER_KEY } : undefined,
    dataKey,
    session: { ttlHours: e.SESSION_TTL_HOURS, idleMinutes: e.SESSION_IDLE_MINUTES, secureCookie: e.NODE_ENV === 'production' },
    demoData: e.DEMO_DATA === 'auto',
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'warn' : 'log'),
    logFormat: e.LOG_FORMAT === 'auto' ? (e.NODE_ENV !== 'production' && process.stdout.isTTY ? 'pretty' : 'json') : e.LOG_FORMAT,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    db: { statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS, poolSize: e.DB_POOL_SIZE },
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxCost: e.GRAPHQL_MAX_COST,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      introspection: e.NODE_ENV !== 'production',
    },
    pageSizeMax: e.PAGE_SIZE_MAX,
    argon2Concurrency: e.ARGON2_CONCURRENCY,
    regionFile: e.REGION_FILE,
    rateLimits: { addressPerMinute: e.RATE_LIMIT_ADDRESS_PER_MINUTE, accountPerMinute: e.RATE_LIMIT_ACCOUNT_PER_MINUTE },
    reminderIntervalSeconds: e.REMINDER_INTERVAL_SECONDS,
    interviewReminders: e.INTERVIEW_REMINDERS === 'on',
    messagesPerMinute: e.MESSAGES_PER_MINUTE,
    integrityCheckIntervalSeconds: e.INTEGRITY_CHECK_INTERVAL_SECONDS,
    searchRelay: {
      enabled: e.SEARCH_RELAY === 'on', batchSize: e.SEARCH_RELAY_BATCH, pollMs: e.SEARCH_RELAY_POLL_MS, backoffMs: e.SEARCH_RELAY_BACKOFF_MS,
      maxBackoffMs: e.SEARCH_RELAY_MAX_BACKOFF_MS, retainDays: e.SEARCH_OUTBOX_RETAIN_DAYS,
    },
    savedSearchAlerts: { intervalSeconds: e.SAVED_SEARCH_ALERT_INTERVAL_SECONDS, digestHour: e.SAVED_SEARCH_DIGEST_HOUR },
    notify: {
      workers: e.NOTIFY_WORKERS === 'on', concurrency: e.NOTIFY_CONCURRENCY, retryLimit: e.NOTIFY_RETRY_LIMIT, retryDelaySeconds: e.NOTIFY_RETRY_DELAY_SECONDS,
      retryDelayMaxSeconds: e.NOTIFY_RETRY_DELAY_MAX_SECONDS, batchSize: e.NOTIFY_BATCH_SIZE, pollSeconds: e.NOTIFY_POLL_SECONDS,
      fixedNow: e.NOTIFY_CLOCK ? new Date(e.NOTIFY_CLOCK) : undefined, publicUrl: e.PUBLIC_URL.replace(/\/$/, ''),
      sms: {
        provider: e.SMS_PROVIDER, endpoint: e.SMS_ENDPOINT, protocol: e.SMS_PROTOCOL, accessKeyId: e.SMS_ACCESS_KEY_ID,
        accessKeySecret: e.SMS_ACCESS_KEY_SECRET, signName: e.SMS_SIGN_NAME, templates: e.SMS_TEMPLATES, uplinkToken: e.SMS_UPLINK_TOKEN,
      },
      email: {
        transport: e.EMAIL_TRANSPORT, host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_SECURE === 'on', user: e.SMTP_USER,
        pass: e.SMTP_PASS, from: e.EMAIL_FROM,
      },
    },
    passwordReset: { perPhonePerHour: e.PASSWORD_RESET_PER_PHONE_PER_HOUR, perAddressPerHour: e.PASSWORD_RESET_PER_ADDRESS_PER_HOUR },
  });
}

/** DI token for the config object. */
export const APP_CONFIG = Symbol('APP_CONFIG');
