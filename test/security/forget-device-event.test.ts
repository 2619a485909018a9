/**
 * After a deletion the dialog sends `lotse.forgetDevice`, an event for the web chat. Teams and
 * Telegram show messages only: the event must not reach them (nor break the confirmation before it).
 */
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder-core';
import restify from 'restify';
import { FORGET_DEVICE_EVENT } from '../../src/services/ports';
import { createTeamsAdapter } from '../../src/channels/teams';
import { activityToOperations } from '../../src/channels/telegram/outbound';

describe('the forget-device event on channels without a web client', () => {
  it('Teams gets the confirmation but not the event', async () => {
    const server = restify.createServer();
    server.use(restify.plugins.bodyParser());
    const received: Partial<Activity>[] = [];
    const connector = async (req: restify.Request, res: restify.Response) => {
      received.push(req.body as Partial<Activity>);
      res.send(200, { id: `a${received.length}` });
    };
    server.post('/v3/conversations/:cid/activities', connector);
    server.post('/v3/conversations/:cid/activities/:aid', connector);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const adapter = createTeamsAdapter({ MICROSOFT_APP_ID: undefined, MICROSOFT_APP_PASSWORD: undefined, MICROSOFT_APP_TENANT_ID: undefined, BOT_EMULATOR: false });
      let responses: unknown[] = [];
      await adapter.continueConversation({ serviceUrl, channelId: 'msteams', conversation: { id: 'c1' } as Activity['conversation'], bot: { id: 'lotse', name: 'Lotse' } }, async (context) => {
        responses = await context.sendActivities([{ type: 'message', text: 'Erledigt' }, { type: 'event', name: FORGET_DEVICE_EVENT }]);
      });
      expect(received.map((a) => a.type)).toEqual(['message']);
      expect(responses).toHaveLength(2);
    } finally {
      server.close();
    }
  });

  it('Telegram turns the event into no operation', () => {
    expect(activityToOperations({ type: 'event', name: FORGET_DEVICE_EVENT }, {} as Parameters<typeof activityToOperations>[1])).toEqual([]);
  });
});
