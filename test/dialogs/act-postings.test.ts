/** Job cards lead somewhere: the ad, Pensum, start and pay, details with how to apply; "wie kann ich mich da bewerben?". */
import type { CardAction } from 'botbuilder-core';
import type { JobPosting } from '../../src/matching/types';
import { testJobs, testTrainings } from './support/catalog';
import { reach, step } from './support/flows';
import { openHarness } from './support/harness';

type H = Awaited<ReturnType<typeof openHarness>>;

const DESCRIPTION = 'Die Betrieb AG baut Steuerungen für Bahnen.\n\nDeine Aufgaben:\n– Du lötest Baugruppen\n– Du prüfst Geräte\n\nWir bieten dir:\n– einen Lohn von 850 Franken im 1. Lehrjahr\n– ein junges Team';

function withAds(): JobPosting[] {
  return testJobs().map((j, i) => ({ ...j, description: DESCRIPTION, startDate: '2027-08-01', link: i === 6 ? undefined : `https://betrieb${i + 1}.example.ch/jobs/${j.id}` }));
}

describe('job cards people can act on', () => {
  let h: H;
  afterEach(async () => {
    await h.close();
    h.cleanup();
  });

  it('each card opens its ad and names Pensum, start and pay; "Details & Bewerbung" gives an excerpt and how to apply', async () => {
    h = await openHarness({ catalog: { activeJobs: async () => withAds(), allTrainings: async () => testTrainings() } });
    const chat = h.chat();
    await reach(chat, 'end');
    const cards = chat.last.flatMap((a) => a.attachments ?? []).map((a) => a.content as { title: string; text: string; buttons: CardAction[] });
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.text).toContain('Pensum 80–100 %');
      expect(card.text).toContain('Start: 1. August 2027');
      expect(card.text).toContain('Lohn: 850 Franken im 1. Lehrjahr');
      const open = card.buttons.find((b) => b.type === 'openUrl');
      expect(open).toMatchObject({ title: 'Inserat ansehen', value: expect.stringMatching(/^https:\/\/betrieb\d\.example\.ch\/jobs\/job-\d$/) });
    }
    await chat.tap('Details & Bewerbung');
    const details = chat.text();
    expect(details).toContain(`**${cards[0]!.title}** – Betrieb`);
    expect(details).toContain('Du lötest Baugruppen');
    expect(details).toMatch(/\[Inserat öffnen\]\(https:\/\/betrieb\d\.example\.ch\/jobs\/job-\d\)/);

    await chat.send('wie kann ich mich da bewerben?');
    expect(chat.text()).toContain('So bewirbst du dich:');
    expect(chat.text()).toContain(`«${cards[0]!.title}»`);
    expect(chat.text()).toMatch(/\[Inserat öffnen\]\(https:/);
    expect(chat.text()).not.toMatch(/nicht verstanden/);
  });

  it('after a job list, "wie kann ich mich bewerben?" names every job of the page with its link', async () => {
    h = await openHarness({ catalog: { activeJobs: async () => withAds(), allTrainings: async () => [] } });
    const chat = h.chat();
    await reach(chat, 'end');
    const titles = chat.last.flatMap((a) => a.attachments ?? []).map((a) => (a.content as { title: string }).title);
    await chat.send('Wie kann ich mich bewerben?');
    for (const title of titles) expect(chat.text()).toContain(`«${title}» bei Betrieb`);
  });

  it('before any job list, the question says how to get jobs and the open question comes back', async () => {
    h = await openHarness({ catalog: { activeJobs: async () => withAds(), allTrainings: async () => [] } });
    const chat = h.chat();
    // On the short path the first jobs come after the place; before it there is a profile but no job list.
    await reach(chat, 'place');
    await chat.send('wo kann ich mich bewerben?');
    expect(chat.text()).toContain('Ich habe dir noch keine Stellen gezeigt.');
    expect(chat.text()).toMatch(step('place').question);
  });

  it('right after the jobs the menu is short and keeps «Mehr»; «Alle Optionen» shows all of it', async () => {
    h = await openHarness({ catalog: { activeJobs: async () => withAds(), allTrainings: async () => [] } });
    const chat = h.chat();
    await reach(chat, 'end');
    expect(chat.buttons().map((b) => b.title)).toEqual(['Mehr', 'Weiterbildungen', 'Alle Optionen']);
    await chat.tap('Alle Optionen');
    expect(chat.buttons().map((b) => b.title)).toEqual(expect.arrayContaining(['Jobs zeigen', 'Profil zeigen', 'Profil bearbeiten', 'Hilfe']));
    await chat.tap('Jobs zeigen');
    await chat.tap('Mehr');
    expect(chat.text()).toMatch(/Passende Stellen für dich \(4–/);
  });
});
