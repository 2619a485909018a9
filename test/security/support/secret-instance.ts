/**
 * One starting instance, as far as the master secret goes: waits for "go" on stdin (so two
 * processes reach the secret file together), then prints a fingerprint of the secret it got.
 * argv: <sqlite database URL>
 */
import { createHash } from 'node:crypto';
import readline from 'node:readline';
import { loadConfig } from '../../../src/config';
import { masterSecret } from '../../../src/secrets';

const config = loadConfig({ DATABASE_URL: process.argv[2] });
const lines = readline.createInterface({ input: process.stdin });
process.stdout.write('ready\n');
lines.once('line', () => {
  const secret = masterSecret(config);
  process.stdout.write(`${JSON.stringify({ fingerprint: createHash('sha256').update(secret.current).digest('hex'), created: secret.created })}\n`);
  lines.close();
});
