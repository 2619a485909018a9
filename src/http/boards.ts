/**
 * The job board and the training board (`/jobs`, `/weiterbildungen` and a page per posting):
 * server-rendered HTML without JavaScript, schema.org JSON-LD on the detail pages, texts from
 * locales/ (`?lang=` or Accept-Language), and `?embed=1` without the site header for iframes.
 */
import type { Request, Response, Server } from 'restify';
import { nearestLocale, textsFor, type Texts } from '../i18n';
import type { Logger } from '../log';
import type { JobPosting, Training } from '../matching/types';
import { POSITION_KINDS, type Locale, type PositionKind } from '../profile/types';
import type { BoardPage, BoardService, CommonFilters } from '../services/boards';
import type { SkillVocabulary } from '../services/ports';
import { html, jsonForScript, raw, type Html, type Part } from './html';
import { route } from './server';

export interface BoardsOptions {
  server: Server;
  boards: BoardService;
  vocabulary: SkillVocabulary;
  defaultLocale: Locale;
  log: Logger;
}

const FORMATS = ['classroom', 'online', 'blended'] as const;
const MAX_TEXT = 200;
const DEFAULT_RADIUS = 20;

type Query = Record<string, string>;

/** The query as plain short strings: repeated or oversized parameters are cut, never an error. */
function queryOf(req: Request): Query {
  const out: Query = {};
  for (const [key, value] of Object.entries((req.query ?? {}) as Record<string, unknown>)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string' && first.trim()) out[key] = first.trim().slice(0, MAX_TEXT);
  }
  return out;
}

function numberIn(text: string | undefined, min: number, max: number): number | undefined {
  const n = Number(text);
  return text !== undefined && Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : undefined;
}

function oneOf<T extends string>(text: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === text);
}

function commonFilters(q: Query): CommonFilters {
  return { words: q.q, skill: q.skill, place: q.plz, radiusKm: numberIn(q.radius, 1, 300) ?? DEFAULT_RADIUS, page: numberIn(q.page, 1, 100_000) ?? 1 };
}

function localeOf(req: Request, q: Query, fallback: Locale): Locale {
  const accepted = req.header('accept-language')?.split(',')[0]?.split(';')[0]?.trim();
  return nearestLocale(q.lang ?? accepted, fallback);
}

/** A link to `path` with the given parameters (empty ones left out). */
function link(path: string, params: Query): string {
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '')).toString();
  return search ? `${path}?${search}` : path;
}

/** Parameters every link keeps so the visitor stays in the same language and layout. */
function keep(q: Query): Query {
  const out: Query = {};
  if (q.lang) out.lang = q.lang;
  if (q.embed === '1') out.embed = '1';
  return out;
}

const STYLE = raw(`
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2733;background:#f5f7fa}
header{background:#0b5d7a;color:#fff;padding:.75rem 1rem}header a{color:#fff;text-decoration:none;margin-right:1rem;font-weight:600}
main{max-width:60rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}h1{font-size:1.5rem;margin:.5rem 0 1rem}
form.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.5rem;background:#fff;padding:1rem;border-radius:.5rem;margin-bottom:1rem}
form.filters label{display:flex;flex-direction:column;font-size:.85rem;color:#445}
details.more{grid-column:1/-1}details.more summary{cursor:pointer;color:#0b5d7a;padding:.25rem 0}
details.more .fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.5rem;margin-top:.5rem}
input,select,button{font:inherit;padding:.45rem;border:1px solid #b8c2cc;border-radius:.35rem;background:#fff}
button,.button{background:#0b5d7a;color:#fff;border:0;cursor:pointer;padding:.55rem 1rem;border-radius:.35rem;text-decoration:none;display:inline-block}
ul.hits{list-style:none;padding:0;margin:0}ul.hits li{background:#fff;border-radius:.5rem;padding:.75rem 1rem;margin-bottom:.5rem}
ul.hits a{font-weight:600;color:#0b5d7a}.meta{color:#556;font-size:.9rem}
nav.pages{display:flex;gap:1rem;justify-content:space-between;margin:1rem 0}
article{background:#fff;border-radius:.5rem;padding:1rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{color:#556}dd{margin:0;min-width:0}article p.description{white-space:pre-line}
.tags{display:flex;flex-wrap:wrap;gap:.35rem;padding:0;list-style:none}.tags li{background:#e3eef3;border-radius:1rem;padding:.1rem .6rem;font-size:.9rem}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:1rem}.ask{background:#f39c12}
`);

function page(texts: Texts, q: Query, title: string, body: Html, jsonLd?: unknown): Html {
  const k = keep(q);
  const header = q.embed === '1' ? '' : html`<header><a href="${link('/', k)}">Lotse</a><a href="${link('/jobs', k)}">${texts.t('boards.jobs.title')}</a><a href="${link('/weiterbildungen', k)}">${texts.t('boards.trainings.title')}</a></header>`;
  return html`<!doctype html><html lang="${texts.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Lotse</title><style>${STYLE}</style>${
    jsonLd ? html`<script type="application/ld+json">${jsonForScript(jsonLd)}</script>` : ''
  }</head><body>${header}<main>${body}</main></body></html>`;
}

function send(res: Response, status: number, body: Html): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    // The pages need no script at all: even markup that slipped through could not run one.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'",
  });
  res.end(body.text);
}

function field(label: string, control: Html): Html {
  return html`<label>${label}${control}</label>`;
}

function input(name: string, q: Query, type = 'text'): Html {
  return html`<input type="${type}" name="${name}" value="${q[name] ?? ''}">`;
}

function choice(name: string, q: Query, options: [string, string][], any: string): Html {
  return html`<select name="${name}"><option value="">${any}</option>${options.map(([value, label]) => html`<option value="${value}"${q[name] === value ? raw(' selected') : ''}>${label}</option>`)}</select>`;
}

/** The filters beyond words, skill and place stay folded on a phone until one of them is used. */
function filtersForm(texts: Texts, path: string, q: Query, extra: Html[], extraNames: readonly string[]): Html {
  const moreSet = extraNames.some((name) => q[name] !== undefined);
  const hidden = Object.entries(keep(q)).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`);
  return html`<form class="filters" method="get" action="${path}">${hidden}
${field(texts.t('boards.filter.words'), input('q', q, 'search'))}
${field(texts.t('boards.filter.skill'), input('skill', q))}
${field(texts.t('boards.filter.place'), input('plz', q))}
${field(texts.t('boards.filter.radius'), html`<input type="number" name="radius" min="1" max="300" value="${q.radius ?? String(DEFAULT_RADIUS)}">`)}
<details class="more"${moreSet ? raw(' open') : ''}><summary>${texts.t('boards.filter.more')}</summary><div class="fields">${extra}</div></details><button type="submit">${texts.t('boards.filter.submit')}</button></form>`;
}

function results<T>(texts: Texts, path: string, q: Query, found: BoardPage<T>, item: (hit: BoardPage<T>['hits'][number]) => Html): Html {
  const notices = [
    found.unknownPlace ? html`<p>${texts.t('boards.unknownPlace', { place: q.plz })}</p>` : '',
    html`<p class="meta">${texts.t('boards.count', { count: found.total })}</p>`,
  ];
  const pageLink = (n: number, label: string) => html`<a href="${link(path, { ...q, page: String(n) })}">${label}</a>`;
  const nav = html`<nav class="pages">${found.page > 1 ? pageLink(found.page - 1, texts.t('boards.previous')) : html`<span></span>`}<span>${texts.t('boards.page', { page: found.page, pages: found.pages })}</span>${
    found.page < found.pages ? pageLink(found.page + 1, texts.t('boards.next')) : html`<span></span>`
  }</nav>`;
  return html`${notices}<ul class="hits">${found.hits.map((hit) => html`<li>${item(hit)}</li>`)}</ul>${nav}`;
}

function distance(texts: Texts, km: number | undefined): string {
  return km === undefined ? '' : ` · ${texts.t('boards.distance', { km: Math.round(km) })}`;
}

function pensumText(job: JobPosting): string {
  return job.pensum.min === job.pensum.max ? `${job.pensum.max} %` : `${job.pensum.min}–${job.pensum.max} %`;
}

/** Only web links become hrefs: a feed's `javascript:` link is dropped. */
function webLink(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

function place(item: { postalCode?: string; placeName?: string }): string {
  return [item.postalCode, item.placeName].filter(Boolean).join(' ');
}

function notFound(texts: Texts, q: Query, res: Response): void {
  send(res, 404, page(texts, q, texts.t('boards.notFound.title'), html`<h1>${texts.t('boards.notFound.title')}</h1><p>${texts.t('boards.notFound.text')}</p><p><a href="${link('/jobs', keep(q))}">${texts.t('boards.jobs.title')}</a> · <a href="${link('/weiterbildungen', keep(q))}">${texts.t('boards.trainings.title')}</a></p>`));
}

function askLotse(texts: Texts, q: Query, param: 'job' | 'training', id: string): Html {
  // The demo page opens the chat with this posting as context; in an iframe it opens in the top window.
  return html`<a class="button ask" href="${link('/', { ...keep(q), embed: '', [param]: id })}" target="_top">${texts.t('boards.ask')}</a>`;
}

/** A funding key ("bildungsgutschein") in the reader's language; a key no locale knows is shown as it is. */
function fundingLabel(texts: Texts, key: string): string {
  return texts.has(`boards.funding.${key}`) ? texts.t(`boards.funding.${key}`) : key;
}

/** A job's or training's own page: its facts, skills and description, the way to apply or register, and «ask Lotse». */
function postingArticle(texts: Texts, q: Query, kind: 'job' | 'training', posting: { id: string; title: string; description: string; link?: string }, facts: Part[][], skills: Html): Html {
  const link = webLink(posting.link);
  const action = texts.t(kind === 'job' ? 'boards.apply' : 'boards.register');
  return html`<article><h1>${posting.title}</h1><dl>${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>${skills}<p class="description">${posting.description}</p><div class="actions">${
    link ? html`<a class="button" href="${link}" rel="noopener nofollow">${action}</a>` : ''
  }${askLotse(texts, q, kind, posting.id)}</div></article>`;
}

function skillList(texts: Texts, vocabulary: SkillVocabulary, ids: string[]): Html {
  const labels = ids.map((id) => vocabulary.label(id, texts.locale)).filter((l): l is string => Boolean(l));
  return labels.length ? html`<h2>${texts.t('boards.skills')}</h2><ul class="tags">${labels.map((l) => html`<li>${l}</li>`)}</ul>` : html``;
}

function jobLd(job: JobPosting, vocabulary: SkillVocabulary, locale: Locale): unknown {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: job.description,
    datePosted: job.publishedAt.toISOString().slice(0, 10),
    ...(job.validUntil ? { validThrough: job.validUntil.toISOString() } : {}),
    employmentType: job.pensum.max < 100 ? 'PART_TIME' : job.kind === 'temporary' ? 'TEMPORARY' : job.kind === 'permanent' ? 'FULL_TIME' : 'INTERN',
    hiringOrganization: { '@type': 'Organization', name: job.employerName },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: job.postalCode, addressLocality: job.placeName, addressCountry: job.country } },
    ...(job.startDate ? { jobStartDate: job.startDate } : {}),
    skills: job.skills.map((s) => vocabulary.label(s.conceptId, locale)).filter(Boolean).join(', '),
    ...(webLink(job.link) ? { url: webLink(job.link) } : {}),
  };
}

function trainingLd(training: Training): unknown {
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: training.title,
    description: training.description,
    provider: { '@type': 'Organization', name: training.provider },
    ...(webLink(training.link) ? { url: webLink(training.link) } : {}),
    hasCourseInstance: {
      '@type': 'CourseInstance',
      courseMode: training.online ? 'online' : (training.format ?? 'onsite'),
      ...(training.startDate ? { startDate: training.startDate.toISOString().slice(0, 10) } : {}),
      ...(training.point || training.postalCode ? { location: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: training.postalCode, addressLocality: training.placeName, addressCountry: training.country } } } : {}),
    },
    ...(training.cost ? { offers: { '@type': 'Offer', price: training.cost.amount, priceCurrency: training.cost.currency, category: 'Paid' } } : {}),
  };
}

export function registerBoards(options: BoardsOptions): void {
  const { server, boards, vocabulary, defaultLocale, log } = options;
  const context = (req: Request) => {
    const q = queryOf(req);
    return { q, texts: textsFor(localeOf(req, q, defaultLocale)) };
  };

  /** A posting's own page: 404 when `find` knows no posting with that id. */
  const postingRoute = <T>(path: string, find: (id: string) => Promise<T | undefined | null>, render: (texts: Texts, q: Query, posting: T) => Html) =>
    server.get(path, route(log, async (req, res) => {
      const { q, texts } = context(req);
      const posting = await find(String(req.params.id ?? ''));
      if (!posting) return notFound(texts, q, res);
      send(res, 200, render(texts, q, posting));
    }));

  server.get('/jobs', route(log, async (req, res) => {
    const { q, texts } = context(req);
    const kinds = POSITION_KINDS.map((k): [string, string] => [k, texts.t(`match.kind.${k}`)]);
    const found = await boards.jobs(
      { ...commonFilters(q), occupation: q.beruf, kind: oneOf<PositionKind>(q.kind, POSITION_KINDS), pensum: numberIn(q.pensum, 1, 100), startFrom: /^\d{4}-\d{2}-\d{2}$/.test(q.start ?? '') ? q.start : undefined },
      texts.locale,
    );
    const form = filtersForm(texts, '/jobs', q, [
      field(texts.t('boards.filter.occupation'), input('beruf', q)),
      field(texts.t('boards.filter.kind'), choice('kind', q, kinds, texts.t('boards.filter.any'))),
      field(texts.t('boards.filter.pensum'), html`<input type="number" name="pensum" min="10" max="100" step="10" value="${q.pensum ?? ''}">`),
      field(texts.t('boards.filter.start'), input('start', q, 'date')),
    ], ['beruf', 'kind', 'pensum', 'start']);
    const list = results(texts, '/jobs', q, found, ({ item: job, distanceKm }) =>
      html`<a href="${link(`/jobs/${encodeURIComponent(job.id)}`, keep(q))}">${job.title}</a><div class="meta">${job.employerName} · ${place(job)}${distance(texts, distanceKm)} · ${texts.t(`match.kind.${job.kind}`)} · ${pensumText(job)}</div>`,
    );
    send(res, 200, page(texts, q, texts.t('boards.jobs.title'), html`<h1>${texts.t('boards.jobs.title')}</h1>${form}${list}`));
  }));

  postingRoute('/jobs/:id', (id) => boards.job(id), (texts, q, job) => {
    const facts = [
      [texts.t('boards.employer'), job.employerName],
      [texts.t('boards.place'), place(job)],
      [texts.t('boards.filter.kind'), texts.t(`match.kind.${job.kind}`)],
      [texts.t('boards.filter.pensum'), pensumText(job)],
      [texts.t('boards.filter.start'), job.startDate ?? texts.t('boards.startOpen')],
    ];
    return page(texts, q, job.title, postingArticle(texts, q, 'job', job, facts, skillList(texts, vocabulary, job.skills.map((s) => s.conceptId))), jobLd(job, vocabulary, texts.locale));
  });

  server.get('/weiterbildungen', route(log, async (req, res) => {
    const { q, texts } = context(req);
    const fundings = await boards.fundings();
    const found = await boards.trainings(
      { ...commonFilters(q), online: q.online === '1', format: oneOf(q.format, FORMATS), maxCost: numberIn(q.maxCost, 0, 1_000_000), funding: oneOf(q.funding, fundings) },
      texts.locale,
    );
    const form = filtersForm(texts, '/weiterbildungen', q, [
      field(texts.t('boards.filter.online'), html`<input type="checkbox" name="online" value="1"${q.online === '1' ? raw(' checked') : ''}>`),
      field(texts.t('boards.filter.format'), choice('format', q, FORMATS.map((f): [string, string] => [f, texts.t(`boards.format.${f}`)]), texts.t('boards.filter.any'))),
      field(texts.t('boards.filter.maxCost'), html`<input type="number" name="maxCost" min="0" step="100" value="${q.maxCost ?? ''}">`),
      field(texts.t('boards.filter.funding'), choice('funding', q, fundings.map((f): [string, string] => [f, fundingLabel(texts, f)]), texts.t('boards.filter.any'))),
    ], ['online', 'format', 'maxCost', 'funding']);
    const list = results(texts, '/weiterbildungen', q, found, ({ item: t, distanceKm }) =>
      html`<a href="${link(`/weiterbildungen/${encodeURIComponent(t.id)}`, keep(q))}">${t.title}</a><div class="meta">${t.provider} · ${t.online ? texts.t('boards.format.online') : place(t)}${distance(texts, distanceKm)}${t.cost ? ` · ${t.cost.amount} ${t.cost.currency}` : ''}${t.funding.length ? ` · ${t.funding.map((f) => fundingLabel(texts, f)).join(', ')}` : ''}</div>`,
    );
    send(res, 200, page(texts, q, texts.t('boards.trainings.title'), html`<h1>${texts.t('boards.trainings.title')}</h1>${form}${list}`));
  }));

  postingRoute('/weiterbildungen/:id', (id) => boards.training(id), (texts, q, training) => {
    const facts = [
      [texts.t('boards.provider'), training.provider],
      [texts.t('boards.place'), training.online ? texts.t('boards.format.online') : place(training)],
      [texts.t('boards.filter.format'), training.format ? texts.t(`boards.format.${training.format}`) : ''],
      [texts.t('boards.filter.start'), training.startDate ? training.startDate.toISOString().slice(0, 10) : texts.t('boards.startOpen')],
      [texts.t('boards.cost'), training.cost ? `${training.cost.amount} ${training.cost.currency}` : texts.t('boards.free')],
      [texts.t('boards.filter.funding'), training.funding.map((f) => fundingLabel(texts, f)).join(', ')],
    ].filter(([, v]) => v);
    return page(texts, q, training.title, postingArticle(texts, q, 'training', training, facts, skillList(texts, vocabulary, training.skills)), trainingLd(training));
  });
}
