/**
 * `npm run bench:token-verify [-- --json] [--verifies 20000] [--postgres <url>]`
 *
 * What the revocation check ("Gerät vergessen", "Profil löschen") costs every Direct Line request:
 * verifying one web chat token without the check (baseline), with the check (one primary-key
 * lookup in TokenRevocation, 1,000 other users revoked), and with the check cached as the app does
 * on PostgreSQL. SQLite in a temporary file; PostgreSQL too with --postgres (a fresh schema).
 * With --json the last stdout line is one JSON object.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { keyedRevocations } from '../src/channels/directline/revocations';
import { memorySigningKey, TokenService, type TokenRevocations } from '../src/channels/directline/tokens';
import { deriveKeys } from '../src/secrets';
import { openDatabase, postgresSchema } from '../src/store/database';
import { TokenRevocationStore } from '../src/store/token-revocations';

const json = process.argv.includes('--json');
const say = (line: string) => {
  if (!json) process.stdout.write(`${line}\n`);
};
function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const VERIFIES = Number(option('verifies') ?? 20_000);
const OTHERS = 1000;
const CACHE_MS = 2000;

/** Microseconds per verify, best of three rounds. */
async function perVerify(tokens: TokenService, token: string, rounds: number): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) await tokens.verify(token);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1000 / rounds);
  }
  return Math.round(best * 10) / 10;
}

async function measure(url: string, rounds: number) {
  const db = await openDatabase(url);
  try {
    const keys = memorySigningKey();
    const revocationKeys = deriveKeys('benchmark-master-secret-0123456789abcdef').revocation;
    const store = new TokenRevocationStore(db.prisma);
    const now = Date.now() / 1000;
    const writer = keyedRevocations(store, revocationKeys);
    for (let i = 0; i < OTHERS; i++) await writer.revoke(`dl_other-user-${i}`, now, now + 86400);
    const service = (revocations?: TokenRevocations) => new TokenService({ keys, ttlSeconds: 3600, revocations });
    const { token } = await service().issue('conversation', 'dl_benchmark-user-0123456789');
    const baseline = await perVerify(service(), token, rounds);
    const checked = await perVerify(service(keyedRevocations(store, revocationKeys)), token, rounds);
    const cached = await perVerify(service(keyedRevocations(store, revocationKeys, CACHE_MS)), token, rounds);
    say(`${db.kind}: ${baseline} µs per verify without the revocation check, ${checked} µs with it, ${cached} µs with it cached`);
    return { baselineUs: baseline, checkedUs: checked, cachedUs: cached, ratio: Math.round((checked / baseline) * 10) / 10 };
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-verify-'));
  const result: Record<string, unknown> = { verifies: VERIFIES };
  try {
    result.sqlite = await measure(`file:${path.join(dir, 'bench.db')}`, VERIFIES);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const postgres = option('postgres');
  if (postgres) {
    const url = new URL(postgres);
    url.searchParams.set('schema', `bench_verify_${process.pid}`);
    try {
      // A network round trip per lookup: fewer rounds keep the run short.
      result.postgres = await measure(url.toString(), Math.max(1, Math.floor(VERIFIES / 10)));
    } finally {
      const { connectionString, schema } = postgresSchema(url.toString());
      const client = new pg.Client({ connectionString });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main();
