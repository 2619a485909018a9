/**
 * Job für Zwei in HR digests: a candidate whose linked partner also looks for work (and chose to be
 * visible to companies) is marked "Doppelkarriere" with the partner's field, and the company sees
 * which of its own open jobs fit the partner. A partner who stays private is never mentioned.
 */
import { runDigest } from '../../src/hr/digest-run';
import type { Database } from '../../src/store/database';
import { HrStore } from '../../src/store/hr-store';
import { PrismaPartnerLinks } from '../../src/store/partner-links';
import { testDatabases } from '../support/databases';
import { DAY, RecordingMessenger, TEST_KEYS, quietLog, seedCompany, seedHrUser, seedJob, seedPerson } from './fixtures';

const T0 = new Date('2026-11-23T07:30:00Z');

describe.each(testDatabases())('dual careers in HR digests on $name', ({ open }) => {
  let db: Database;
  let messenger: RecordingMessenger;
  const run = (now: Date) => runDigest({ store: new HrStore(db, TEST_KEYS), now, send: messenger, log: quietLog });
  beforeEach(async () => {
    db = await open();
    messenger = new RecordingMessenger();
  });
  afterEach(() => db.close());

  async function couple(partnerVisibility: 'anonymous' | 'private') {
    const company = await seedCompany(db, 'Spital Aare AG', new Date(T0.getTime() + 30 * DAY));
    await seedJob(db, company, 'Pflegefachperson HF', [{ conceptId: 'care', level: 'good' }]);
    await seedJob(db, company, 'Elektroniker/in Medizintechnik', [{ conceptId: 'solder', level: 'good' }]);
    await seedJob(db, company, 'Koch/Köchin', [{ conceptId: 'cook', level: 'good' }]);
    const mia = await seedPerson(db, { firstName: 'Mia', skills: [['care', 'Pflege', 'good']] });
    const tom = await seedPerson(db, { firstName: 'Tom', visibility: partnerVisibility, skills: [['solder', 'Löten', 'expert'], ['circuits', 'Schaltungen', 'good']] });
    const links = new PrismaPartnerLinks(db.prisma);
    await links.accept((await links.invite(mia.id, T0))!.code, tom.id, T0);
    await seedHrUser(db, company, 'hr-a', T0);
    return { mia, tom };
  }

  it('marks the candidate and names the company\'s own jobs that fit the partner', async () => {
    const { mia, tom } = await couple('anonymous');
    await run(T0);
    const text = messenger.textTo('conv-hr-a');
    expect(text).toContain('Doppelkarriere: Partner/in sucht auch (Bereich Löten, Schaltungen)');
    expect(text).toContain('Offene Stellen bei euch, die zur Partnerin/zum Partner passen: Elektroniker/in Medizintechnik');
    // Tom is a candidate himself (for the Elektroniker job), with Mia's field.
    expect(text).toContain('Doppelkarriere: Partner/in sucht auch (Bereich Pflege)');
    expect(text).not.toContain('passen: Koch');
    for (const secret of ['Mia', 'Tom', mia.id, tom.id]) expect(text).not.toContain(secret);
  });

  it('says nothing about a partner who keeps the profile private', async () => {
    await couple('private');
    await run(T0);
    const text = messenger.textTo('conv-hr-a');
    expect(text).toContain('Pflegefachperson HF');
    expect(text).not.toContain('Doppelkarriere');
  });
});
