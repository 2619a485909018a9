/** Lotse with demo data and one consenting profile, and a small cookie-keeping HTTP client for /admin. */
import type { App } from '../../src/app';
import type { PrismaClient } from '../../src/store/database';
import { runLotse } from './cli';
import { bootDemoApp } from './demo-app';

/** The seeded profile's first name: the dashboard must never show it. */
export const DISTINCT_FIRST_NAME = 'Zephyrine';

export interface Reply {
  status: number;
  body: string;
  location: string;
  cookies: string[];
  csp: string;
}

/** One browser's cookies. */
export class Client {
  private readonly jar = new Map<string, string>();
  constructor(private readonly base: () => string) {}

  /** Puts a cookie in the jar, as a site that planted it would. */
  plant(name: string, value: string): void {
    this.jar.set(name, value);
  }

  async request(path: string, form?: Record<string, string>): Promise<Reply> {
    const cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.base()}${path}`, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { ...(cookie ? { cookie } : {}), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const cookies = res.headers.getSetCookie();
    for (const c of cookies) {
      const [pair] = c.split(';');
      const [name, value] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
      if (/Max-Age=0/.test(c)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return { status: res.status, body: await res.text(), location: res.headers.get('location') ?? '', cookies, csp: res.headers.get('content-security-policy') ?? '' };
  }

  /** The hidden CSRF field of a page's form. */
  static csrf(body: string): string {
    return /name="csrf" value="([^"]+)"/.exec(body)![1]!;
  }
}

/** Seeds one consenting profile with a distinctive first name and a skill open postings ask for. */
export async function seedProfile(prisma: PrismaClient, id = 'person-zephyrine'): Promise<string> {
  const asked = await prisma.jobSkill.findFirstOrThrow({ orderBy: { conceptId: 'asc' } });
  await prisma.person.create({
    data: {
      id,
      firstName: DISTINCT_FIRST_NAME,
      postalCode: '4500',
      consents: { create: { id: `${id}-c`, kind: 'profile', granted: true, textVersion: 'test' } },
      skills: { create: { id: `${id}-s`, conceptId: asked.conceptId, label: asked.conceptId } },
    },
  });
  return asked.conceptId;
}

/** Starts Lotse (demo data, SQLite, one consenting profile) for the file's tests, with its own clock if given. */
export function bootAdmin(now?: () => Date): { app(): App; url(): string; invite(email: string): Promise<string> } {
  const demo = bootDemoApp((prisma) => seedProfile(prisma), now);
  return {
    app: demo.app,
    url: () => demo.app().url,
    /** `lotse operator invite --email <e> --json` against the app's database; returns the link's path. */
    async invite(email) {
      const saved = process.env.DATABASE_URL;
      process.env.DATABASE_URL = demo.databaseUrl;
      try {
        const result = await runLotse(['operator', 'invite', '--email', email]);
        expect(result.code).toBe(0);
        const link = new URL(result.json.link as string);
        expect(link.origin).toBe('http://localhost:3978');
        return link.pathname + link.search;
      } finally {
        if (saved === undefined) delete process.env.DATABASE_URL;
        else process.env.DATABASE_URL = saved;
      }
    },
  };
}

export const PASSWORD = 'ein langes Passwort 42';

/** Opens an invite link and sets the password with the page's form. */
export async function setPassword(client: Client, linkPath: string, password = PASSWORD): Promise<Reply> {
  const form = await client.request(linkPath);
  expect(form.status).toBe(200);
  const token = new URLSearchParams(linkPath.split('?')[1]).get('token')!;
  return client.request('/admin/set-password', { csrf: Client.csrf(form.body), token, password, repeat: password });
}

/** Opens the login page and posts its form. */
export async function login(client: Client, email: string, password: string): Promise<Reply> {
  const form = await client.request('/admin/login');
  return client.request('/admin/login', { csrf: Client.csrf(form.body), email, password });
}
