/**
 * The operators' dashboard over real HTTP (demo data on SQLite): an operator invited on the
 * command line sets a password once, logs in and sees the numbers; everyone else gets nothing.
 */
import { UsageStore } from '../../src/store/usage-store';
import { bootAdmin, Client, DISTINCT_FIRST_NAME, login, PASSWORD, setPassword } from '../support/admin';

const admin = bootAdmin();

describe('the operators dashboard', () => {
  it('lets an invited operator set a password, log in and see the numbers, and never a person', async () => {
    const browser = new Client(admin.url);
    const link = await admin.invite('Betrieb@Netzwerk.example');
    expect(link).toMatch(/^\/admin\/set-password\?token=[A-Za-z0-9_-]{43}$/);
    const set = await setPassword(browser, link);
    expect(set.status).toBe(303);
    expect(set.location).toBe('/admin/login?set=1');

    const loggedIn = await login(browser, 'betrieb@netzwerk.example', PASSWORD);
    expect(loggedIn.status).toBe(303);
    expect(loggedIn.location).toBe('/admin');
    const session = loggedIn.cookies.find((c) => c.startsWith('lotse_admin='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/);

    const page = await browser.request('/admin');
    expect(page.status).toBe(200);
    expect(page.csp).toContain("script-src 'self'");
    const prisma = admin.app().db.prisma;
    const profiles = await prisma.person.count();
    expect(page.body).toMatch(new RegExp(`<td>Profile</td><td class="n">${profiles}</td>`));
    const openJobs = await prisma.jobPosting.count();
    expect(openJobs).toBeGreaterThan(0);
    expect(page.body).toContain('<canvas id="chart-supply"');
    expect(page.body).toContain('<script src="/admin/assets/chart.js"></script>');
    const charts = JSON.parse(/<script type="application\/json" id="chart-data">([\s\S]*?)<\/script>/.exec(page.body)![1]!) as { id: string }[];
    expect(charts.map((c) => c.id)).toEqual(['chart-numbers', 'chart-supply', 'chart-gaps', 'chart-regions']);
    expect(page.body).not.toContain(DISTINCT_FIRST_NAME);
    expect(page.body).not.toContain('person-zephyrine');

    const chartJs = await browser.request('/admin/assets/chart.js');
    expect(chartJs.status).toBe(200);
    expect(chartJs.body).toContain('Chart');
  });

  it('accepts an invite link only once', async () => {
    const link = await admin.invite('einmal@netzwerk.example');
    const first = new Client(admin.url);
    expect((await setPassword(first, link)).status).toBe(303);
    const second = new Client(admin.url);
    expect((await second.request(link)).status).toBe(410);
    // Even a form kept open from before cannot set a password with the used token.
    const token = new URLSearchParams(link.split('?')[1]).get('token')!;
    const loginPage = await second.request('/admin/login');
    const replay = await second.request('/admin/set-password', { csrf: Client.csrf(loginPage.body), token, password: 'ein anderes Passwort 1', repeat: 'ein anderes Passwort 1' });
    expect(replay.status).toBe(410);
    expect((await login(new Client(admin.url), 'einmal@netzwerk.example', 'ein anderes Passwort 1')).status).toBe(401);
    expect((await login(new Client(admin.url), 'einmal@netzwerk.example', PASSWORD)).status).toBe(303);
  });

  it('locks an operator out after 5 wrong passwords, even for the right one', async () => {
    const browser = new Client(admin.url);
    await setPassword(browser, await admin.invite('gesperrt@netzwerk.example'));
    for (let i = 0; i < 5; i += 1) expect((await login(browser, 'gesperrt@netzwerk.example', `falsch ${i}`)).status).toBe(401);
    const locked = await login(browser, 'gesperrt@netzwerk.example', PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body).toContain('15 Minuten');
    expect((await browser.request('/admin')).status).toBe(303);
  });

  it('sends a visitor without a session to the login page', async () => {
    const visitor = new Client(admin.url);
    const page = await visitor.request('/admin');
    expect(page.status).toBe(303);
    expect(page.location).toBe('/admin/login');
    const forged = await fetch(`${admin.url()}/admin`, { redirect: 'manual', headers: { cookie: 'lotse_admin=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
    expect(forged.status).toBe(303);
  });

  it('refuses a form posted without its CSRF token, and logs out with it', async () => {
    const browser = new Client(admin.url);
    await setPassword(browser, await admin.invite('csrf@netzwerk.example'));
    expect((await browser.request('/admin/login', { email: 'csrf@netzwerk.example', password: PASSWORD })).status).toBe(403);
    expect((await login(browser, 'csrf@netzwerk.example', PASSWORD)).status).toBe(303);
    const page = await browser.request('/admin');
    expect((await browser.request('/admin/logout', {})).status).toBe(403);
    expect((await browser.request('/admin')).status).toBe(200);
    const out = await browser.request('/admin/logout', { csrf: Client.csrf(page.body) });
    expect(out.status).toBe(303);
    expect((await browser.request('/admin')).status).toBe(303);
  });

  it('shows the proposals shown in the last 30 days, and supply and demand per region without singling out anyone', async () => {
    const prisma = admin.app().db.prisma;
    // The chat counts the cards it shows (test/dialogs/proposals.test.ts); here the counters as the chat leaves them.
    const usage = new UsageStore(prisma);
    await usage.count('proposals.jobs', 7);
    await usage.count('proposals.trainings', 2);
    // Three people who look for a Lehrstelle around Olten (46xx); the seeded profile is alone in 45xx.
    for (const id of ['olten-1', 'olten-2', 'olten-3']) {
      await prisma.person.create({
        data: { id, firstName: DISTINCT_FIRST_NAME, postalCode: '4600', country: 'CH', positionKinds: '["apprenticeship"]', consents: { create: { id: `${id}-c`, kind: 'profile', granted: true, textVersion: 'test' } } },
      });
    }
    const browser = new Client(admin.url);
    await setPassword(browser, await admin.invite('regionen@netzwerk.example'));
    await login(browser, 'regionen@netzwerk.example', PASSWORD);
    const page = await browser.request('/admin');
    expect(page.body).toContain('<td>Gezeigte Stellenvorschläge (letzte 30 Tage)</td><td class="n">7</td>');
    expect(page.body).toContain('<td>Gezeigte Weiterbildungsvorschläge (letzte 30 Tage)</td><td class="n">2</td>');

    const open = { OR: [{ validUntil: null }, { validUntil: { gte: new Date() } }] };
    const olten = await prisma.jobPosting.count({ where: { ...open, country: 'CH', postalCode: { startsWith: '46' } } });
    const oltenApprenticeships = await prisma.jobPosting.count({ where: { ...open, country: 'CH', kind: 'apprenticeship', postalCode: { startsWith: '46' } } });
    expect(olten).toBeGreaterThan(0);
    const row = (label: RegExp) => new RegExp(`<tr><td>${label.source}</td>(<td[^>]*>[^<]*</td>){5}</tr>`).exec(page.body)?.[0];
    expect(row(/CH 46xx \(Olten\)/)).toMatch(new RegExp(`<td class="n">3</td><td class="n">${olten}</td><td class="n">3</td><td class="n">${oltenApprenticeships}</td>`));
    // One profile in 45xx: its numbers are not shown, the postings are.
    expect(row(/CH 45xx \([^)]*\)/)).toMatch(/<td class="n">weniger als 3<\/td><td class="n">\d+<\/td><td class="n">weniger als 3<\/td>/);
    const charts = JSON.parse(/<script type="application\/json" id="chart-data">([\s\S]*?)<\/script>/.exec(page.body)![1]!) as { id: string; labels: string[] }[];
    expect(charts.find((c) => c.id === 'chart-regions')!.labels).toContain('CH 46xx (Olten)');
    expect(page.body).not.toContain(DISTINCT_FIRST_NAME);
    expect(page.body).not.toContain('olten-1');
  });
});
