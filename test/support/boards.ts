/**
 * Lotse as `npm start` runs it (demo data on a SQLite file of its own) for the board tests, with
 * a plain HTTP GET and helpers to read the boards' HTML.
 */
import type { App } from '../../src/app';
import type { JobPosting } from '../../src/matching/types';
import { bootDemoApp } from './demo-app';

export interface Fetched {
  status: number;
  body: string;
  type: string;
  /** The Content-Security-Policy header. */
  csp: string;
}

/**
 * Starts Lotse before the file's tests and stops it after them. `extraJobs` are stored with the
 * demo data before the start, so the boards' lists (read from the proposal index) contain them.
 */
export function bootBoards(extraJobs: (demo: JobPosting[]) => JobPosting[] = () => []): { app(): App; get(path: string, headers?: Record<string, string>): Promise<Fetched> } {
  const demo = bootDemoApp(async (_prisma, catalog) => catalog.upsertJobs(extraJobs(await catalog.activeJobs())));
  return {
    app: demo.app,
    async get(path, headers = {}) {
      const res = await fetch(`${demo.app().url}${path}`, { headers });
      return { status: res.status, body: await res.text(), type: res.headers.get('content-type') ?? '', csp: res.headers.get('content-security-policy') ?? '' };
    },
  };
}

/** The detail links of a result list, in order. */
export function detailLinks(body: string, base: string): string[] {
  return [...body.matchAll(new RegExp(`href="(${base}/[^"?]+)`, 'g'))].map((m) => m[1]!);
}

/** The page's JSON-LD, parsed (fails the test when there is none or it is not valid JSON). */
export function jsonLd(body: string): Record<string, unknown> {
  const found = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body);
  expect(found).not.toBeNull();
  return JSON.parse(found![1]!) as Record<string, unknown>;
}
