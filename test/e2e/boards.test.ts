/**
 * The job and training boards of Lotse as `npm start` runs it (demo data on SQLite), over real
 * HTTP without JavaScript: filters, paging, detail pages with schema.org JSON-LD, 404 and escaping.
 */
import { bootBoards, detailLinks, jsonLd } from '../support/boards';

const boards = bootBoards();
const get = boards.get;

describe('the job board', () => {
  it('lists Lehrstellen near 4500 within 20 km, and only those', async () => {
    const page = await get('/jobs?kind=apprenticeship&plz=4500&radius=20');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.body).not.toMatch(/<script(?! type="application\/ld\+json")/);
    const ids = detailLinks(page.body, '/jobs').map((l) => l.slice('/jobs/'.length));
    expect(ids.length).toBeGreaterThan(0);
    const rows = await boards.app().db.prisma.jobPosting.findMany({ where: { id: { in: ids } } });
    expect(rows).toHaveLength(ids.length);
    const { pointDistanceKm } = await import('../../src/matching/geo');
    const { placeByPostalCode } = await import('../../src/nlu/places');
    const solothurn = placeByPostalCode('4500')!;
    for (const row of rows) {
      expect(row.kind).toBe('apprenticeship');
      expect(pointDistanceKm(solothurn, { latitude: row.latitude!, longitude: row.longitude! })).toBeLessThanOrEqual(20);
    }
  });

  it('pages through the results 20 at a time, and the next link keeps the filters', async () => {
    const first = await get('/jobs?kind=permanent');
    const total = await boards.app().db.prisma.jobPosting.count({ where: { kind: 'permanent' } });
    expect(total).toBeGreaterThan(20);
    expect(first.body).toContain(`${total} Treffer`);
    const firstIds = detailLinks(first.body, '/jobs');
    expect(firstIds).toHaveLength(20);
    const next = /href="([^"]*page=2[^"]*)"/.exec(first.body)![1]!.replace(/&amp;/g, '&');
    expect(next).toContain('kind=permanent');
    const second = await get(next);
    const secondIds = detailLinks(second.body, '/jobs');
    expect(secondIds.length).toBeGreaterThan(0);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
  });

  it('shows a posting with employer, skills, apply link and valid JobPosting JSON-LD', async () => {
    const job = await boards.app().db.prisma.jobPosting.findFirstOrThrow({ where: { link: { not: null } }, include: { skills: true } });
    const page = await get(`/jobs/${job.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(job.employerName.replace(/&/g, '&amp;'));
    expect(page.body).toMatch(new RegExp(`<a class="button" href="${job.link!.replace(/[.?]/g, '\\$&')}"[^>]*>Jetzt bewerben</a>`));
    expect(page.body).toContain('Passt das zu mir? Frag Lotse');
    expect(page.body).toContain(`href="/?job=${job.id}"`);
    const ld = jsonLd(page.body);
    expect(ld['@type']).toBe('JobPosting');
    expect(ld.title).toBe(job.title);
    expect((ld.hiringOrganization as { name: string }).name).toBe(job.employerName);
  });

  it('answers an unknown posting with a 404 page', async () => {
    const page = await get('/jobs/does-not-exist');
    expect(page.status).toBe(404);
    expect(page.body).toContain('Nicht gefunden');
  });

  it('speaks English when asked by ?lang= or Accept-Language', async () => {
    expect((await get('/jobs?lang=en')).body).toContain('Jobs and apprenticeships');
    expect((await get('/jobs', { 'accept-language': 'de-DE,de;q=0.9' })).body).toContain('Ausbildungsplätze');
  });

  it('embeds without the site header', async () => {
    const page = await get('/jobs?embed=1');
    expect(page.body).not.toContain('<header>');
    expect(page.body).toContain('embed=1');
  });

});

describe('the training board', () => {
  it('filters online trainings and shows a Course with JSON-LD', async () => {
    const page = await get('/weiterbildungen?online=1');
    expect(page.status).toBe(200);
    const links = detailLinks(page.body, '/weiterbildungen');
    expect(links.length).toBeGreaterThan(0);
    const ids = links.map((l) => l.slice('/weiterbildungen/'.length));
    const rows = await boards.app().db.prisma.training.findMany({ where: { id: { in: ids } } });
    expect(rows.every((r) => r.online)).toBe(true);
    const detail = await get(links[0]!);
    expect(jsonLd(detail.body)['@type']).toBe('Course');
    expect((await get('/weiterbildungen/nope')).status).toBe(404);
  });

  it('names funding in the reader\'s language: in the filter, on the list and on the detail page, never as a key', async () => {
    const row = await boards.app().db.prisma.training.findFirstOrThrow({ where: { funding: { contains: 'bildungsgutschein' } } });
    const de = await get('/weiterbildungen?funding=bildungsgutschein&lang=de-DE');
    expect(de.body).toMatch(/<option value="bildungsgutschein" selected>Bildungsgutschein<\/option>/);
    expect(de.body).toMatch(/<option value="aufstiegs-bafoeg">Aufstiegs-BAföG<\/option>/);
    expect(de.body).toMatch(/<div class="meta">[^<]* · Bildungsgutschein<\/div>/);
    expect(de.body).not.toMatch(/>[^<]*\bbildungsgutschein\b/);

    const en = await get(`/weiterbildungen/${row.id}?lang=en`);
    expect(en.body).toMatch(/<dt>Funding<\/dt><dd>Bildungsgutschein \(German training voucher\)<\/dd>/);
    const ch = await get('/weiterbildungen?lang=de-CH');
    expect(ch.body).toMatch(/<option value="bundesbeitraege">Bundesbeiträge<\/option>/);
    expect(ch.body).toMatch(/<option value="bildungsgutschein">Bildungsgutschein \(DE\)<\/option>/);
  });
});
