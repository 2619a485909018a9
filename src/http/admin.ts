/**
 * The operators' dashboard (`/admin`): login with a session cookie, a CSRF token on every form,
 * lockout after repeated failures, and a page of aggregates (numbers as tables, bar charts drawn by
 * Chart.js served from node_modules). It never shows a single person.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { MIN_PASSWORD_LENGTH, type OperatorAuth } from '../admin/auth';
import { nearestLocale, textsFor, type Texts } from '../i18n';
import type { Logger } from '../log';
import { projectPath } from '../paths';
import type { Locale } from '../profile/types';
import type { SkillVocabulary } from '../services/ports';
import { MIN_GROUP, type DashboardNumbers, type DashboardSource, type RegionNumbers, type SkillCount } from '../store/dashboard-store';
import { allPlaces } from '../nlu/places';
import type { SourceRecord } from '../store/source-store';
import { html, jsonForScript, raw, type Html } from './html';
import type { ProxyTrust } from './client-address';
import { enforce, requestAddress, TokenBuckets } from './rate-limit';
import { route } from './server';
import { CACHE, CONTENT_TYPES, serveAsset } from './static';

export interface AdminOptions {
  server: Server;
  auth: OperatorAuth;
  dashboard: DashboardSource;
  sources: { list(): Promise<SourceRecord[]> };
  vocabulary: SkillVocabulary;
  defaultLocale: Locale;
  /** Cookies get `Secure` when the public URL is https. */
  publicUrl?: string;
  /** Which proxy's X-Forwarded-For names the client (for the per-address limit on the forms). */
  trustProxy: ProxyTrust;
  log: Logger;
  now?: () => Date;
}

const SESSION_COOKIE = 'lotse_admin';
/** The CSRF token of the forms shown before login (double submit: cookie and field must agree). */
const FORM_COOKIE = 'lotse_admin_form';
const MAX_FIELD = 500;
/** Login and password forms posted per client address and minute: the lockout protects one account, this the CPU (scrypt) and the other accounts. */
const FORM_POSTS_PER_MINUTE = 30;

function cookies(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.header('cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

function field(req: Request, name: string): string {
  const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
  const value = Array.isArray(body[name]) ? (body[name] as unknown[])[0] : body[name];
  return typeof value === 'string' ? value.slice(0, MAX_FIELD) : '';
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length > 0 && x.length === y.length && timingSafeEqual(x, y);
}

const STYLE = raw(`
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2733;background:#f5f7fa}
header{background:#0b5d7a;color:#fff;padding:.75rem 1rem;display:flex;justify-content:space-between;align-items:center}header form{margin:0}
main{max-width:64rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem;margin:.5rem 0 1rem}h2{font-size:1.15rem}
section{background:#fff;border-radius:.5rem;padding:1rem;margin-bottom:1rem}form.box{background:#fff;border-radius:.5rem;padding:1rem;max-width:24rem;display:grid;gap:.75rem}
label{display:flex;flex-direction:column;font-size:.9rem;color:#445}input,button{font:inherit;padding:.45rem;border:1px solid #b8c2cc;border-radius:.35rem}
button{background:#0b5d7a;color:#fff;border:0;cursor:pointer;padding:.55rem 1rem}header button{background:#fff;color:#0b5d7a}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e3e8ee}td.n{text-align:right}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem}.error{color:#a12}.note{color:#556}
`);

export function registerAdmin(options: AdminOptions): void {
  const { server, auth, log } = options;
  const now = options.now ?? (() => new Date());
  const secure = options.publicUrl?.startsWith('https:') ? '; Secure' : '';
  const setCookie = (name: string, value: string, maxAgeSeconds: number) => `${name}=${value}; Path=/admin; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;

  const texts = (req: Request): Texts => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    const accepted = req.header('accept-language')?.split(',')[0]?.split(';')[0]?.trim();
    return textsFor(nearestLocale(typeof q.lang === 'string' ? q.lang : accepted, options.defaultLocale));
  };

  const page = (t: Texts, title: string, body: Html, header: Html | '' = '', scripts = false): string =>
    html`<!doctype html><html lang="${t.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Lotse</title><style>${STYLE}</style></head><body><header><strong>Lotse · ${t.t('admin.title')}</strong>${header}</header><main>${body}</main>${
      scripts ? raw('<script src="/admin/assets/chart.js"></script><script src="/admin/assets/dashboard.js"></script>') : ''
    }</body></html>`.text;

  const send = (res: Response, status: number, body: string, headers: Record<string, string | string[]> = {}) => {
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      // Only our own two scripts may run; the page may not be framed.
      'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      ...headers,
    });
    res.end(body);
  };
  const redirect = (res: Response, to: string, headers: Record<string, string | string[]> = {}) => {
    res.writeHead(303, { Location: to, 'Cache-Control': 'no-store', ...headers });
    res.end();
  };

  /** The pre-login form token: the cookie's, or a new one set with the page. */
  const formToken = (req: Request): { token: string; headers: Record<string, string> } => {
    const existing = cookies(req)[FORM_COOKIE];
    if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return { token: existing, headers: {} };
    const token = randomBytes(32).toString('base64url');
    return { token, headers: { 'Set-Cookie': setCookie(FORM_COOKIE, token, 3600) } };
  };
  const posts = new TokenBuckets(FORM_POSTS_PER_MINUTE, () => now().getTime());
  /** Counts the post against the address (429 when over) and checks its CSRF token. */
  const checkForm = (req: Request, res: Response) => {
    enforce(res, posts, requestAddress(req, options.trustProxy));
    return sameToken(req);
  };
  const sameToken = (req: Request) => same(field(req, 'csrf'), cookies(req)[FORM_COOKIE] ?? '');
  const forbidden = (req: Request, res: Response) => send(res, 403, page(texts(req), texts(req).t('admin.forbidden'), html`<h1>${texts(req).t('admin.forbidden')}</h1>`));

  const loginForm = (t: Texts, token: string, message?: string) =>
    page(t, t.t('admin.login.title'), html`<h1>${t.t('admin.login.title')}</h1>${message ? html`<p class="error" role="alert">${message}</p>` : ''}<form class="box" method="post" action="/admin/login"><input type="hidden" name="csrf" value="${token}">
<label>${t.t('admin.login.email')}<input type="email" name="email" autocomplete="username" required></label>
<label>${t.t('admin.login.password')}<input type="password" name="password" autocomplete="current-password" required></label>
<button type="submit">${t.t('admin.login.submit')}</button></form>`);

  server.get('/admin/login', route(log, async (req, res) => {
    const { token, headers } = formToken(req);
    const t = texts(req);
    send(res, 200, loginForm(t, token, (req.query as Record<string, unknown>)?.set === '1' ? t.t('admin.password.done') : undefined), headers);
  }));

  server.post('/admin/login', route(log, async (req, res) => {
    if (!checkForm(req, res)) return forbidden(req, res);
    const t = texts(req);
    const result = await auth.login(field(req, 'email'), field(req, 'password'));
    if (!result.ok) {
      log.info({ reason: result.reason }, 'operator login refused');
      return send(res, result.reason === 'locked' ? 429 : 401, loginForm(t, cookies(req)[FORM_COOKIE]!, t.t(`admin.login.${result.reason}`)));
    }
    const seconds = Math.floor((result.expiresAt.getTime() - now().getTime()) / 1000);
    redirect(res, '/admin', { 'Set-Cookie': [setCookie(SESSION_COOKIE, result.sessionId, seconds), setCookie(FORM_COOKIE, '', 0)] });
  }));

  const tokenOf = (req: Request) => {
    const fromQuery = (req.query as Record<string, unknown> | undefined)?.token;
    const token = req.method === 'POST' ? field(req, 'token') : typeof fromQuery === 'string' ? fromQuery : '';
    return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : '';
  };
  const passwordForm = (t: Texts, csrf: string, token: string, message?: string) =>
    page(t, t.t('admin.password.title'), html`<h1>${t.t('admin.password.title')}</h1><p class="note">${t.t('admin.password.rule', { min: MIN_PASSWORD_LENGTH })}</p>${message ? html`<p class="error" role="alert">${message}</p>` : ''}<form class="box" method="post" action="/admin/set-password"><input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="token" value="${token}">
<label>${t.t('admin.password.new')}<input type="password" name="password" autocomplete="new-password" minlength="${MIN_PASSWORD_LENGTH}" required></label>
<label>${t.t('admin.password.repeat')}<input type="password" name="repeat" autocomplete="new-password" required></label>
<button type="submit">${t.t('admin.password.submit')}</button></form>`);
  const invalidLink = (req: Request, res: Response) => {
    const t = texts(req);
    send(res, 410, page(t, t.t('admin.password.invalid'), html`<h1>${t.t('admin.password.invalid')}</h1><p>${t.t('admin.password.invalidText')}</p>`));
  };

  server.get('/admin/set-password', route(log, async (req, res) => {
    const token = tokenOf(req);
    if (!token || !(await auth.inviteValid(token))) return invalidLink(req, res);
    const form = formToken(req);
    send(res, 200, passwordForm(texts(req), form.token, token), form.headers);
  }));

  server.post('/admin/set-password', route(log, async (req, res) => {
    if (!checkForm(req, res)) return forbidden(req, res);
    const token = tokenOf(req);
    if (!token) return invalidLink(req, res);
    const t = texts(req);
    const password = field(req, 'password');
    const csrf = cookies(req)[FORM_COOKIE]!;
    if (password.length < MIN_PASSWORD_LENGTH) return send(res, 400, passwordForm(t, csrf, token, t.t('admin.password.tooShort', { min: MIN_PASSWORD_LENGTH })));
    if (password !== field(req, 'repeat')) return send(res, 400, passwordForm(t, csrf, token, t.t('admin.password.mismatch')));
    if (!(await auth.setPassword(token, password))) return invalidLink(req, res);
    log.info({}, 'operator password set');
    redirect(res, '/admin/login?set=1');
  }));

  const sessionOf = async (req: Request) => {
    const id = cookies(req)[SESSION_COOKIE];
    return id ? { id, session: await auth.session(id) } : undefined;
  };

  server.post('/admin/logout', route(log, async (req, res) => {
    const current = await sessionOf(req);
    if (!current?.session) return redirect(res, '/admin/login');
    if (!same(field(req, 'csrf'), current.session.csrfToken)) return forbidden(req, res);
    await auth.logout(current.id);
    redirect(res, '/admin/login', { 'Set-Cookie': setCookie(SESSION_COOKIE, '', 0) });
  }));

  server.get('/admin', route(log, async (req, res) => {
    const current = await sessionOf(req);
    if (!current?.session) return redirect(res, '/admin/login');
    const t = texts(req);
    const [numbers, sources] = await Promise.all([options.dashboard.numbers(now()), options.sources.list()]);
    const logout = html`<form method="post" action="/admin/logout"><input type="hidden" name="csrf" value="${current.session.csrfToken}"><button type="submit">${t.t('admin.logout')}</button></form>`;
    send(res, 200, page(t, t.t('admin.title'), dashboardBody(t, numbers, sources, options.vocabulary), logout, true));
  }));

  const asset = (at: string, file: () => string) =>
    serveAsset(server, at, () => ({ body: fs.readFileSync(file()), contentType: CONTENT_TYPES.js!, cacheControl: CACHE.short }));
  // The package exports no path to its browser bundle; it sits beside the CommonJS entry.
  asset('/admin/assets/chart.js', () => path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'));
  asset('/admin/assets/dashboard.js', () => projectPath('web', 'admin-dashboard.js'));
}

function numberRows(t: Texts, n: DashboardNumbers): [string, number][] {
  const keys = ['webConversations30d', 'jobProposalsShown30d', 'trainingProposalsShown30d', 'consentsGiven', 'profiles', 'profilesReady', 'saved', 'rejected', 'contactRequests', 'disclosures', 'digestsSent'] as const;
  return keys.map((k) => [t.t(`admin.numbers.${k}`), n[k]]);
}

/** "CH 46xx (Olten)": a region by its postal codes and the first town of the gazetteer there. */
function regionLabel(r: RegionNumbers): string {
  const digits = r.country === 'DE' ? 5 : 4;
  const town = allPlaces().find((p) => p.country === r.country && p.postalCode.length === digits && p.postalCode.startsWith(r.prefix));
  return `${r.country} ${r.prefix}${'x'.repeat(digits - 2)}${town ? ` (${town.name})` : ''}`;
}

function regionsSection(t: Texts, regions: RegionNumbers[], label: (id: string) => string): Html {
  const few = t.t('admin.regions.few', { min: MIN_GROUP });
  const n = (v: number | null) => (v === null ? few : v);
  return html`<section><h2>${t.t('admin.regions.title')}</h2><p class="note">${t.t('admin.regions.note', { min: MIN_GROUP })}</p>
<table><tr><th>${t.t('admin.regions.region')}</th><th>${t.t('admin.regions.profiles')}</th><th>${t.t('admin.regions.postings')}</th><th>${t.t('admin.regions.wishApprenticeship')}</th><th>${t.t('admin.regions.openApprenticeships')}</th><th>${t.t('admin.regions.topGap')}</th></tr>${regions.map(
    (r) => html`<tr><td>${regionLabel(r)}</td><td class="n">${n(r.profiles)}</td><td class="n">${r.openPostings}</td><td class="n">${n(r.wishApprenticeship)}</td><td class="n">${r.openApprenticeships}</td><td>${r.topGap ? `${label(r.topGap.conceptId)} (${r.topGap.count}/${r.topGap.offered})` : '–'}</td></tr>`,
  )}</table>
<canvas id="chart-regions" aria-label="${t.t('admin.regions.title')}"></canvas></section>`;
}

function dashboardBody(t: Texts, n: DashboardNumbers, sources: SourceRecord[], vocabulary: SkillVocabulary): Html {
  const label = (id: string) => vocabulary.label(id, t.locale) ?? id;
  const skillTable = (rows: SkillCount[], head: string) =>
    html`<table><tr><th>${t.t('admin.skills.skill')}</th><th>${head}</th></tr>${rows.map((r) => html`<tr><td>${label(r.conceptId)}</td><td class="n">${r.count}</td></tr>`)}</table>`;
  const rows = numberRows(t, n);
  const charts = [
    { id: 'chart-numbers', labels: rows.map(([l]) => l), series: [{ label: t.t('admin.numbers.title'), data: rows.map(([, v]) => v) }], horizontal: true },
    { id: 'chart-supply', labels: n.demand.map((d) => label(d.conceptId)), series: [
      { label: t.t('admin.skills.asked'), data: n.demand.map((d) => d.count) },
      { label: t.t('admin.skills.offered'), data: n.demand.map((d) => n.supply.find((s) => s.conceptId === d.conceptId)?.count ?? 0) },
    ], horizontal: true },
    { id: 'chart-gaps', labels: n.gaps.map((g) => label(g.conceptId)), series: [{ label: t.t('admin.skills.gap'), data: n.gaps.map((g) => g.count - g.offered) }], horizontal: true },
    { id: 'chart-regions', labels: n.regions.map(regionLabel), series: [
      { label: t.t('admin.regions.postings'), data: n.regions.map((r) => r.openPostings) },
      { label: t.t('admin.regions.profiles'), data: n.regions.map((r) => r.profiles ?? 0) },
    ], horizontal: true },
  ];
  const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '–');
  return html`<h1>${t.t('admin.title')}</h1><p class="note">${t.t('admin.aggregatesOnly')}</p>
<section><h2>${t.t('admin.numbers.title')}</h2><div class="grid"><table>${rows.map(([l, v]) => html`<tr><td>${l}</td><td class="n">${v}</td></tr>`)}</table><div><canvas id="chart-numbers" aria-label="${t.t('admin.numbers.title')}"></canvas></div></div></section>
<section><h2>${t.t('admin.skills.title')}</h2><div class="grid"><div><h3>${t.t('admin.skills.asked')}</h3>${skillTable(n.demand, t.t('admin.skills.postings'))}</div><div><h3>${t.t('admin.skills.offered')}</h3>${skillTable(n.supply, t.t('admin.skills.profiles'))}</div></div>
<canvas id="chart-supply" aria-label="${t.t('admin.skills.title')}"></canvas>
<h3>${t.t('admin.skills.gaps')}</h3><table><tr><th>${t.t('admin.skills.skill')}</th><th>${t.t('admin.skills.postings')}</th><th>${t.t('admin.skills.profiles')}</th></tr>${n.gaps.map((g) => html`<tr><td>${label(g.conceptId)}</td><td class="n">${g.count}</td><td class="n">${g.offered}</td></tr>`)}</table>
<canvas id="chart-gaps" aria-label="${t.t('admin.skills.gaps')}"></canvas></section>
${regionsSection(t, n.regions, label)}
<section><h2>${t.t('admin.sources.title')}</h2><table><tr><th>${t.t('admin.sources.name')}</th><th>${t.t('admin.sources.lastRefresh')}</th><th>${t.t('admin.sources.status')}</th><th>${t.t('admin.sources.items')}</th><th>${t.t('admin.sources.error')}</th></tr>${sources.map(
    (s) => html`<tr><td>${s.name}</td><td>${s.lastRefreshAt ? s.lastRefreshAt.toISOString().slice(0, 16).replace('T', ' ') : '–'}</td><td>${s.lastStatus ?? '–'}</td><td class="n">${s.itemCount}</td><td>${s.lastError ?? ''}</td></tr>`,
  )}</table></section>
<section><h2>${t.t('admin.companies.title')}</h2><table><tr><th>${t.t('admin.companies.name')}</th><th>${t.t('admin.companies.until')}</th></tr>${n.companies.map((c) => html`<tr><td>${c.name}</td><td>${day(c.subscriptionUntil)}</td></tr>`)}</table></section>
<script type="application/json" id="chart-data">${jsonForScript(charts)}</script>`;
}
