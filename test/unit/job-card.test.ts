/** A job card's buttons: the ad's link, and buttons that name the job within Telegram's 64 bytes. */
import { cardRef, jobCard } from '../../dialogs/proposals';
import { textsFor } from '../../src/i18n';
import type { JobPosting } from '../../src/matching/types';
import type { JobProposal } from '../../src/services/ports';

const posting = (id: string): JobPosting => ({
  id,
  source: 'schemaorg',
  externalId: 'career-page-4711',
  employerName: 'Muster AG',
  title: 'Polymechaniker/in EFZ',
  description: 'Wir suchen …',
  kind: 'permanent',
  country: 'CH',
  pensum: { min: 80, max: 100 },
  languages: [],
  skills: [],
  link: 'https://muster.example/jobs/4711',
  publishedAt: new Date('2026-11-01'),
  updatedAt: new Date('2026-11-01'),
});
const proposal = (id: string): JobProposal => ({ job: posting(id), score: 0.8, breakdown: [], explanation: 'Passt, weil …', matched: [], missing: [] });

describe('job cards', () => {
  const texts = textsFor('de-CH');

  it('a demo posting has the link to its ad and the buttons that name it', () => {
    const card = jobCard(texts, proposal('job-5'));
    expect(card.buttons.find((b) => b.url)?.url).toBe('https://muster.example/jobs/4711');
    expect(card.buttons.map((b) => b.action)).toContain('job:why:job-5');
  });

  it("a source's posting, whose id is too long for a button, links to its ad and names itself by a short digest", () => {
    const id = 'src:6f1c1e58-37f4-4a53-9d1f-1a7e2b4c9d00:career-page-4711';
    const card = jobCard(texts, proposal(id));
    expect(card.buttons[0]).toEqual(expect.objectContaining({ url: 'https://muster.example/jobs/4711' }));
    const actions = card.buttons.flatMap((b) => (b.action ? [b.action] : []));
    expect(actions).toEqual(expect.arrayContaining([`job:why:${cardRef(id)}`, `job:save:${cardRef(id)}`]));
    expect(actions.every((a) => Buffer.byteLength(a) <= 64 && !a.includes(id))).toBe(true);
  });
});
