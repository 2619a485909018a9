/** "Gerät vergessen": this device stops opening the profile; the profile stays and a code brings it back elsewhere. */
import { CodeAccountLinking } from '../../src/services/account-linking';
import { FORGET_DEVICE_EVENT } from '../../src/services/ports';
import { LinkCodeStore } from '../../src/store/link-codes';
import { PrismaProfileStore } from '../../src/store/profile-store';
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('forgetting this device', () => {
  const h = useHarness('each', { linking: (db) => new CodeAccountLinking({ codes: new LinkCodeStore(db.prisma), profiles: new PrismaProfileStore(db.prisma) }) });

  const forgetEvents = (activities: { type?: string; name?: string }[]) => activities.filter((a) => a.type === 'event' && a.name === FORGET_DEVICE_EVENT);

  it('asks first, then unlinks only this identity, hands out a code, sends the forget event and starts afresh', async () => {
    const chat = h.chat('dl_device-one-0123456789', 'c1');
    await reach(chat, 'skills');
    await chat.send('Gerät vergessen');
    expect(chat.text()).toMatch(/Soll ich dieses Gerät vergessen\?.*Dein Profil bleibt gespeichert/s);
    expect(forgetEvents(chat.last)).toHaveLength(0);
    expect(await h.db.prisma.channelAccount.count()).toBe(1);

    await chat.tap('Ja');
    expect(chat.text()).toMatch(/Dieses Gerät ist abgemeldet/);
    const code = /weiterzumachen: ([A-Z0-9]{10})/.exec(chat.text())?.[1];
    expect(code).toBeDefined();
    expect(chat.text()).toMatch(/gilt 24 Stunden/);
    expect(forgetEvents(chat.last)).toHaveLength(1);
    expect(await h.db.prisma.channelAccount.count()).toBe(0);
    expect(await h.db.prisma.conversationRef.count()).toBe(0);
    expect(await h.db.prisma.person.count()).toBe(1);

    // The same identity now meets a stranger's welcome, not Lea's profile.
    await chat.send('Profil zeigen');
    expect(chat.text()).not.toMatch(/Lea/);
    expect(chat.text()).toMatch(/Ich habe noch nichts über dich gespeichert/);

    // On another device, the code opens the profile again.
    const elsewhere = h.chat('dl_device-two-0123456789', 'c2');
    await elsewhere.send(code!);
    expect(elsewhere.text()).toMatch(/Verbunden/);
    await elsewhere.send('Profil zeigen');
    expect(elsewhere.text()).toMatch(/Gesucht: /);
  });

  it('keeps everything on «Nein»', async () => {
    const chat = h.chat();
    await reach(chat, 'skills');
    await chat.send('abmelden');
    await chat.tap('Nein');
    expect(chat.text()).toMatch(/bleibt alles, wie es ist/);
    expect(forgetEvents(chat.last)).toHaveLength(0);
    expect(await h.db.prisma.channelAccount.count()).toBe(1);
  });

  it('before consent says that nothing is stored and still lets the device forget its id', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.send('Gerät vergessen');
    expect(chat.text()).toMatch(/Über dich ist nichts gespeichert/);
    expect(forgetEvents(chat.last)).toHaveLength(1);
    expect(await h.db.prisma.person.count()).toBe(0);
  });

  it('on Telegram unlinks this chat the same way: no proactive message goes there any more', async () => {
    const chat = h.chat('4711', 'tg-4711', 'telegram');
    await reach(chat, 'skills');
    expect(await h.db.prisma.conversationRef.count({ where: { channelId: 'telegram' } })).toBe(1);
    await chat.send('/abmelden');
    await chat.tap('Ja');
    expect(chat.text()).toMatch(/abgemeldet/);
    expect(await h.services.profiles.findByIdentity({ channelId: 'telegram', channelUserId: '4711' })).toBeUndefined();
    expect(await h.db.prisma.conversationRef.count({ where: { channelId: 'telegram' } })).toBe(0);
  });
});
