/**
 * Hostile content on the job and training boards: a posting's text that tries to end the JSON-LD
 * script or inject markup, a `javascript:` apply link, and nonsense in the filters. The pages
 * escape it all, and odd parameters get a normal page, never a 500.
 */
import { bootBoards, jsonLd } from '../support/boards';

const HOSTILE_TITLE = 'Koch </script><script>alert(1)</script>';
const boards = bootBoards(([model]) => [
  { ...model!, source: 'hostile', externalId: '1', title: HOSTILE_TITLE, description: '<img src=x onerror=alert(3)>', link: 'javascript:alert(2)' },
]);

it('a posting whose title closes the JSON-LD script stays text, in the script and in the page', async () => {
  const job = await boards.app().db.prisma.jobPosting.findFirstOrThrow({ where: { source: 'hostile' } });
  const page = await boards.get(`/jobs/${job.id}`);
  expect(page.status).toBe(200);
  expect(page.csp).toMatch(/default-src 'none'/);
  expect(page.csp).not.toMatch(/script-src/);
  expect(page.body).not.toContain('<script>alert(1)');
  expect(page.body).not.toContain('<img');
  expect(page.body.match(/<script/g)).toHaveLength(1);
  expect(jsonLd(page.body).title).toBe(HOSTILE_TITLE);
  expect(page.body).not.toContain('javascript:');
  const list = await boards.get(`/jobs?q=${encodeURIComponent('alert(1)')}`);
  expect(list.body).toContain('Koch &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(list.body).not.toContain('<script>alert(1)');
});

it('a javascript: apply link is dropped from the page and from the JSON-LD', async () => {
  const prisma = boards.app().db.prisma;
  const training = await prisma.training.findFirstOrThrow();
  await prisma.training.update({ where: { id: training.id }, data: { link: 'javascript:alert(2)' } });
  const page = await boards.get(`/weiterbildungen/${training.id}`);
  expect(page.status).toBe(200);
  expect(page.body).not.toContain('javascript:');
  expect(jsonLd(page.body).url).toBeUndefined();
});

it('search words and filters are escaped back into the form, and odd values give a normal page', async () => {
  const words = '"><script>alert(4)</script>';
  const page = await boards.get(`/jobs?q=${encodeURIComponent(words)}&page=-3&radius=abc&pensum=1e9&kind=__proto__&start=yesterday&lang=xx&plz=${encodeURIComponent('<b>')}`);
  expect(page.status).toBe(200);
  expect(page.body).toContain('value="&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;"');
  expect(page.body).not.toContain('<script>alert(4)');
  expect(page.body).not.toContain('<b>');
  const repeated = await boards.get('/weiterbildungen?q=a&q=b&maxCost=-5&format=x&funding=y&page=999999');
  expect(repeated.status).toBe(200);
  expect((await boards.get(`/jobs/${encodeURIComponent('<script>')}`)).status).toBe(404);
});
