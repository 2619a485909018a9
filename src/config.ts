/**
 * Configuration from the environment, validated once at start.
 * Every wrong value is reported with its variable name and what is expected.
 */
import fs from 'node:fs';
import { z } from 'zod';

/** Loads a `.env` file (if present) into process.env; variables already set in the environment win. */
export function loadDotEnv(file = '.env'): boolean {
  if (!fs.existsSync(file)) return false;
  process.loadEnvFile(file);
  return true;
}

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

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
    SEED_DEMO: booleanFlag.default('true'),
    DIRECTLINE_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
    DIRECTLINE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(3600),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DIGEST_SCHEDULE: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day HH:MM')
      .default('07:30'),
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
