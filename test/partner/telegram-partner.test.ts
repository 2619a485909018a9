/**
 * Job für Zwei on Telegram (emulator, real bot, real dialogs, SQLite, the demo catalog): a nurse
 * moving to the Solothurn region invites her partner, an electronics technician; he opens the deep
 * link, builds his own profile with his own consent, accepts, and both see pairs of jobs with the
 * towns where they could live. Either ends the link; deleting a profile ends it too.
 */
import { appendFileSync } from 'node:fs';
import type { BotServices } from '../../src/bot';
import type { TelegramChannel } from '../../src/channels/telegram';
import { demoCatalog } from '../../src/demo/catalog';
import { partnerDesk } from '../../src/services/partners';
import type { Database } from '../../src/store/database';
import { PrismaPartnerLinks } from '../../src/store/partner-links';
import { coreBotServices } from '../support/bot-services';
import { openTestSqlite } from '../support/databases';
import { BotApiHarness } from '../telegram/support/bot-api';
import { TelegramPerson } from '../telegram/support/person';
import { startLotseOnTelegram } from '../telegram/support/lotse-on-telegram';

/** What was said, kept for a written transcript (COUPLE_TRANSCRIPT=<file> appends it there). */
const TRANSCRIPT: string[] = [];

describe('Job für Zwei on Telegram (emulator)', () => {
  const harness = new BotApiHarness();
  let db: Database;
  let services: BotServices;
  let channel: TelegramChannel;

  beforeAll(async () => {
    await harness.start();
    db = await openTestSqlite();
    const catalog = demoCatalog();
    ({ channel, services } = await startLotseOnTelegram(harness, db, (log, username) => ({
      ...coreBotServices(db, { activeJobs: async () => catalog.jobs, allTrainings: async () => catalog.trainings }, log),
      partners: partnerDesk(new PrismaPartnerLinks(db.prisma), () => username()),
    })));
  });
  afterAll(async () => {
    if (process.env.COUPLE_TRANSCRIPT) appendFileSync(process.env.COUPLE_TRANSCRIPT, `## Job für Zwei on Telegram\n\n${TRANSCRIPT.join('\n')}\n`);
    await channel.stop();
    await harness.stop();
    await db.close();
  });

  const person = (id: number, name: string) => {
    const p = new TelegramPerson(harness, db, id, name);
    const log = (who: string, said: string, answer: string) => {
      TRANSCRIPT.push(`**${who}:** ${said}`, ...answer.split('\n').map((l) => `> ${l}`), '');
      return answer;
    };
    return {
      say: async (text: string) => log(name, text, await p.say(text)),
      command: async (text: string) => log(name, text, await p.command(text)),
      tap: async (title: string) => log(name, `[${title}]`, await p.tap(title)),
      buttons: () => p.buttons().map((b) => b.text),
    };
  };

  type Person = ReturnType<typeof person>;

  /**
   * From the consent to the menu on the short path: what they look for, what they can do, where –
   * then the first jobs – then the questions that make the proposals better, up to the summary.
   * A question it has no answer for fails the test (no blind tap on the first button).
   */
  async function buildProfile(p: Person, name: string, skills: string, training: string, place: string): Promise<void> {
    let answer = await p.tap('Ja, einverstanden');
    expect(answer).toMatch(/Was suchst du/);
    answer = await p.tap('Feste Stelle');
    expect(answer).toMatch(/Was kannst du gut/);
    answer = await p.say(skills);
    expect(answer).toMatch(/Wo möchtest du arbeiten/);
    answer = await p.say(place);
    expect(answer).toMatch(/Passende Stellen für dich/);
    const says: [RegExp, string][] = [
      [/wo du schon sicher bist/, 'sehr gut, im Beruf gelernt'],
      [/Lehre oder eine andere Berufsausbildung/, training],
      [/Wie darf ich dich nennen/, name],
    ];
    const taps: Record<string, string> = { Arbeitsweg: 'bis 25 km', 'Wo stehst du': 'Ich arbeite und suche etwas Neues', 'welche Richtung': 'Ich weiss es schon', 'Welche Schule': 'Hochschule (HF/FH/Uni)', Berufserfahrung: 'Mehr als 5', Pensum: '80–100 %', 'Ab wann': 'In 1–3 Monaten', 'Welche Sprachen': 'Deutsch ist meine Muttersprache', 'Wie kommst du': 'ÖV / Velo', 'Dürfen Firmen': 'Nur für mich', Bescheid: 'Nein', 'Passt das so': 'Passt, zeig mir Jobs' };
    for (let i = 0; i < 30 && !/Was möchtest du tun/.test(answer); i++) {
      if (process.env.DEBUG_FLOW) console.log(answer, p.buttons());
      const said = says.find(([question]) => question.test(answer));
      if (said) {
        answer = await p.say(said[1]);
        continue;
      }
      const key = Object.keys(taps).filter((k) => answer.includes(k)).at(-1);
      if (!key || !p.buttons().includes(taps[key]!)) throw new Error(`unexpected question: ${answer} [${p.buttons().join(' | ')}]`);
      answer = await p.tap(taps[key]!);
    }
    expect(answer).toMatch(/Was möchtest du tun/);
  }

  it('a nurse invites her partner, he builds his own profile and accepts, and both get pairs of jobs with towns that fit both', async () => {
    const mia = person(5101, 'Mia');
    await mia.command('/start');
    await mia.tap('Deutsch (Schweiz)');
    await buildProfile(mia, 'Mia', 'Ich bin Pflegefachfrau, kann Grundpflege, Vitalzeichen messen, Pflegedokumentation und Behandlungspflege', 'Pflegefachfrau HF', 'Solothurn');

    expect(await mia.say('Mein Partner sucht auch Arbeit')).toMatch(/Job für Zwei/);
    expect(mia.buttons()).toEqual(['Einladung erstellen', 'Nein danke']);
    const invitation = await mia.tap('Einladung erstellen');
    const link = /https:\/\/t\.me\/TestNameBot\?start=(duo-[A-Z0-9]+)/.exec(invitation);
    expect(link).not.toBeNull();

    // Tom opens the link: he is told who invited him and starts his own profile, with his own consent.
    const tom = person(5102, 'Tom');
    expect(await tom.command(`/start ${link![1]}`)).toMatch(/eingeladen – von Mia[\s\S]*In welcher Sprache/);
    expect(await db.prisma.partnerLink.count({ where: { acceptedAt: { not: null } } })).toBe(0);
    expect(await tom.tap('Deutsch (Schweiz)')).toMatch(/einverstanden\?/);
    await buildProfile(tom, 'Tom', 'Ich bin Elektroniker, kann löten, Schaltpläne lesen und Elektronik prüfen', 'Elektroniker EFZ', 'Olten');
    const tomProfile = await services.profiles.findByIdentity({ channelId: 'telegram', channelUserId: '5102' });
    const miaProfile = await services.profiles.findByIdentity({ channelId: 'telegram', channelUserId: '5101' });
    expect(tomProfile!.id).not.toBe(miaProfile!.id);
    expect(await db.prisma.consent.count({ where: { personId: tomProfile!.id, kind: 'profile', granted: true } })).toBe(1);

    expect(await tom.say('Job für Zwei')).toMatch(/verbinden/);
    const pairs = await tom.tap('Ja');
    expect(pairs).toMatch(/Verbunden/);
    expect(pairs).toMatch(/Job-Paare rund um Olten – für dich und Mia/);
    // An Elektroniker with years of work is shown jobs of his occupation or a related one (Elektroplaner, Informatiker),
    // not a Schnupperlehre or Lehrstelle: that is another kind than he looks for.
    expect(pairs).toMatch(/Du: .*(Elektro|Informatik)/);
    expect(pairs).not.toMatch(/Du: (Schnupperlehre|Lehrstelle)/);
    expect(pairs).toMatch(/Für Mia: .*(Pflege|Gesundheit)/);
    expect(pairs).toMatch(/Wohnen z\. B\. in: \S+/);
    await tom.tap('Fertig');

    // Mia sees the pairs around her region, and ends the link.
    const hers = await mia.say('Job für Zwei');
    expect(hers).toMatch(/Job-Paare rund um Solothurn – für dich und Tom/);
    expect(hers).toMatch(/Du: .*(Pflege|Gesundheit)/);
    expect(hers).toMatch(/Für Tom: .*(Elektro|Informatik)/);
    expect(hers).not.toMatch(/Für Tom: (Schnupperlehre|Lehrstelle)/);
    expect(await mia.tap('Verbindung beenden')).toMatch(/Verbindung ist beendet/);
    expect(await services.partners!.partnerOf(tomProfile!.id)).toBeUndefined();
    // Tom can invite someone again; his profile stayed.
    expect(await tom.say('Job für Zwei')).toMatch(/Sucht dein Partner oder deine Partnerin auch Arbeit/);
    await tom.tap('Nein danke');
    expect(await services.profiles.findById(tomProfile!.id)).toBeDefined();
  }, 120_000);

  it('an unknown or used invitation opens nothing', async () => {
    const eva = person(5103, 'Eva');
    expect(await eva.command('/start duo-ABCDE23456')).toMatch(/Ich bin Lotse/);
    expect(await db.prisma.person.count({ where: { accounts: { some: { channelUserId: '5103' } } } })).toBe(0);
  }, 60_000);
});
