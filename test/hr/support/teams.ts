/** A local Bot Connector stand-in and Teams activities for tests of the Teams channel. */
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder-core';
import restify from 'restify';

/** Listens on a free local port; returns the base URL. */
export async function listen(server: restify.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * A local stand-in for the Bot Connector API: records what the bot sends to conversations, and
 * answers conversations listed in `gone` with their status (403: bot removed, 404: chat deleted).
 */
export async function connectorStub(gone: Record<string, number> = {}): Promise<{ url: string; received: Partial<Activity>[]; updated: Partial<Activity>[]; server: restify.Server }> {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  const received: Partial<Activity>[] = [];
  const updated: Partial<Activity>[] = [];
  const handler = async (req: restify.Request, res: restify.Response) => {
    const status = gone[String(req.params.cid)];
    if (status) return void res.send(status, { error: { code: 'ConversationNotFound', message: 'gone' } });
    received.push(req.body as Partial<Activity>);
    res.send(200, { id: `a${received.length}` });
  };
  server.post('/v3/conversations/:cid/activities', handler);
  server.post('/v3/conversations/:cid/activities/:aid', handler);
  // Edits of a sent message (updateActivity) are recorded with the id they replace.
  server.put('/v3/conversations/:cid/activities/:aid', async (req: restify.Request, res: restify.Response) => {
    updated.push({ ...(req.body as Partial<Activity>), id: String(req.params.aid) });
    res.send(200, { id: String(req.params.aid) });
  });
  return { url: await listen(server), received, updated, server };
}

/** Posts an activity to Lotse's /api/messages as the Bot Connector (or the emulator) would. */
export const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** A message from a Teams user (emulator channel), with `extra` over the defaults. */
export function activity(serviceUrl: string, extra: Partial<Activity>): Partial<Activity> {
  return {
    type: 'message',
    id: `in-${Math.random()}`,
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'hr-teams-user', name: 'Petra HR' },
    recipient: { id: 'lotse-bot', name: 'Lotse' },
    conversation: { id: 'teams-conv-1' } as Activity['conversation'],
    locale: 'de-CH',
    ...extra,
  };
}

