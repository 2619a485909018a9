/**
 * Configuration from the environment, validated once at start.
 * Every wrong value is reported with its variable name and what is expected.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { parseTrustProxy } from './http/client-address';
import { addressPolicy } from './sources/fetch';
import { parseOfficeHours } from './handoff/office-hours';

/** Loads a `.env` file (if present) into process.env; variables already set in the environment win. */
export function loadDotEnv(file = '.env'): boolean {
  if (!fs.existsSync(file)) return false;
  process.loadEnvFile(file);
  return true;
}

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const DURATION_UNITS_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A period such as "90m", "1h" or "180d", in milliseconds (retention settings). */
const duration = (fallback: string) =>
  z
    .string()
    .regex(/^[1-9]\d{0,5}[mhd]$/, 'expected a period like 90m, 1h or 180d (minutes, hours, days)')
    .default(fallback)
    .transform((v) => Number(v.slice(0, -1)) * DURATION_UNITS_MS[v.slice(-1) as keyof typeof DURATION_UNITS_MS]);

/** A daily time of day "HH:MM" (server-local). */
const timeOfDay = (fallback: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day HH:MM')
    .default(fallback);

/** A text setting that `parse` reads (it throws on what it cannot). */
const readableBy = (parse: (value: string) => unknown, message: string) =>
  z.string().refine((v) => {
    try {
      parse(v);
      return true;
    } catch {
      return false;
    }
  }, message);

/** A Host header value: a name or IPv4 address, or a bracketed IPv6 address, with an optional port. */
const HOST_NAME = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** A request quota: that many at once, then the same number per minute; 0 switches it off. */
const perMinute = (fallback: number) =>
  z.coerce.number({ message: 'expected requests per minute (0 = no limit)' }).int('expected a whole number').min(0).max(1_000_000).default(fallback);

const optionalUrl = (what: string) =>
  z
    .string()
    .url({ message: `expected an absolute URL (${what})` })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional();

const schema = z
  .object({
    PORT: z.coerce
      .number({ message: 'expected a port number' })
      .int('expected a whole number')
      .min(0, 'expected 0..65535')
      .max(65535, 'expected 0..65535')
      .default(3978),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, 'expected file:… (SQLite) or postgresql://… (PostgreSQL)')
      .default('file:./data/lotse.db'),
    DEFAULT_LOCALE: z.enum(['de-CH', 'de-DE', 'en'], { message: 'expected de-CH, de-DE or en' }).default('de-CH'),
    PUBLIC_URL: optionalUrl('the public base URL, e.g. https://lotse.example.ch'),
    ALLOWED_HOSTS: z
      .string()
      .transform((v) => v.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean))
      .pipe(z.array(z.string().regex(HOST_NAME, 'expected host names or host:port, separated by commas')))
      .default(''),
    TELEGRAM_BOT_TOKEN: z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'expected a bot token from @BotFather (digits, colon, secret)')
      .optional(),
    TELEGRAM_API_ROOT: optionalUrl('the Bot API base URL'),
    TELEGRAM_MODE: z.enum(['polling', 'webhook'], { message: 'expected polling or webhook' }).optional(),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, 'expected 1-256 characters A-Z, a-z, 0-9, _ or -')
      .optional(),
    TELEGRAM_CHAT_RATE_BURST: z.coerce.number().int().min(1).max(1000).default(10),
    TELEGRAM_CHAT_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(6000).default(30),
    TELEGRAM_WORKERS: z.coerce.number().int().min(1).max(256).default(8),
    TELEGRAM_TURN_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    MICROSOFT_APP_ID: z.string().min(1).optional(),
    MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
    MICROSOFT_APP_TENANT_ID: z.string().min(1).optional(),
    BOT_EMULATOR: booleanFlag.default('false'),
    SEED_DEMO: booleanFlag.default('true'),
    DIRECTLINE_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
    DIRECTLINE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(3600),
    DIRECTLINE_SESSION_MAX_SECONDS: z.coerce.number().int().min(300, 'expected at least 300 seconds').max(2_592_000, 'expected at most 30 days').default(86400),
    LOTSE_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
    LOTSE_PREVIOUS_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    RATE_LIMIT_STARTS_PER_IP: perMinute(60),
    RATE_LIMIT_POSTS_PER_IP: perMinute(240),
    RATE_LIMIT_POSTS_PER_CONVERSATION: perMinute(30),
    TRUST_PROXY: readableBy(parseTrustProxy, 'expected false, a number of proxy hops, or a comma list of addresses, CIDR ranges and "loopback"').default('false'),
    DIGEST_SCHEDULE: timeOfDay('07:30'),
    SOURCES_REFRESH_SCHEDULE: timeOfDay('05:30'),
    SOURCES_ALLOWED_NETWORKS: readableBy(addressPolicy, 'expected a comma list of addresses, CIDR ranges and "loopback"').default(''),
    // Live handoff to counsellors (src/handoff): when someone is there, and how long a request waits for a taker.
    OFFICE_HOURS: z.string().refine((v) => parseOfficeHours(v) !== undefined, 'expected days and hours like "Mo-Fr 08:00-17:00" or "Mo-Do 08:00-12:00, 13:30-17:00"').default('Mo-Fr 08:00-17:00'),
    HANDOFF_WAIT_MINUTES: z.coerce.number({ message: 'expected minutes' }).int('expected a whole number').min(1).max(1440).default(10),
    // Retention periods (src/store/retention.ts; README "Privacy" explains each choice).
    RETENTION_ANONYMOUS: duration('1h'),
    RETENTION_TRANSCRIPTS: duration('180d'),
    RETENTION_CONVERSATION_STATE: duration('90d'),
    RETENTION_AUDIT: duration('1095d'),
    RETENTION_CODES: duration('7d'),
    RETENTION_DIGEST_ITEMS: duration('180d'),
    RETENTION_ALERT_DELIVERIES: duration('180d'),
    RETENTION_PROCESSED_UPDATES: duration('1d'),
    RETENTION_CONTACT_REQUESTS: duration('180d'),
    RETENTION_INACTIVE_PERSONS: duration('730d'),
    RETENTION_EXPIRED_OFFERS: duration('90d'),
    RETENTION_WEB_IDENTITIES: duration('180d'),
    RETENTION_USAGE_COUNTS: duration('730d'),
    RETENTION_HANDOFFS: duration('180d'),
  })
  .superRefine((env, ctx) => {
    const mode = env.TELEGRAM_MODE ?? (env.PUBLIC_URL ? 'webhook' : 'polling');
    if (env.TELEGRAM_BOT_TOKEN && mode === 'webhook' && !env.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['TELEGRAM_WEBHOOK_SECRET'],
        message: 'required when Telegram runs in webhook mode',
      });
    }
    if (mode === 'webhook' && env.TELEGRAM_BOT_TOKEN && !env.PUBLIC_URL) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['PUBLIC_URL'], message: 'required for TELEGRAM_MODE=webhook' });
    }
    if (env.MICROSOFT_APP_ID && !env.MICROSOFT_APP_PASSWORD) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['MICROSOFT_APP_PASSWORD'],
        message: 'required when MICROSOFT_APP_ID is set',
      });
    }
  });

export type RawConfig = z.infer<typeof schema>;

export interface Config extends RawConfig {
  telegramMode: 'polling' | 'webhook';
  databaseKind: 'sqlite' | 'postgresql';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; throws a ConfigError listing every wrong value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.') || 'environment';
        const value = typeof present[name] === 'string' && !/TOKEN|SECRET|PASSWORD/.test(name) ? ` (got "${present[name]}")` : '';
        return `${name}: ${issue.message}${value}`;
      }),
    );
  }
  const raw = parsed.data;
  return {
    ...raw,
    telegramMode: raw.TELEGRAM_MODE ?? (raw.PUBLIC_URL ? 'webhook' : 'polling'),
    databaseKind: raw.DATABASE_URL.startsWith('file:') ? 'sqlite' : 'postgresql',
  };
}
