import type { Activity } from 'botbuilder-core';
import { CardFactory, MessageFactory } from 'botbuilder-core';
import type { Update } from 'telegraf/types';
import { escapeHtml, TELEGRAM_MAX_TEXT, toTelegramHtml } from '../../src/channels/telegram/format';
import { parseCommand, updateToActivity } from '../../src/channels/telegram/inbound';
import { CallbackKeys, MAX_CALLBACK_BYTES } from '../../src/channels/telegram/keyboard';
import { activityToOperations, type Operation } from '../../src/channels/telegram/outbound';
import { digestActivity } from '../../src/hr/messages';
import { textsFor } from '../../src/i18n';
import { htmlToPlain } from '../../src/channels/telegram/sender';
import { splitMessage } from '../../src/channels/telegram/split';

const texts = { shareLocation: '📍 Standort teilen', nextActions: 'Wie möchtest du weitermachen?' };
const ctx = () => ({ keys: new CallbackKeys(), texts });
const inbound = (keys = new CallbackKeys()) => ({ defaultLocale: 'de-CH' as const, keys, bot: { id: '666', name: 'Lotse' } });
const user = { id: 4711, is_bot: false, first_name: 'Mia', language_code: 'de' };
const chat = { id: 4711, type: 'private' as const, first_name: 'Mia' };
const textOps = (ops: Operation[]) => ops.filter((o): o is Extract<Operation, { kind: 'text' }> => o.kind === 'text');

describe('HTML formatting', () => {
  it('escapes &, < and > so any dialog text is safe in HTML parse mode', () => {
    expect(escapeHtml('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(toTelegramHtml('<script>x</script> & "q"')).toBe('&lt;script&gt;x&lt;/script&gt; &amp; "q"');
  });

  it('keeps **bold** and [links](https://…) and escapes inside them', () => {
    expect(toTelegramHtml('**Koch & Bäcker** bei [A<B](https://x.ch/a?b=1&c="2")')).toBe(
      '<b>Koch &amp; Bäcker</b> bei <a href="https://x.ch/a?b=1&amp;c=&quot;2&quot;">A&lt;B</a>',
    );
  });

  it('turns our HTML back into plain text for the fallback', () => {
    expect(htmlToPlain(toTelegramHtml('**a** <b> & [l](https://x.ch)'))).toBe('a <b> & l (https://x.ch)');
  });
});

describe('splitting long messages', () => {
  const paragraph = (n: number) => `Absatz ${n}. ` + 'Das ist ein ganz normaler Satz über Lehrstellen. '.repeat(30).trim();

  it('leaves short messages whole', () => {
    expect(splitMessage('Hallo Mia!', TELEGRAM_MAX_TEXT)).toEqual(['Hallo Mia!']);
  });

  it('splits at paragraph boundaries, every piece under the limit, nothing lost', () => {
    const text = Array.from({ length: 12 }, (_, i) => paragraph(i)).join('\n\n');
    const pieces = splitMessage(text, TELEGRAM_MAX_TEXT);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(TELEGRAM_MAX_TEXT);
      expect(piece.startsWith('Absatz')).toBe(true);
    }
    expect(pieces.join('\n\n')).toBe(text);
  });

  it('splits one huge paragraph at sentence ends, then words, measuring the escaped length', () => {
    const text = 'Kosten < 100 & mehr. '.repeat(400).trim();
    const pieces = splitMessage(text, 1000, (s) => toTelegramHtml(s).length);
    for (const piece of pieces) {
      expect(toTelegramHtml(piece).length).toBeLessThanOrEqual(1000);
      expect(piece.endsWith('mehr.')).toBe(true);
    }
    expect(pieces.join(' ')).toBe(text);
    const word = 'x'.repeat(2500);
    expect(splitMessage(word, 1000).map((p) => p.length)).toEqual([1000, 1000, 500]);
  });

  it('never cuts an emoji in half', () => {
    const pieces = splitMessage('😀'.repeat(10), 5);
    expect(pieces.every((p) => !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
    expect(pieces.join('')).toBe('😀'.repeat(10));
  });
});

describe('callback data', () => {
  it('uses short values as they are and maps long or structured ones to keys within 64 bytes', () => {
    const keys = new CallbackKeys();
    expect(keys.encode('skill:level:good#k3f')).toBe('skill:level:good#k3f');
    const long = `job:save:${'ä'.repeat(40)}`;
    const key = keys.encode(long);
    expect(Buffer.byteLength(key)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
    expect(keys.decode(key)).toEqual({ text: long });
    const objectKey = keys.encode({ action: 'save', id: 42 });
    expect(keys.decode(objectKey)).toEqual({ value: { action: 'save', id: 42 } });
    expect(keys.decode('~unknown')).toBeUndefined();
  });

  it('forgets the oldest keys beyond its capacity', () => {
    const keys = new CallbackKeys(2);
    const [a, b, c] = ['x'.repeat(70), 'y'.repeat(70), 'z'.repeat(70)].map((v) => keys.encode(v));
    expect(keys.decode(a!)).toBeUndefined();
    expect(keys.decode(b!)).toBeDefined();
    expect(keys.decode(c!)).toBeDefined();
  });
});

describe('updates → activities', () => {
  const message = (extra: object): Update => ({ update_id: 1, message: { message_id: 10, date: 1700000000, chat, from: user, ...extra } }) as Update;

  it('maps text with ids (the activity id is the update id, stable across redelivery), locale from language_code and the raw update as channelData', () => {
    const activity = updateToActivity(message({ text: 'Hallo' }), inbound())!;
    expect(activity).toMatchObject({
      type: 'message',
      channelId: 'telegram',
      text: 'Hallo',
      id: '1',
      from: { id: '4711', name: 'Mia' },
      recipient: { id: '666' },
      conversation: { id: '4711', isGroup: false },
      locale: 'de-CH',
    });
    expect(updateToActivity(message({ text: 'hi', from: { ...user, language_code: 'en' } }), inbound())!.locale).toBe('en');
    expect((activity.channelData as Update).update_id).toBe(1);
  });

  it('passes commands as text, drops the @bot suffix, and hands a /start code to the dialogs', () => {
    expect(parseCommand('/profil@LotseBot')).toEqual({ command: 'profil', payload: '' });
    expect(parseCommand('Ich will /jobs')).toBeUndefined();
    expect(updateToActivity(message({ text: '/Jobs@LotseBot' }), inbound())!.text).toBe('/jobs');
    const start = updateToActivity(message({ text: '/start ABCD2345EF' }), inbound())!;
    expect(start.text).toBe('/start ABCD2345EF');
    expect(updateToActivity(message({ text: '/start' }), inbound())!.text).toBe('/start');
  });

  it('maps a shared location to a GeoCoordinates entity', () => {
    const activity = updateToActivity(message({ location: { latitude: 47.2, longitude: 7.5 } }), inbound())!;
    expect(activity.entities).toEqual([{ type: 'GeoCoordinates', latitude: 47.2, longitude: 7.5 }]);
  });

  it('maps a tap to the button value, resolving short keys, and falls back to the button title for unknown keys', () => {
    const keys = new CallbackKeys();
    const long = `job:save:${'9'.repeat(70)}`;
    const key = keys.encode(long);
    const tap = (data: string): Update =>
      ({
        update_id: 2,
        callback_query: {
          id: 'cb1',
          from: user,
          chat_instance: '1',
          data,
          message: { message_id: 33, date: 1700000000, chat, text: 'Frage', reply_markup: { inline_keyboard: [[{ text: 'Merken', callback_data: '~gone' }]] } },
        },
      }) as Update;
    expect(updateToActivity(tap('level:good#k3f'), inbound(keys))).toMatchObject({ type: 'message', text: 'level:good#k3f', value: 'level:good#k3f', replyToId: '33' });
    expect(updateToActivity(tap(key), inbound(keys))!.text).toBe(long);
    expect(updateToActivity(tap('~gone'), inbound(keys))!.text).toBe('Merken');
  });

  it('ignores update kinds Lotse does not handle', () => {
    expect(updateToActivity({ update_id: 3, edited_message: { message_id: 1, date: 0, edit_date: 0, chat, text: 'x' } } as Update, inbound())).toBeUndefined();
  });
});

describe('activities → Telegram operations', () => {
  it('sends suggested actions as an inline keyboard on the question', () => {
    const activity = MessageFactory.suggestedActions(
      [
        { type: 'postBack', title: 'Gut', value: 'skill:level:good#k3f' },
        { type: 'imBack', title: 'Grundkenntnisse', value: 'Grundkenntnisse' },
      ],
      'Wie gut kannst du **löten**?',
    );
    const [op] = activityToOperations(activity, ctx());
    expect(op).toEqual({
      kind: 'text',
      html: 'Wie gut kannst du <b>löten</b>?',
      markup: { inline_keyboard: [[{ text: 'Gut', callback_data: 'skill:level:good#k3f' }], [{ text: 'Grundkenntnisse', callback_data: 'Grundkenntnisse' }]] },
      question: true,
    });
  });

  it('keeps the other «Kontakt anfragen» buttons of an HR digest when one is tapped (no question to answer in place)', () => {
    const digest = digestActivity({ companyName: 'Muster AG', jobs: [], moreJobs: 0 } as unknown as Parameters<typeof digestActivity>[0], textsFor('de-CH'), 'telegram');
    const activity = { ...digest, suggestedActions: { to: [], actions: [{ type: 'postBack', title: 'Kontakt anfragen K-1', value: 'hrc:a:K-1' }, { type: 'postBack', title: 'Kontakt anfragen K-2', value: 'hrc:a:K-2' }] } };
    const [op] = activityToOperations(activity, ctx());
    expect(op).toMatchObject({ kind: 'text', markup: { inline_keyboard: expect.any(Array) } });
    expect(op).not.toHaveProperty('question');
  });

  it('renders hero cards as compact messages with their own buttons, and more-buttons after them', () => {
    const card = CardFactory.heroCard('Polymechaniker/in EFZ', 'Passt, weil du <SPS> kannst.', undefined, [
      { type: 'postBack', title: 'Merken', value: 'job:save:j1' },
      { type: 'openUrl', title: 'Inserat', value: 'https://jobs.example.ch/j1' },
    ], { subtitle: 'Muster AG · Solothurn' });
    const activity: Partial<Activity> = { ...MessageFactory.carousel([card], 'Das habe ich gefunden:'), suggestedActions: { to: [], actions: [{ type: 'postBack', title: 'Mehr', value: 'more' }] } };
    const ops = textOps(activityToOperations(activity, ctx()));
    expect(ops.map((o) => o.html)).toEqual([
      'Das habe ich gefunden:',
      '<b>Polymechaniker/in EFZ</b>\n<i>Muster AG · Solothurn</i>\nPasst, weil du &lt;SPS&gt; kannst.',
      'Wie möchtest du weitermachen?',
    ]);
    expect(ops[1]!.markup).toEqual({ inline_keyboard: [[{ text: 'Merken', callback_data: 'job:save:j1' }, { text: 'Inserat', url: 'https://jobs.example.ch/j1' }]] });
    expect(ops[2]!.markup).toEqual({ inline_keyboard: [[{ text: 'Mehr', callback_data: 'more' }]] });
  });

  it('asks for the location with a reply keyboard button', () => {
    const activity: Partial<Activity> = {
      ...MessageFactory.suggestedActions([{ type: 'imBack', title: 'Lieber PLZ eingeben', value: 'Lieber PLZ eingeben' }], 'Wo wohnst du?'),
      channelData: { lotse: { requestLocation: true } },
    };
    const [op] = textOps(activityToOperations(activity, ctx()));
    expect(op!.markup).toEqual({
      keyboard: [[{ text: '📍 Standort teilen', request_location: true }], [{ text: 'Lieber PLZ eingeben' }]],
      one_time_keyboard: true,
      resize_keyboard: true,
    });
  });

  it('splits a long text and puts the keyboard on the last piece only', () => {
    const long = Array.from({ length: 10 }, () => 'Satz. '.repeat(100).trim()).join('\n\n');
    const activity = MessageFactory.suggestedActions([{ type: 'imBack', title: 'OK', value: 'OK' }], long);
    const ops = textOps(activityToOperations(activity, ctx()));
    expect(ops.length).toBeGreaterThan(1);
    expect(ops.every((o) => o.html.length <= TELEGRAM_MAX_TEXT)).toBe(true);
    expect(ops.filter((o) => o.markup)).toHaveLength(1);
    expect(ops.at(-1)!.markup).toBeDefined();
  });

  it('sends typing as a chat action and a JSON export as a document; adaptive cards fall back to text', () => {
    expect(activityToOperations({ type: 'typing' }, ctx())).toEqual([{ kind: 'typing' }]);
    const data = Buffer.from('{"a":1}').toString('base64');
    const ops = activityToOperations(
      MessageFactory.attachment({ contentType: 'application/json', name: 'lotse-daten.json', contentUrl: `data:application/json;base64,${data}` }, 'Hier sind deine Daten.'),
      ctx(),
    );
    expect(ops[0]).toEqual({ kind: 'text', html: 'Hier sind deine Daten.' });
    expect(ops[1]).toMatchObject({ kind: 'document', filename: 'lotse-daten.json' });
    expect((ops[1] as { data: Buffer }).data.toString()).toBe('{"a":1}');
    const adaptive = MessageFactory.attachment({ contentType: 'application/vnd.microsoft.card.adaptive', content: { fallbackText: 'Nur Text' } });
    expect(textOps(activityToOperations(adaptive, ctx())).map((o) => o.html)).toEqual(['Nur Text']);
  });
});
