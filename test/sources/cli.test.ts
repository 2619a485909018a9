/** `lotse sources add|list|refresh --json` against a local feed: a posting removed from the feed leaves `lotse match`. */
import { runLotse, useTempDatabase } from '../support/cli';
import { schemaOrgFeed, startFeedServer, type FeedServer, type FixtureJob } from './feed-server';

type Match = { jobs: { id: string; title: string; source: string; externalId: string }[] };
type Refresh = { ran: boolean; failed: number; sources: { id: string; status: string; added: number; updated: number; unchanged: number; removed: number; errors: number; error?: string }[] };

const JOBS: FixtureJob[] = [
  { id: 'L-1', title: 'Elektroniker/in EFZ', skills: 'Löten' },
  { id: 'L-2', title: 'Elektroinstallateur/in EFZ', skills: 'Löten' },
];

describe('lotse sources', () => {
  useTempDatabase();
  let server: FeedServer;
  const allowed = process.env.SOURCES_ALLOWED_NETWORKS;
  beforeAll(async () => {
    server = await startFeedServer();
    // The feed server listens on 127.0.0.1: allowed as an operator allows an intranet feed.
    process.env.SOURCES_ALLOWED_NETWORKS = '127.0.0.1';
  });
  afterAll(async () => {
    if (allowed === undefined) delete process.env.SOURCES_ALLOWED_NETWORKS;
    else process.env.SOURCES_ALLOWED_NETWORKS = allowed;
    await server.close();
  });

  const matchTitles = async () => {
    const { json } = await runLotse(['match', '--skills', 'Löten', '--plz', '4500', '--limit', '20']);
    return (json as unknown as Match).jobs.filter((j) => j.source.startsWith('src:')).map((j) => j.title).sort();
  };

  it('adds, lists and refreshes a feed; a posting removed from it disappears from lotse match', async () => {
    server.serve('/careers.json', { body: schemaOrgFeed(JOBS) });
    const added = await runLotse(['sources', 'add', server.url('/careers.json'), '--format', 'schemaorg', '--name', 'Muster Technik AG']);
    expect(added.code).toBe(0);
    const id = (added.json.source as { id: string; kind: string }).id;
    expect(added.json.source).toMatchObject({ kind: 'jobs', items: 0, lastRefreshAt: null });

    const first = await runLotse(['sources', 'refresh']);
    expect(first.json as unknown as Refresh).toMatchObject({ ran: true, failed: 0, sources: [{ id, status: 'ok', added: 2, removed: 0 }] });
    expect(await matchTitles()).toEqual(['Elektroinstallateur/in EFZ', 'Elektroniker/in EFZ']);

    server.serve('/careers.json', { body: schemaOrgFeed([JOBS[0]!]) });
    const second = await runLotse(['sources', 'refresh']);
    expect(second.json as unknown as Refresh).toMatchObject({ sources: [{ id, status: 'ok', added: 0, unchanged: 1, removed: 1 }] });
    expect(await matchTitles()).toEqual(['Elektroniker/in EFZ']);

    const list = await runLotse(['sources', 'list']);
    expect(list.json.sources).toEqual([
      expect.objectContaining({ id, name: 'Muster Technik AG', format: 'schemaorg', kind: 'jobs', items: 1, lastStatus: 'ok', lastError: null, lastSummary: { added: 0, updated: 0, unchanged: 1, removed: 1, errors: 0 } }),
    ]);
  });

  it('reports an unreachable source per source, keeps its postings and exits with 1 naming the source and why', async () => {
    server.serve('/careers.json', { status: 503 });
    const { code, json, stderr } = await runLotse(['sources', 'refresh']);
    expect(code).toBe(1);
    expect(json as unknown as Refresh).toMatchObject({ failed: 1, sources: [{ status: 'failed', error: 'HTTP 503', removed: 0 }] });
    expect(stderr).toMatch(/1 of 1 sources failed: Muster Technik AG \(.+\): HTTP 503/);
    expect(await matchTitles()).toEqual(['Elektroniker/in EFZ']);

    server.serve('/careers.json', { body: schemaOrgFeed([JOBS[0]!]) });
    expect(await runLotse(['sources', 'refresh'])).toMatchObject({ code: 0, json: { failed: 0 } });
  });

  it('refuses a source on a private address unless SOURCES_ALLOWED_NETWORKS allows it', async () => {
    process.env.SOURCES_ALLOWED_NETWORKS = '';
    try {
      const { code, json, stderr } = await runLotse(['sources', 'refresh']);
      expect(code).toBe(1);
      expect(json as unknown as Refresh).toMatchObject({ failed: 1, sources: [{ status: 'failed', removed: 0, error: expect.stringMatching(/^refused: 127\.0\.0\.1 is a private, loopback/) }] });
      expect(stderr).toContain('SOURCES_ALLOWED_NETWORKS');
      expect(await matchTitles()).toEqual(['Elektroniker/in EFZ']);
    } finally {
      process.env.SOURCES_ALLOWED_NETWORKS = '127.0.0.1';
    }
  });

  it('refuses bad input with a usage error: no file: URLs, unknown formats, csv without a kind, the same URL twice', async () => {
    expect(await runLotse(['sources', 'add', 'file:///etc/passwd', '--format', 'csv', '--kind', 'jobs', '--name', 'x'])).toMatchObject({ code: 2, json: { error: 'only http and https URLs are allowed, not file:' } });
    expect(await runLotse(['sources', 'add', server.url('/a.csv'), '--format', 'xml', '--name', 'x'])).toMatchObject({ code: 2 });
    expect(await runLotse(['sources', 'add', server.url(`/${'a'.repeat(2000)}`), '--format', 'ba', '--name', 'x'])).toMatchObject({ code: 2 });
    expect(await runLotse(['sources', 'add', server.url('/a.csv'), '--format', 'csv', '--name', 'x'])).toMatchObject({ code: 2, json: { error: '--kind jobs|trainings is needed for csv sources' } });
    expect(await runLotse(['sources', 'add', server.url('/a.json'), '--format', 'wbsuche', '--kind', 'jobs', '--name', 'x'])).toMatchObject({ code: 2 });
    expect(await runLotse(['sources', 'add', server.url('/careers.json'), '--format', 'schemaorg', '--name', 'again'])).toMatchObject({ code: 1, json: { error: expect.stringMatching(/exists already/) } });
    expect((await runLotse(['sources', 'list'])).json.sources).toHaveLength(1);
  });

  it('removes a source together with its postings', async () => {
    const [source] = (await runLotse(['sources', 'list'])).json.sources as { id: string }[];
    expect(await runLotse(['sources', 'remove', source!.id])).toMatchObject({ code: 0, json: { removed: true, items: 1 } });
    expect(await matchTitles()).toEqual([]);
  });
});
