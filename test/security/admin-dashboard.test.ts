/**
 * Attacks on the operators' dashboard (issue 15): markup smuggled in through a source's name or
 * error, hostile form input, a session that outlives a password reset, and a link sent to a
 * visitor with a planted session id. Each answers with escaped text or a 4xx, never a 500.
 */
import { SourceStore } from '../../src/store/source-store';
import { bootAdmin, Client, login, PASSWORD, setPassword } from '../support/admin';

/** Lotse's clock stands still here, so a slow machine cannot refill the login quota mid-test. */
const STANDING_CLOCK = new Date();
const admin = bootAdmin(() => STANDING_CLOCK);

async function operator(email: string): Promise<Client> {
  const browser = new Client(admin.url);
  await setPassword(browser, await admin.invite(email));
  expect((await login(browser, email, PASSWORD)).status).toBe(303);
  return browser;
}

describe('attacks on /admin', () => {
  it('shows a source name and error with markup as text', async () => {
    const sources = new SourceStore(admin.app().db.prisma);
    const added = await sources.add({ name: '<script>alert(1)</script>', url: 'https://evil.example/feed', format: 'csv', kind: 'jobs' });
    await sources.recordOutcome(added.id, { status: 'failed', error: '<img src=x onerror=alert(2)>', summary: {}, at: new Date() });
    const page = await (await operator('xss@netzwerk.example')).request('/admin');
    expect(page.status).toBe(200);
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.body).not.toContain('<img src=x');
    expect(page.body).not.toContain('<script>alert');
  });

  it('answers hostile form input with a 4xx, never a 500', async () => {
    const browser = new Client(admin.url);
    const form = await browser.request('/admin/login');
    const csrf = Client.csrf(form.body);
    const long = await browser.request('/admin/login', { csrf, email: 'a'.repeat(100_000), password: 'b'.repeat(100_000) });
    expect(long.status).toBe(401);
    const res = await fetch(`${admin.url()}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":["x"],"password":{"$ne":null}}' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const badToken = await browser.request('/admin/set-password?token=%3Cscript%3E');
    expect(badToken.status).toBe(410);
    expect(badToken.body).not.toContain('<script>');
  });

  it('ends every session of an operator whose password is set again', async () => {
    const browser = await operator('reset@netzwerk.example');
    expect((await browser.request('/admin')).status).toBe(200);
    await setPassword(new Client(admin.url), await admin.invite('reset@netzwerk.example'), 'ein neues langes Passwort');
    expect((await browser.request('/admin')).status).toBe(303);
  });

  it('gives a new session id at login, so a planted one is worth nothing', async () => {
    const planted = 'p'.repeat(43);
    const browser = new Client(admin.url);
    await setPassword(browser, await admin.invite('fixation@netzwerk.example'));
    browser.plant('lotse_admin', planted);
    expect((await browser.request('/admin')).status).toBe(303);
    const loggedIn = await login(browser, 'fixation@netzwerk.example', PASSWORD);
    const issued = /lotse_admin=([^;]+)/.exec(loggedIn.cookies.join('\n'))![1];
    expect(issued).not.toBe(planted);
    expect(issued).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await browser.request('/admin')).status).toBe(200);
    const withPlanted = await fetch(`${admin.url()}/admin`, { redirect: 'manual', headers: { cookie: `lotse_admin=${planted}` } });
    expect(withPlanted.status).toBe(303);
  });

  // Last: it uses up this address's quota of form posts.
  it('slows down one address that tries many passwords across accounts', async () => {
    const browser = new Client(admin.url);
    const csrf = Client.csrf((await browser.request('/admin/login')).body);
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) statuses.push((await browser.request('/admin/login', { csrf, email: `user${i}@netzwerk.example`, password: 'geraten' })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.at(-1)).toBe(429);
  });
});
