/**
 * The master secret (LOTSE_SECRET) and the keys derived from it. Nothing secret is ever kept in
 * the database: a copy of the database alone lets nobody forge a web chat token or recompute HR
 * pseudonyms. With SQLite and no LOTSE_SECRET, the secret is generated once into a file beside the
 * database (owner-only), so `npm start` needs no configuration; with PostgreSQL every instance
 * must be given the same LOTSE_SECRET (config.ts refuses to start without it).
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config } from './config';
import { sqlitePath } from './store/database';

/** The shortest master secret accepted (also checked in config.ts). */
export const MIN_SECRET_LENGTH = 32;
/** The secret file's name, in the SQLite database's directory. */
export const SECRET_FILE = 'lotse.secret';

/** Keys for one purpose each; the first of a list is used for new values, all of them are accepted. */
export interface SecretKeys {
  /** Direct Line token signing keys: the current secret's first, then the previous one's. */
  tokenSigning: Buffer[];
  /** Keys that turn a web user id into the id of its revocation record (same order). */
  revocation: Buffer[];
  /** The HR pseudonym key (current secret only: pseudonyms already sent are stored with their digest). */
  pseudonym: Buffer;
}

/**
 * Whether a presented secret (webhook secret, token signature, API key) equals the expected one, in
 * time that does not depend on where they first differ. Missing on either side never matches.
 */
export function sameSecret(given: string | Buffer | undefined, expected: string | Buffer | undefined): boolean {
  if (given === undefined || expected === undefined || given.length === 0 || expected.length === 0) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Where the master secret came from. */
export interface MasterSecret {
  current: string;
  previous?: string;
  /** The file it was read from or written to (SQLite default), undefined when given in the environment. */
  file?: string;
  /** True when this start generated it. */
  created: boolean;
}

const SALT = 'lotse';

function derive(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, SALT, `lotse.${purpose}.v1`, 32));
}

/** The purpose keys of a current (and optionally a previous) master secret. */
export function deriveKeys(current: string, previous?: string): SecretKeys {
  const secrets = previous && previous !== current ? [current, previous] : [current];
  return {
    tokenSigning: secrets.map((s) => derive(s, 'directline.token-signing')),
    revocation: secrets.map((s) => derive(s, 'directline.revocation')),
    pseudonym: derive(current, 'hr.pseudonym'),
  };
}

/** HMAC of a value under a key, hex: what the database may hold instead of the value itself. */
export function keyedId(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

/** The secret file beside a SQLite database (`file:./data/lotse.db` → `./data/lotse.secret`). */
export function secretFilePath(databaseUrl: string): string {
  return path.join(path.dirname(sqlitePath(databaseUrl)), SECRET_FILE);
}

/**
 * Reads the secret file, or creates it. The new secret is written to a private temporary file
 * first and then hard-linked to the final name: the link either appears complete or fails with
 * EEXIST, so two processes starting together end up with the same secret.
 */
export function readOrCreateSecretFile(file: string): { secret: string; created: boolean } {
  const existing = readSecretFile(file);
  if (existing) return { secret: existing, created: false };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(temp, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  let created = true;
  try {
    fs.linkSync(temp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    created = false;
  } finally {
    fs.rmSync(temp, { force: true });
  }
  const secret = readSecretFile(file);
  if (!secret) throw new Error(`the secret file ${file} is empty or shorter than ${MIN_SECRET_LENGTH} characters`);
  return { secret, created };
}

function readSecretFile(file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return text.length >= MIN_SECRET_LENGTH ? text : undefined;
}

/** The master secret for this configuration: LOTSE_SECRET, else the file beside the SQLite database. */
export function masterSecret(config: Pick<Config, 'LOTSE_SECRET' | 'LOTSE_PREVIOUS_SECRET' | 'DATABASE_URL' | 'databaseKind'>): MasterSecret {
  const previous = config.LOTSE_PREVIOUS_SECRET;
  if (config.LOTSE_SECRET) return { current: config.LOTSE_SECRET, previous, created: false };
  if (config.databaseKind !== 'sqlite') {
    throw new ConfigError(['LOTSE_SECRET: required with PostgreSQL, the same value on every instance (at least 32 characters, e.g. `openssl rand -base64 48`)']);
  }
  const file = secretFilePath(config.DATABASE_URL);
  try {
    const { secret, created } = readOrCreateSecretFile(file);
    return { current: secret, previous, file, created };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Said here, not as a bare EACCES, which a start failure would read as the database's problem.
    throw new Error(`cannot read or create the secret file ${file}${code ? ` (${code})` : ''}: ${code ? 'make its directory writable' : (err as Error).message}, or set LOTSE_SECRET`);
  }
}
