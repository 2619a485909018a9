/**
 * The HTTP server on its own: health checks, JSON errors for bad bodies and failing handlers,
 * and a graceful close that lets a running request finish.
 */
import { loadConfig } from '../../src/config';
import { createHttpServer, HttpError, route, type HttpServer } from '../../src/http/server';
import { createLogger } from '../../src/log';
import { call } from '../directline/support';

const log = createLogger('silent');
const config = loadConfig({ LOG_LEVEL: 'silent' });

/** A promise and the function that resolves it. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire!: () => void;
  const promise = new Promise<void>((resolve) => (fire = resolve));
  return { promise, fire };
}

/** The /slow route: reports its arrival, then answers only when released. */
interface SlowRequest {
  arrived: ReturnType<typeof signal>;
  release: ReturnType<typeof signal>;
  answered: ReturnType<typeof signal>;
}

async function start(health?: () => Promise<Record<string, boolean>>): Promise<{ http: HttpServer; base: string; slow: SlowRequest }> {
  const slow: SlowRequest = { arrived: signal(), release: signal(), answered: signal() };
  const http = createHttpServer({ config, log, health, maxBodyBytes: 64 * 1024 });
  http.server.post('/echo', route(log, async (req, res) => {
    res.send(200, { got: req.body });
  }));
  http.server.get('/teapot', route(log, async () => {
    throw new HttpError(418, 'Teapot', 'short and stout');
  }));
  http.server.get('/boom', route(log, async () => {
    throw new Error('secret internals at /var/lib/x');
  }));
  http.server.get('/slow', route(log, async (_req, res) => {
    slow.arrived.fire();
    await slow.release.promise;
    res.send(200, { done: true });
    slow.answered.fire();
  }));
  return { http, base: await http.listen(0, '127.0.0.1'), slow };
}

describe('createHttpServer', () => {
  let http: HttpServer;
  let base: string;
  let healthy = true;
  beforeAll(async () => {
    ({ http, base } = await start(async () => ({ database: healthy })));
  });
  afterAll(() => http.close());

  it('reports health as JSON with uptime and checks, 503 when a check fails', async () => {
    const ok = await call(base, 'GET', '/healthz');
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ status: 'ok', uptime: expect.any(Number), checks: { database: true } });
    healthy = false;
    const bad = await call(base, 'GET', '/healthz');
    expect(bad.status).toBe(503);
    expect(bad.json.status).toBe('degraded');
    healthy = true;
  });

  it('parses JSON bodies and refuses broken JSON (400) and oversize bodies (413) with JSON errors', async () => {
    expect((await call(base, 'POST', '/echo', { body: { a: 'ü' } })).json).toEqual({ got: { a: 'ü' } });
    const broken = await call(base, 'POST', '/echo', { raw: '{"a":' });
    expect(broken.status).toBe(400);
    expect(broken.json.error).toEqual({ code: expect.any(String), message: expect.any(String) });
    const big = await call(base, 'POST', '/echo', { body: { a: 'x'.repeat(70 * 1024) } });
    expect(big.status).toBe(413);
    expect(big.json.error.code).toEqual(expect.any(String));
    expect((await call(base, 'GET', '/healthz')).status).toBe(200);
  });

  it('answers handler errors as JSON, without internals for unexpected ones', async () => {
    const teapot = await call(base, 'GET', '/teapot');
    expect(teapot.status).toBe(418);
    expect(teapot.json).toEqual({ error: { code: 'Teapot', message: 'short and stout' } });
    const boom = await call(base, 'GET', '/boom');
    expect(boom.status).toBe(500);
    expect(boom.text).not.toContain('/var/lib');
    const missing = await call(base, 'GET', '/nothing');
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toEqual(expect.any(String));
  });
});

it('closes gracefully: a running request finishes, then the port is closed', async () => {
  const { http, base, slow } = await start();
  const hookRan = jest.fn(async () => undefined);
  http.onClose(hookRan);
  const order: string[] = [];
  const response = call(base, 'GET', '/slow');
  await slow.arrived.promise;
  const closing = http.close().then(() => order.push('closed'));
  void slow.answered.promise.then(() => order.push('answered'));
  slow.release.fire();
  await closing;
  expect((await response).json).toEqual({ done: true });
  expect(order).toEqual(['answered', 'closed']);
  expect(hookRan).toHaveBeenCalled();
  await expect(fetch(`${base}/healthz`)).rejects.toThrow();
});

it('reports a health check that throws as degraded', async () => {
  const { http, base } = await start(async () => {
    throw new Error('db down');
  });
  try {
    const res = await call(base, 'GET', '/healthz');
    expect(res.status).toBe(503);
    expect(res.json.checks).toEqual({ health: false });
  } finally {
    await http.close();
  }
});

it('rejects listening on a port in use instead of crashing the process', async () => {
  const first = await start();
  const port = Number(new URL(first.base).port);
  const second = createHttpServer({ config, log });
  await expect(second.listen(port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
  await first.http.close();
});
