/**
 * With MICROSOFT_APP_ID set, /api/messages runs a turn only for a valid Bot Framework JWT. The
 * Bot Framework SDK's own verification runs against a local OpenID metadata server whose RSA key
 * signs the test's tokens (Microsoft's is not reachable offline); everything else is the real
 * Teams channel on a real HTTP server and database.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder-core';
import restify from 'restify';
import { createTeamsChannel } from '../../src/channels/teams';
import { createInvite } from '../../src/hr/invites';
import { HrService } from '../../src/hr/service';
import type { Database } from '../../src/store/database';
import { HrStore } from '../../src/store/hr-store';
import { RecordingMessenger, quietLog, seedCompany } from '../hr/fixtures';
import { openTestSqlite } from '../support/databases';

const APP_ID = '00000000-0000-0000-0000-0000000000aa';
const ISSUER = 'https://api.botframework.com';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const T0 = new Date('2026-11-23T07:30:00Z');

async function listen(server: restify.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An OpenID metadata document and key set as login.botframework.com serves them, for one key endorsed for Teams. */
async function authorityServer(publicKey: KeyObject) {
  const server = restify.createServer();
  const base = await listen(server);
  const jwk = publicKey.export({ format: 'jwk' });
  server.get('/v1/.well-known/openidconfiguration', (_req, res, next) => {
    res.send(200, { issuer: ISSUER, jwks_uri: `${base}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    next();
  });
  server.get('/v1/keys', (_req, res, next) => {
    res.send(200, { keys: [{ kty: 'RSA', use: 'sig', kid: 'lotse-test-key', n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] });
    next();
  });
  return { server, metadataUrl: `${base}/v1/.well-known/openidconfiguration` };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT as the Bot Framework channel service signs it. */
function token(key: KeyObject, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'lotse-test-key' })}.${b64({ iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims })}`;
  return `${body}.${sign('sha256', Buffer.from(body), key).toString('base64url')}`;
}

function activity(extra: Partial<Activity> = {}): Partial<Activity> {
  return {
    type: 'message',
    id: `in-${Math.random()}`,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: '29:hr-person', name: 'Petra HR' },
    recipient: { id: `28:${APP_ID}`, name: 'Lotse' },
    conversation: { id: 'a:teams-conv' } as Activity['conversation'],
    locale: 'de-CH',
    ...extra,
  };
}

describe('/api/messages with MICROSOFT_APP_ID: the Bot Framework token decides', () => {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  let db: Database;
  let base: string;
  const servers: restify.Server[] = [];
  let code: string;

  beforeEach(async () => {
    db = await openTestSqlite();
    const authority = await authorityServer(keys.publicKey);
    servers.push(authority.server);
    const server = restify.createServer();
    server.use(restify.plugins.bodyParser());
    servers.push(server);
    const hr = new HrService({ store: new HrStore(db), messenger: new RecordingMessenger(), locale: 'de-CH', log: quietLog });
    createTeamsChannel({
      server,
      config: { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'secret-password', MICROSOFT_APP_TENANT_ID: undefined, BOT_EMULATOR: false },
      hr,
      log: quietLog,
      now: () => T0,
      authority: { openIdMetadataUrl: authority.metadataUrl, tokenIssuer: ISSUER },
    });
    base = await listen(server);
    await seedCompany(db, 'Muster AG', new Date(T0.getTime() + 30 * 86_400_000));
    code = (await createInvite(new HrStore(db), { company: 'Muster AG', now: T0 })).code;
  });
  afterEach(async () => {
    for (const s of servers.splice(0)) s.close();
    await db.close();
  });

  const post = (body: unknown, bearer?: string) =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify(body),
    });
  const joined = () => db.prisma.hrUser.count();

  it('a token signed by the channel key for this app runs the turn (the HR person joins)', async () => {
    const res = await post(activity({ text: `/hr ${code}` }), token(keys.privateKey));
    expect(res.status).toBeLessThan(300);
    expect(await joined()).toBe(1);
  });

  it('forged, foreign, expired or misdirected tokens run nothing', async () => {
    const refused: [string, string | undefined, Partial<Activity>][] = [
      ['no token', undefined, {}],
      ['signed by another key', token(strangerKey), {}],
      ['for another app', token(keys.privateKey, { aud: '11111111-1111-1111-1111-111111111111' }), {}],
      ['from another issuer', token(keys.privateKey, { iss: 'https://attacker.example' }), {}],
      ['expired', token(keys.privateKey, { exp: Math.floor(Date.now() / 1000) - 3600, nbf: Math.floor(Date.now() / 1000) - 7200 }), {}],
      ['for another serviceUrl', token(keys.privateKey), { serviceUrl: 'https://attacker.example/' }],
    ];
    for (const [what, bearer, extra] of refused) {
      const res = await post(activity({ text: `/hr ${code}`, ...extra }), bearer);
      expect({ what, status: res.status }).toEqual({ what, status: 401 });
    }
    expect(await joined()).toBe(0);
  });

  it('a valid token does not make another channel acceptable', async () => {
    for (const channelId of ['telegram', 'directline', 'emulator']) {
      const res = await post(activity({ channelId, text: `/hr ${code}` }), token(keys.privateKey));
      expect(res.status).toBe(403);
    }
    expect(await joined()).toBe(0);
  });
});
