/** A local HTTP server (127.0.0.1, port 0) serving feeds that a test changes between refreshes. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

export interface FeedServer {
  url(path: string): string;
  /** Sets what `path` answers from now on. */
  serve(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const server = http.createServer((req, res) => {
    const route = routes.get(req.url ?? '') ?? { status: 404, body: 'not found' };
    res.writeHead(route.status ?? 200, { 'content-type': 'application/json', ...route.headers });
    res.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    serve: (path, route) => void routes.set(path, route),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface FixtureJob {
  id: string;
  title: string;
  employer?: string;
  skills?: string;
  validThrough?: string;
  postalCode?: string;
}

/** A careers page's schema.org JobPosting JSON-LD (an array of postings). */
export function schemaOrgFeed(jobs: FixtureJob[]): string {
  return JSON.stringify(
    jobs.map((j) => ({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      identifier: j.id,
      title: j.title,
      hiringOrganization: { '@type': 'Organization', name: j.employer ?? 'Muster Technik AG' },
      skills: j.skills,
      validThrough: j.validThrough ?? '2099-12-31',
      jobLocation: { '@type': 'Place', address: { postalCode: j.postalCode ?? '4500', addressLocality: 'Solothurn', addressCountry: 'CH' } },
    })),
  );
}
