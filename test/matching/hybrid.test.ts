/**
 * The hybrid ranking as a person meets it: what they list is resolved like the chat resolves it
 * (occupations first, no guessed concepts from other fields), postings of their occupation come
 * first, their own words pull the field they hint at, and hard wishes (radius, kind) stay hard.
 */
import { penaltyOf } from '../../src/matching/hybrid';
import { builtinTaxonomy } from '../../src/matching/taxonomy';
import { skillLexicon } from '../../src/matching/taxonomy/layers';
import type { JobPosting } from '../../src/matching/types';
import { personWords } from '../../src/nlu/phrases';
import type { Locale, PositionKind, Situation } from '../../src/profile/types';
import { searchProfile } from '../../src/profile/search-profile';
import { createProposalService } from '../../src/services/proposals';
import { ess, job, NOW, OLTEN, opt, SOLOTHURN } from './helpers';

const taxonomy = builtinTaxonomy();
const id = (slug: string) => taxonomy.get(slug)!.id;

async function ranking(jobs: JobPosting[], skills: string, text = '', options: { kinds?: PositionKind[]; radiusKm?: number; locale?: Locale; pensum?: { min: number; max: number }; listed?: boolean; situation?: Situation } = {}) {
  const locale = options.locale ?? 'de-CH';
  const phrases = skills.split(',').map((t) => ({ text: t.trim() })).filter((p) => p.text);
  const words = personWords(phrases, text, taxonomy, locale);
  // `listed`: what they list is also kept as written (as `lotse match --skills` keeps it).
  const listedSkills = options.listed ? phrases.map((p) => p.text) : undefined;
  const profile = searchProfile(
    { id: 'p', locale, situation: options.situation, place: { point: SOLOTHURN }, radiusKm: options.radiusKm ?? 25, pensum: options.pensum, positionKinds: options.kinds ?? [], skills: words.skills, occupations: words.occupations, ownWords: words.text || undefined, listedSkills },
    NOW,
  );
  const service = createProposalService({ catalog: { activeJobs: async () => jobs, allTrainings: async () => [] }, vocabulary: taxonomy, feedback: async () => [], now: () => NOW });
  const page = await service.jobs(profile, { limit: 10 });
  return { words, ids: page.items.map((p) => p.job.id), items: page.items, relaxed: page.relaxed };
}

describe('hybrid ranking: occupations, own words, soft skills as tie-breakers', () => {
  it("a cook's phrases stay in the kitchen: the occupation is resolved, no palliative care is guessed, and the kitchen job outranks the care job", async () => {
    const kitchen = job({ title: 'Koch/Köchin Heimküche', occupationId: id('koch-efz'), kind: 'permanent', skills: [ess(id('kochen')), opt(id('grosskueche'))], description: 'Heimküche mit geregelten Arbeitszeiten.' });
    const care = job({ title: 'Pflegehelfer/in', occupationId: id('pflegefachhelfer'), kind: 'permanent', skills: [ess(id('grundpflege')), ess(id('palliativpflege'))], description: 'Pflege und Betreuung älterer Menschen.' });
    const { words, ids } = await ranking([care, kitchen], 'Koch EFZ, Menüs planen, Pflege der Grossmutter');
    expect(words.occupations).toEqual([id('koch-efz')]);
    expect(words.skills.map((s) => s.conceptId)).not.toContain(id('palliativpflege'));
    expect(ids[0]).toBe(kitchen.id);
  });

  it('a driver who wants to be home every evening sees the local tour before the long-distance one, whose card says why', async () => {
    const away = job({ title: 'Berufskraftfahrer/in CE', kind: 'permanent', skills: [ess(id('ladungssicherung'))], description: 'Fernverkehr, Touren in ganz Europa.' });
    const local = job({ title: 'Berufskraftfahrer/in CE', kind: 'permanent', point: { latitude: 47.33, longitude: 7.53 }, skills: [ess(id('ladungssicherung'))], description: 'Tagestouren in der Region.' });
    const { ids, items } = await ranking([away, local], 'Ladungssicherung', '20 Jahre Fernverkehr gefahren, jetzt will ich jeden Abend daheim sein.', { kinds: ['permanent'] });
    expect(ids).toEqual([local.id, away.id]);
    expect(items[1]!.explanation).toContain('Nächte auswärts');
  });

  it('a person who wrote "bitte ohne Schichtarbeit" sees the day job before the shift job, and the shift job\'s card says why', async () => {
    const shift = job({ title: 'Mitarbeiter/in Produktion', kind: 'permanent', skills: [ess(id('kommissionieren'))], description: 'Produktion im Dreischichtbetrieb.' });
    const day = job({ title: 'Mitarbeiter/in Produktion', kind: 'permanent', point: { latitude: 47.33, longitude: 7.53 }, skills: [ess(id('kommissionieren'))], description: 'Produktion, Tagdienst montags bis freitags.' });
    const { ids, items } = await ranking([shift, day], 'Kommissionieren', 'Ich suche etwas in der Produktion, bitte ohne Schichtarbeit.', { kinds: ['permanent'] });
    expect(ids).toEqual([day.id, shift.id]);
    expect(items[1]!.explanation).toContain('Achtung: Im Inserat steht Schichtarbeit – das möchtest du nicht.');
    expect(items[0]!.explanation).not.toContain('Achtung');
    const { items: english } = await ranking([shift, day], 'Kommissionieren', 'I am looking for work in production, but no shift work please.', { kinds: ['permanent'], locale: 'en' });
    expect(english.map((p) => p.job.id)).toEqual([day.id, shift.id]);
    expect(english[1]!.explanation).toContain('Note: the ad mentions shift work, which you want to avoid.');
    // Who is glad to work shifts is not warned of them.
    const { items: willing } = await ranking([shift, day], 'Kommissionieren', 'Ich suche etwas in der Produktion, gern auch in Schichtarbeit.', { kinds: ['permanent'] });
    expect(willing).toHaveLength(2);
    expect(willing.every((p) => !p.explanation.includes('Achtung'))).toBe(true);
  });

  it('a newcomer\'s English function words ("I would like to move … or …") pull no posting: the waitress who heads for the hotel reception sees it before the nearer Java posting with a line of English', async () => {
    const java = job({ title: 'Java Developer', kind: 'permanent', skills: [], description: 'Backend in Java or Kotlin. You would like to work in an international team? We are not picky about German.' });
    const reception = job({ title: 'Rezeptionist/in Hotel', kind: 'permanent', point: { latitude: 47.3, longitude: 7.53 }, skills: [], description: 'Empfang der Gäste im Hotel.' });
    const text = 'I do not want to serve tables forever, I would like to move to the hotel reception or event organisation.';
    const { ids, items } = await ranking([java, reception], '', text, { kinds: ['permanent'], locale: 'en' });
    expect(ids[0]).toBe(reception.id);
    expect(items.find((p) => p.job.id === java.id)?.explanation ?? '').not.toMatch(/\((?:[^)]*\W)?(?:or|would|want)\W/u);
  });

  it('a shared language is no field: the office job that only asks for English comes after the installer job whose ad names what the electrical engineer told', async () => {
    const office = job({ title: 'Sachbearbeiter/in Auftragsabwicklung', kind: 'permanent', skills: [ess(id('auftragsabwicklung')), ess(id('englisch'))], description: 'Aufträge aus dem In- und Ausland.' });
    const installer = job({ title: 'Monteur/in Ladeinfrastruktur', kind: 'permanent', point: { latitude: 47.3, longitude: 7.53 }, skills: [ess(id('elektroinstallation'))], description: 'Elektro-Installation von Wallboxen und Schaltanlagen.' });
    const { ids } = await ranking([office, installer], 'Englisch', 'Ich habe Schaltanlagen geplant und suche eine Stelle in der Elektrotechnik.', { kinds: ['permanent'] });
    expect(ids).toEqual([installer.id, office.id]);
  });

  it('English that many postings ask for does not make a job fit: the customer-service job comes before the automation job next door that shares only English, and a rare language (Tigrinya) still counts', async () => {
    const near = { latitude: 47.33, longitude: 7.53 };
    const service = job({ title: 'Kundenberater/in Service-Center', kind: 'permanent', point: near, skills: [ess(id('kundenservice')), ess(id('telefonieren'))] });
    const automation = job({ title: 'Automatisierungstechniker/in', kind: 'permanent', skills: [ess(id('sps-programmierung')), ess(id('englisch'))] });
    // Other postings ask for English too: it is a common language here.
    const others = [id('auftragsabwicklung'), id('sps-programmierung'), id('kochen')].map((skill, i) => job({ title: `Stelle ${i}`, kind: 'permanent', point: { latitude: 47.6, longitude: 8.2 }, skills: [ess(skill), ess(id('englisch'))] }));
    const told = 'Ich habe drei Jahre im Hotel gearbeitet.';
    const { ids } = await ranking([automation, service, ...others], 'Kundendienst, Englisch', told, { kinds: ['permanent'] });
    expect(ids.indexOf(service.id)).toBeLessThan(ids.indexOf(automation.id));
    // Tigrinya is asked by one posting of many: the refugee centre still ranks on it.
    const refugees = job({ title: 'Betreuer/in Asylunterkunft', kind: 'permanent', point: near, skills: [ess(id('betreuung-asyl')), ess(id('tigrinya'))] });
    const cleaning = job({ title: 'Reinigung', kind: 'permanent', skills: [ess(id('reinigung')), ess(id('englisch'))] });
    const fillers = Array.from({ length: 20 }, (_, i) => job({ title: `Stelle ${i}`, kind: 'permanent', point: { latitude: 47.6, longitude: 8.2 }, skills: [ess(id('kochen')), ess(id('englisch'))] }));
    const asylum = await ranking([cleaning, refugees, ...fillers], 'Tigrinya, Englisch', told, { kinds: ['permanent'] });
    expect(asylum.ids[0]).toBe(refugees.id);
  });

  it('saying they speak English does not pull the postings whose text names English: the hotel receptionist sees the customer-service job before the nearer automation job that shares only English', async () => {
    const service = job({ title: 'Kundenberater/in Service-Center', kind: 'permanent', point: { latitude: 47.3, longitude: 7.62 }, skills: [ess(id('kundenservice')), ess(id('telefonieren'))], description: 'Telefonische Beratung unserer Kundinnen und Kunden.' });
    const automation = job({ title: 'Automatisierungstechniker/in', kind: 'permanent', skills: [ess(id('sps-programmierung')), ess(id('englisch'))], description: 'Inbetriebnahmen weltweit, Dokumentation auf Englisch.' });
    const others = [id('auftragsabwicklung'), id('kochen'), id('reinigung'), id('gabelstapler'), id('grundpflege'), id('kommissionieren')].map((skill, i) => job({ title: `Stelle ${i}`, kind: 'permanent', point: { latitude: 47.6, longitude: 8.2 }, skills: [ess(skill), ess(id('englisch'))] }));
    const { ids } = await ranking([automation, service, ...others], 'Kundendienst, Englisch', 'Ich habe an der Hotelrezeption gearbeitet und spreche gut Englisch.', { kinds: ['permanent'] });
    expect(ids.indexOf(service.id)).toBeLessThan(ids.indexOf(automation.id));
  });

  it('where the person lives and how many years they worked are not words of their field: the card never says the ad names their town or a number', async () => {
    const store = job({ title: 'Mitarbeiter/in Lager', kind: 'permanent', skills: [ess(id('gabelstapler'))], description: 'Lager in Solothurn, Team von 15 Leuten.' });
    const { items } = await ranking([store], '', 'Ich wohne in Solothurn und habe 15 Jahre im Lager gearbeitet.', { kinds: ['permanent'] });
    expect(items[0]!.explanation).toContain('(Lager)');
    expect(items[0]!.explanation).not.toMatch(/solothurn|15\b/i);
  });

  it('a town written as part of a district («Solothurn-West») or in lower case after «in» («wohne in solothurn») is a place too, not a word of the field', async () => {
    const store = job({ title: 'Mitarbeiter/in Lager', kind: 'permanent', skills: [ess(id('gabelstapler'))], description: 'Lager in Solothurn.' });
    for (const text of ['Ich wohne in Solothurn-West und habe im Lager gearbeitet.', 'ich wohne in solothurn und hab im lager gearbeitet']) {
      const { items } = await ranking([store], '', text, { kinds: ['permanent'] });
      expect(items[0]!.explanation).toMatch(/\((Lager|lager)\)/);
      expect(items[0]!.explanation).not.toMatch(/solothurn/i);
    }
  });

  it('the card quotes the words as the person wrote them, not as the search folds them («Verkäuferin», not «verkaeuferin»)', async () => {
    const shop = job({ title: 'Verkäuferin Bäckerei', kind: 'permanent', description: 'Verkauf von Brot am Vormittag.' });
    const { items } = await ranking([shop], '', 'Ich war lange Verkäuferin und möchte wieder arbeiten.', { kinds: ['permanent'] });
    expect(items[0]!.explanation).toContain('(Verkäuferin)');
  });

  it('the app\'s skill lexicon as vocabulary gives the ranking the same taxonomy facts: a soft skill is brought and no gap («mitbringst», no «dir fehlt noch Zuverlässigkeit»)', async () => {
    const store = job({ title: 'Mitarbeiter/in Lager', kind: 'permanent', skills: [ess(id('teamarbeit')), ess(id('zuverlaessigkeit')), ess(id('kommissionieren'))] });
    const words = personWords([{ text: 'Teamarbeit' }], '', taxonomy, 'de-CH');
    const profile = searchProfile({ id: 'p', locale: 'de-CH', place: { point: SOLOTHURN }, radiusKm: 25, positionKinds: ['permanent'], skills: words.skills, occupations: [] }, NOW);
    const service = createProposalService({ catalog: { activeJobs: async () => [store], allTrainings: async () => [] }, vocabulary: skillLexicon(taxonomy), feedback: async () => [], now: () => NOW });
    const card = (await service.jobs(profile, { limit: 10 })).items[0]!.explanation;
    expect(card).toContain('mitbringst');
    expect(card).toContain('dir fehlt noch Kommissionieren');
    expect(card).not.toContain('Zuverlässigkeit');
  });

  it('a soft skill the posting asks for is no gap on the card: nobody is told «dir fehlt noch Zuverlässigkeit» for not mentioning it', async () => {
    const store = job({ title: 'Mitarbeiter/in Lager', kind: 'permanent', skills: [ess(id('gabelstapler')), ess(id('zuverlaessigkeit')), ess(id('kommissionieren'))] });
    const { items } = await ranking([store], 'Gabelstapler fahren', '', { kinds: ['permanent'] });
    expect(items[0]!.explanation).toContain('dir fehlt noch Kommissionieren');
    expect(items[0]!.explanation).not.toContain('Zuverlässigkeit');
  });

  it('a card says the Pensum it breaks, and the page claims no loosening while a job on it meets every wish', async () => {
    const full = job({ title: 'Verkäufer/in 100 %', kind: 'permanent', pensum: { min: 100, max: 100 }, skills: [ess(id('verkauf')), ess(id('kasse'))], description: 'Verkauf und Beratung im Laden.' });
    const part = job({ title: 'Verkäufer/in 50–70 %', kind: 'permanent', pensum: { min: 50, max: 70 }, point: { latitude: 47.25, longitude: 7.55 }, skills: [ess(id('verkauf')), ess(id('kasse'))], description: 'Verkauf an der Theke.' });
    const { items, relaxed } = await ranking([full, part], 'Haare schneiden', 'Ich möchte etwas im Verkauf machen.', { kinds: ['permanent'], pensum: { min: 60, max: 60 } });
    expect(items.find((p) => p.job.id === full.id)!.relaxed).toContain('pensum');
    expect(items.find((p) => p.job.id === part.id)!.relaxed ?? []).toEqual([]);
    expect(relaxed).toEqual([]);
  });

  it('"Teilzeit" is a wish the Pensum holds, not a word of the field: the kitchen posting comes before the part-time sales posting next door that shares only that word', async () => {
    const part = { min: 50, max: 70 };
    const sales = job({ title: 'Verkäufer/in (Teilzeit)', kind: 'permanent', pensum: part, skills: [ess(id('verkauf'))], description: 'Teilzeit, Teilzeit im Verkauf.' });
    const kitchen = job({ title: 'Küchenhilfe Kantine', kind: 'permanent', pensum: part, point: { latitude: 47.33, longitude: 7.53 }, skills: [ess(id('kochen'))], description: 'Kantine eines Betriebs.' });
    const { ids } = await ranking([sales, kitchen], 'Kochen', 'Ich habe in einer Kantine gearbeitet und suche Teilzeit.', { kinds: ['permanent'], pensum: part });
    expect(ids[0]).toBe(kitchen.id);
  });

  it('the kind of position a pupil looks for is no word of a field: the moped workshop\'s internship comes before the nearer IT internship whose ad repeats «Praktikum», and no card says the ad names it', async () => {
    const software = job({ title: 'Praktikum Java-Entwicklung', kind: 'internship', skills: [ess(id('java'))], description: 'Praktikum für Schüler: dein Praktikum in der Software-Entwicklung, Praktikum ab Sommer.' });
    const mopeds = job({ title: 'Schnuppereinsatz Zweiradwerkstatt', kind: 'internship', point: { latitude: 47.3, longitude: 7.6 }, skills: [ess(id('handwerkliches-geschick'))], description: 'Roller und Mopeds reparieren, Pneus wechseln.' });
    const { ids, items } = await ranking([software, mopeds], 'Zuverlässigkeit', 'Ich schraube gern an Mopeds rum und suche ein Praktikum.', { kinds: ['internship'] });
    expect(ids[0]).toBe(mopeds.id);
    for (const item of items) expect(item.explanation).not.toMatch(/praktikum/i);
  });

  it('an interest the posting asks for is not named as something to learn or still missing: the card of the mechanic apprenticeship names the craft skill to learn, not «Interesse an Technik»', async () => {
    const workshop = job({ title: 'Lehrstelle Automobil-Mechatroniker/in EFZ', kind: 'apprenticeship', skills: [ess(id('technik-interesse')), ess(id('handwerkliches-geschick')), ess(id('kfz-wartung'))], description: 'Service und Reparatur von Autos.' });
    const { items } = await ranking([workshop], 'Handwerkliches Geschick', 'Ich schraube gern an Mopeds.', { kinds: ['apprenticeship'] });
    expect(items[0]!.explanation).toContain('lernst du auch');
    expect(items[0]!.explanation).not.toContain('Interesse an Technik');
  });

  it('an interest the person shares with the posting is something they bring, not something they «can»: «weil du Interesse an Technik … mitbringst»', async () => {
    const workshop = job({ title: 'Lehrstelle Zweiradmechaniker/in EFZ', kind: 'apprenticeship', skills: [ess(id('technik-interesse')), ess(id('handwerkliches-geschick'))], description: 'Service an Velos und Töffli.' });
    const { items } = await ranking([workshop], 'Interesse an Technik, Handwerkliches Geschick', '', { kinds: ['apprenticeship'] });
    expect(items[0]!.explanation).toMatch(/^Passt, weil du Interesse an Technik und Handwerkliches Geschick mitbringst/);
    expect(items[0]!.explanation).not.toContain('kannst');
  });

  it('a pupil hoping to become an Informatiker, or anyone looking only for a Lehrstelle, hears that the ICT posting is close to the occupation wished for, not «deinem Beruf»', async () => {
    const ict = job({ title: 'Lehrstelle ICT-Fachmann/-frau EFZ', occupationId: id('ict-fachmann-efz'), kind: 'apprenticeship', skills: [ess(id('informatik-grundlagen'))] });
    const pupil = await ranking([ict], 'Informatiker EFZ, Informatik-Grundlagen', '', { kinds: ['apprenticeship'], situation: 'pupil' });
    expect(pupil.items[0]!.explanation).toContain('nahe an deinem Wunschberuf Informatiker/in EFZ');
    // An age under 20 in their own words says the same when no situation is known yet.
    const fifteen = await ranking([ict], 'Informatiker EFZ, Informatik-Grundlagen', 'Ich bin 15 und gehe in die Bezirksschule.', { kinds: ['apprenticeship'] });
    expect(fifteen.items[0]!.explanation).toContain('nahe an deinem Wunschberuf Informatiker/in EFZ');
    // Nor does one who looks only for a Lehrstelle have the occupation yet.
    const learner = await ranking([ict], 'Informatiker EFZ, Informatik-Grundlagen', '', { kinds: ['apprenticeship'] });
    expect(learner.items[0]!.explanation).toContain('nahe an deinem Wunschberuf Informatiker/in EFZ');
    const support = job({ title: 'ICT-Fachmann/-frau EFZ Support', occupationId: id('ict-fachmann-efz'), kind: 'permanent', skills: [ess(id('informatik-grundlagen'))] });
    const trained = await ranking([support], 'Informatiker EFZ, Informatik-Grundlagen', '', { kinds: ['permanent'] });
    expect(trained.items[0]!.explanation).toContain('nahe an deinem Beruf Informatiker/in EFZ');
  });

  it('a nurse HF sees the related nursing posting at her level before the nearer Pflegehelfer posting, and a posting a level below is not called close to her occupation; a Pflegehelfer still gets the helper posting first', async () => {
    const nursing = job({ title: 'Pflegefachperson FH Langzeitpflege', occupationId: id('pflegefachmann'), kind: 'permanent', point: { latitude: 47.33, longitude: 7.53 }, skills: [ess(id('behandlungspflege')), ess(id('medikamente')), opt(id('palliativpflege'))] });
    const helper = job({ title: 'Pflegehelfer/in SRK', occupationId: id('pflegefachhelfer'), kind: 'permanent', skills: [ess(id('grundpflege')), ess(id('mobilisation')), opt(id('behandlungspflege'))] });
    const nurse = await ranking([helper, nursing], 'Pflegefachfrau HF, Grundpflege, Mobilisation und Lagerung, Behandlungspflege', '', { kinds: ['permanent'] });
    expect(nurse.words.occupations).toEqual([id('pflegefachperson-hf')]);
    expect(nurse.ids).toEqual([nursing.id, helper.id]);
    // FaGe EFZ is related to her occupation but a level below: the card does not call it close to it.
    const fage = job({ title: 'Fachfrau/Fachmann Gesundheit EFZ', occupationId: id('fage-efz'), kind: 'permanent', skills: [ess(id('grundpflege'))] });
    const withFage = await ranking([fage, nursing], 'Pflegefachfrau HF, Grundpflege', '', { kinds: ['permanent'] });
    // «Pflegefachperson FH» differs from her HF only by the level mark, which names no other trade: it is her occupation.
    expect(withFage.items.find((p) => p.job.id === nursing.id)!.explanation).toContain('es eine Stelle als Dipl. Pflegefachfrau/Pflegefachmann HF ist');
    expect(withFage.items.find((p) => p.job.id === fage.id)!.explanation).not.toContain('nahe an deinem Beruf');
    const helperPerson = await ranking([helper, nursing], 'Pflegehelfer, Grundpflege, Mobilisation und Lagerung', '', { kinds: ['permanent'] });
    expect(helperPerson.ids[0]).toBe(helper.id);
  });

  it('the direction a person wishes for weighs more than what they did before: the posting of the wished field comes before the one of their past work', async () => {
    const past = job({ title: 'Mitarbeiter/in Notaufnahme', kind: 'permanent', skills: [ess(id('notfallversorgung'))], description: 'Notaufnahme eines Regionalspitals.' });
    const wished = job({ title: 'Mitarbeiter/in Rettungsdienst', kind: 'permanent', skills: [ess(id('notfallversorgung'))], description: 'Einsätze im Rettungsdienst der Region.' });
    const { ids } = await ranking([past, wished], 'Notfallversorgung', 'Ich arbeite seit Jahren in der Notaufnahme und möchte mich Richtung Rettungsdienst entwickeln.', { kinds: ['permanent'] });
    expect(ids).toEqual([wished.id, past.id]);
  });

  it('a Logistiker EFZ gets the logistics posting first, and is told it is a job of their occupation', async () => {
    const logistics = job({ title: 'Logistiker/in EFZ Lager', occupationId: id('logistiker-efz'), kind: 'permanent', skills: [ess(id('kommissionieren')), ess(id('lagerbewirtschaftung'))] });
    const shop = job({ title: 'Detailhandelsfachfrau/-mann', occupationId: id('detailhandelsfachmann-efz'), kind: 'permanent', skills: [ess(id('warenbewirtschaftung')), ess(id('kasse'))] });
    const office = job({ title: 'Kauffrau/Kaufmann EFZ', occupationId: id('kaufmann-efz'), kind: 'permanent', skills: [ess(id('bueroorganisation'))] });
    const { words, ids, items } = await ranking([shop, office, logistics], 'Logistiker EFZ');
    expect(words.occupations).toEqual([id('logistiker-efz')]);
    expect(ids[0]).toBe(logistics.id);
    expect(items[0]!.explanation).toContain('Logistiker/in EFZ');
  });

  it('soft skills only, with a hint of a field: the field they hinted at comes first, not every job asking for reliability', async () => {
    const security = job({ title: 'Sicherheitsmitarbeiter/in', kind: 'temporary', skills: [ess(id('zuverlaessigkeit')), ess(id('pflichtbewusstsein-termine'))], description: 'Objektschutz in der Nacht.' });
    const warehouse = job({ title: 'Ferienjob im Lager', kind: 'temporary', skills: [ess(id('kommissionieren')), opt(id('zuverlaessigkeit'))], description: 'Aushilfen im Lager über die Festtage.' });
    const shop = job({ title: 'Aushilfe Verkauf', kind: 'temporary', skills: [ess(id('kasse')), opt(id('zuverlaessigkeit'))], description: 'Samstagsjob an der Kasse.' });
    const { ids } = await ranking([security, shop, warehouse], 'motiviert, pünktlich, zuverlässig', 'Ich suche einen Ferienjob im Lager.');
    expect(ids[0]).toBe(warehouse.id);
  });

  it('words the taxonomy does not know still find the posting that has them; a job far beyond the radius never comes in, one just beyond it or of an unwished kind only labelled', async () => {
    const near = job({ title: 'Data Scientist', kind: 'permanent', skills: [ess(id('python'))], description: 'Modelle mit TensorFlow und numpy.' });
    const far = job({ title: 'ML Engineer TensorFlow numpy', kind: 'permanent', point: { latitude: 47.55, longitude: 9.0 }, skills: [ess(id('python'))], description: 'TensorFlow, numpy.' });
    const internship = job({ title: 'Praktikum TensorFlow numpy', kind: 'internship', point: OLTEN, skills: [ess(id('python'))], description: 'TensorFlow, numpy.' });
    const other = job({ title: 'Informatiker/in', kind: 'permanent', skills: [ess(id('java'))], description: 'Java Backend.' });
    const { words, ids, items } = await ranking([other, far, internship, near], 'TensorFlow, numpy', '', { kinds: ['permanent'] });
    expect(words.ownWords).toEqual(['TensorFlow', 'numpy']);
    expect(ids[0]).toBe(near.id);
    expect(ids).not.toContain(far.id);
    // Olten lies ~29 km away: the internship breaks the radius (25 km) and the kind.
    expect([...(items.find((p) => p.job.id === internship.id)?.relaxed ?? [])].sort()).toEqual(['kind', 'radius']);
    for (const p of items.filter((p) => p.job.id !== internship.id)) expect(p.relaxed).toBeUndefined();
  });

  it('a person whose skills are all words the taxonomy does not know finds the posting that names them among its skills first, before a nearer, fresher posting of the wished Pensum that names none of them', async () => {
    const listed = 'Abrechnung nach BEMA, Heil- und Kostenpläne, GOZ';
    const practice = job({
      title: 'Mitarbeiter/in Zahnarztpraxis',
      kind: 'permanent',
      point: OLTEN,
      publishedAt: new Date(NOW.getTime() - 60 * 86_400_000),
      skills: [ess(id('telefonieren'))],
      skillPhrases: ['Abrechnung nach BEMA und GOZ', 'Heil- und Kostenpläne'],
      description: 'Kleine Praxis, freundliches Team.',
    });
    const office = job({ title: 'Mitarbeiter/in Administration', kind: 'permanent', pensum: { min: 40, max: 60 }, skills: [ess(id('telefonieren'))], description: 'Post, Ablage und Telefon.' });
    const { words, ids } = await ranking([office, practice], listed, '', { kinds: ['permanent'], pensum: { min: 40, max: 60 } });
    expect(words.skills).toEqual([]);
    expect(words.ownWords).toHaveLength(3);
    expect(ids[0]).toBe(practice.id);
  });

  it('what a person lists that the taxonomy does not know is searched on its own too: the older, farther dental practice that names their BEMA billing comes before the law office that names the word their self-description repeats', async () => {
    const listed = 'Abrechnung nach BEMA, Heil- und Kostenpläne';
    const told = 'Ich war zwanzig Jahre in einer Kanzlei. In der Kanzlei war ich gern, die Kanzlei war meine Welt, und eine Stelle in einer Kanzlei wünsche ich mir wieder.';
    const practice = job({ title: 'Mitarbeiter/in Zahnarztpraxis', kind: 'permanent', point: OLTEN, publishedAt: new Date(NOW.getTime() - 60 * 86_400_000), skills: [ess(id('telefonieren'))], skillPhrases: ['Abrechnung nach BEMA', 'Heil- und Kostenpläne'], description: 'Kleine Praxis, freundliches Team.' });
    const office = job({ title: 'Mitarbeiter/in Kanzlei', kind: 'permanent', skills: [ess(id('telefonieren'))], description: 'Stelle in unserer Kanzlei.' });
    const { words, items } = await ranking([office, practice], listed, told, { kinds: ['permanent'] });
    expect(words.skills).toEqual([]);
    expect(items[0]!.job.id).toBe(practice.id);
  });

  it('what a person lists is searched as they wrote it: "Traktor fahren" (known as Agrartechnik) brings the older farm job whose ad says Traktor before the fresher one that does not, and the card of a job found by it alone quotes their word', async () => {
    const handwork = job({ title: 'Mitarbeiter/in Gemüsebau', kind: 'permanent', skills: [ess(id('agrartechnik'))], description: 'Ernte und Pflege der Kulturen von Hand.' });
    const tractor = job({ title: 'Mitarbeiter/in Landwirtschaftsbetrieb', kind: 'permanent', publishedAt: new Date(NOW.getTime() - 40 * 86_400_000), skills: [ess(id('agrartechnik'))], description: 'Du fährst Traktor bei der Ernte.' });
    const contractor = job({ title: 'Fahrer/in Lohnunternehmen', kind: 'permanent', description: 'Mit dem Traktor im Einsatz für die Landwirte der Region.' });
    const { words, ids, items } = await ranking([handwork, tractor, contractor], 'Traktor fahren', '', { kinds: ['permanent'], listed: true });
    expect(words.skills.map((s) => s.conceptId)).toEqual([id('agrartechnik')]);
    expect(ids.indexOf(tractor.id)).toBeLessThan(ids.indexOf(handwork.id));
    expect(items.find((p) => p.job.id === contractor.id)?.explanation).toContain('(Traktor)');
  });

  it('a Schnupperlehre is on the way to the Lehrstelle: for a pupil looking for an apprenticeship it comes before a poorer apprenticeship, labelled, while a permanent job stays behind', async () => {
    const taster = job({ title: 'Schnupperlehre Elektroniker/in EFZ', kind: 'internship', skills: [ess(id('loeten')), ess(id('mikrocontroller'))], description: 'Drei Tage schnuppern in der Elektronikwerkstatt.' });
    const shop = job({ title: 'Lehrstelle Detailhandel', kind: 'apprenticeship', skills: [ess(id('kasse')), ess(id('verkauf-beratung')), ess(id('warenbewirtschaftung')), ess(id('loeten'))], description: 'Lehre im Verkauf.' });
    const permanent = job({ title: 'Elektroniker/in EFZ', kind: 'permanent', skills: [ess(id('loeten')), ess(id('mikrocontroller'))], description: 'Elektronikwerkstatt.' });
    const { ids, items } = await ranking([shop, permanent, taster], 'Löten, Mikrocontroller programmieren', 'Ich bin 15 und löte gern Elektronik.', { kinds: ['apprenticeship'] });
    expect(ids).toEqual([taster.id, shop.id, permanent.id]);
    expect(items[0]!.relaxed).toEqual(['kind']);
    // And the other way round: a pupil looking for a Schnupperlehre is shown the Lehrstelle of their field before a poorer Schnupperlehre.
    const apprenticeship = job({ title: 'Elektroniker/in EFZ', kind: 'apprenticeship', skills: [ess(id('loeten')), ess(id('mikrocontroller'))], description: 'Lehre in der Elektronikwerkstatt.' });
    const shopTaster = job({ title: 'Schnupperlehre Detailhandel', kind: 'internship', skills: [ess(id('kasse')), ess(id('verkauf-beratung')), ess(id('warenbewirtschaftung')), ess(id('loeten'))], description: 'Schnuppern im Verkauf.' });
    const { ids: taster2 } = await ranking([shopTaster, apprenticeship], 'Löten, Mikrocontroller programmieren', 'Ich bin 14 und löte gern Elektronik.', { kinds: ['internship'] });
    expect(taster2).toEqual([apprenticeship.id, shopTaster.id]);
  });

  it('a page is filled up to ten with jobs just beyond the radius, each saying which wish it breaks, after the jobs that keep every wish', async () => {
    const cooking = [ess(id('kochen'))];
    const inside = [0, 1, 2].map((k) => job({ title: `Koch/Köchin ${k}`, occupationId: id('koch-efz'), kind: 'permanent', point: { latitude: 47.21 + 0.01 * k, longitude: 7.53 }, skills: cooking }));
    // 30–45 km east of Solothurn: beyond the wished 25 km, within twice of it.
    const beyond = [0, 1, 2, 3, 4, 5, 6].map((k) => job({ title: `Koch/Köchin ${k}`, occupationId: id('koch-efz'), kind: 'permanent', point: { latitude: 47.21, longitude: 7.93 + 0.02 * k }, skills: cooking }));
    const { items } = await ranking([...beyond, ...inside], 'Koch EFZ', '', { kinds: ['permanent'] });
    expect(items).toHaveLength(10);
    expect(items.slice(0, 3).map((p) => p.job.id).sort()).toEqual(inside.map((j) => j.id).sort());
    for (const p of items.slice(3)) {
      expect(p.relaxed).toEqual(['radius']);
      expect(p.distanceKm).toBeGreaterThan(25);
    }
  });

  it('a job of their occupation just beyond the radius comes before a job near home that has nothing to do with them, and says it is beyond the radius', async () => {
    const unrelated = job({ title: 'Reinigungsmitarbeiter/in', kind: 'permanent', skills: [ess(id('zuverlaessigkeit'))] });
    const kitchen = job({ title: 'Koch/Köchin Heimküche', occupationId: id('koch-efz'), kind: 'permanent', point: OLTEN, skills: [ess(id('kochen')), opt(id('grosskueche'))] });
    const { ids, items } = await ranking([unrelated, kitchen], 'Koch EFZ, zuverlässig', '', { kinds: ['permanent'], radiusKm: 20 });
    expect(ids).toEqual([kitchen.id, unrelated.id]);
    expect(items[0]!.relaxed).toEqual(['radius']);
    expect(items[1]!.relaxed).toBeUndefined();
  });

  it('occupations are related both ways: the MPA apprenticeship names the FaGe as its neighbour, so a pupil heading for FaGe is shown it as close to that occupation, before a nearer unrelated one', async () => {
    expect(taxonomy.get('fage-efz')!.related).not.toContain(id('mpa-efz'));
    const practice = job({ title: 'Medizinische/r Praxisassistent/in EFZ', occupationId: id('mpa-efz'), kind: 'apprenticeship', point: { latitude: 47.25, longitude: 7.6 }, skills: [ess(id('ms-office'))] });
    const building = job({ title: 'Maurer/in EFZ', kind: 'apprenticeship', skills: [ess(id('mauern'))] });
    const { ids, items, words } = await ranking([building, practice], 'Fachfrau/Fachmann Gesundheit EFZ', '', { kinds: ['apprenticeship'] });
    expect(words.occupations).toEqual([id('fage-efz')]);
    expect(ids).toEqual([practice.id, building.id]);
    expect(items[0]!.explanation).toContain('nahe an deinem Wunschberuf Fachfrau/Fachmann Gesundheit EFZ');
  });

  it('speaking German, the language every posting is written in, points to no field: the office job that asks for written German gets nothing for it', async () => {
    const office = job({ title: 'Kauffrau/Kaufmann EFZ Bank', kind: 'apprenticeship', point: { latitude: 47.25, longitude: 7.6 }, skills: [ess(id('deutsch-schriftlich')), ess(id('ms-office'))], description: 'Kundinnen und Kunden aus ganz Deutschland.' });
    const nearer = job({ title: 'Maurer/in EFZ', kind: 'apprenticeship', skills: [ess(id('mauern'))], description: 'Neubauten und Umbauten.' });
    const { ids, items } = await ranking([office, nearer], 'Kochen', 'Ich spreche Dari und Deutsch B1 und möchte Koch werden.', { kinds: ['apprenticeship'] });
    expect(ids).toEqual([nearer.id, office.id]);
    expect(items[1]!.explanation).not.toContain('was du erzählt hast');
  });

  it('a job a kilometre beyond the radius costs little, one far beyond it the whole penalty: the better fit just beyond comes first, the same fit far beyond after the poorer one near home', async () => {
    const east = (km: number) => ({ latitude: SOLOTHURN.latitude, longitude: SOLOTHURN.longitude + km / 75.6 });
    const skills = [ess(id('kochen')), ess(id('grosskueche'))];
    const justBeyond = job({ title: 'Koch/Köchin Heimküche', kind: 'permanent', point: east(21), skills });
    const farBeyond = job({ title: 'Koch/Köchin Spitalküche', kind: 'permanent', point: east(36), skills });
    const poorerNear = job({ title: 'Koch/Köchin Restaurant', kind: 'permanent', point: east(15), skills: [ess(id('kochen')), ess(id('fleischverarbeitung'))] });
    const { ids, items } = await ranking([farBeyond, poorerNear, justBeyond], 'Kochen, Grossküche', 'Ich koche gern.', { kinds: ['permanent'], radiusKm: 20 });
    expect(ids).toEqual([justBeyond.id, poorerNear.id, farBeyond.id]);
    expect(items[0]!.relaxed).toEqual(['radius']);
    expect(items[1]!.relaxed).toBeUndefined();
  });

  it('a job beyond the reach of the words and the occupation (more than twice the radius away) costs more than one just within it', () => {
    // 0.9 and 1.5 of the radius beyond it: both cost the whole radius penalty, the second one more on top.
    expect(penaltyOf(['radius'], false, 1.5)).toBeGreaterThan(penaltyOf(['radius'], false, 0.9));
    expect(penaltyOf(['radius'], false, 0.9)).toBe(penaltyOf(['radius'], false, 0.6));
  });

  it('a job of another kind than wished never outranks a job of the wished kind, however well it fits: it only fills the page behind them, labelled', async () => {
    const apprenticeship = job({ title: 'Küchenangestellte/r EBA', kind: 'apprenticeship', point: OLTEN, skills: [opt(id('kochen')), ess(id('kasse')), ess(id('grosskueche'))] });
    const permanent = job({ title: 'Koch/Köchin Heimküche', occupationId: id('koch-efz'), kind: 'permanent', description: 'Wir kochen gern frisch für unsere Bewohner.', skills: [ess(id('kochen'))] });
    const { ids, items } = await ranking([permanent, apprenticeship], 'Koch EFZ, kochen', 'Ich koche gern frisch.', { kinds: ['apprenticeship'], radiusKm: 30 });
    expect(ids).toEqual([apprenticeship.id, permanent.id]);
    expect(items[1]!.relaxed).toEqual(['kind']);
  });

  it('a posting whose title names their occupation counts as one of their occupation, though the posting came without one, and the reason says so', async () => {
    const named = job({ title: 'Logistiker EFZ Distribution', kind: 'permanent', skills: [ess(id('kommissionieren'))] });
    const shop = job({ title: 'Detailhandelsfachfrau/-mann', occupationId: id('detailhandelsfachmann-efz'), kind: 'permanent', skills: [ess(id('kommissionieren')), ess(id('kasse'))] });
    const { ids, items } = await ranking([shop, named], 'Logistiker EFZ', '', { kinds: ['permanent'] });
    expect(ids[0]).toBe(named.id);
    expect(items[0]!.explanation).toContain('eine Stelle als Logistiker/in EFZ');
    // The shop posting is not one of their occupation (its occupation is a neighbour of theirs, at most).
    expect(items[1]!.explanation).not.toContain('eine Stelle als Logistiker/in EFZ');
  });

  it('a 15-year-old sees the apprenticeship before the Nachholbildung for adults that fits her skills better, and its card says who it is for; an adult is shown it first', async () => {
    const adults = job({ title: 'Nachholbildung Fachfrau/Fachmann Gesundheit EFZ für Erwachsene', kind: 'apprenticeship', skills: [ess(id('grundpflege')), ess(id('altenbetreuung'))], description: 'Berufsabschluss für Erwachsene mit Erfahrung in der Pflege.' });
    const apprenticeship = job({ title: 'Lehrstelle Assistent/in Gesundheit und Soziales EBA', kind: 'apprenticeship', skills: [ess(id('grundpflege')), ess(id('altenbetreuung')), ess(id('essen-eingeben'))], description: 'Zweijährige Lehre im Alterszentrum.' });
    const { ids, items } = await ranking([adults, apprenticeship], 'Grundpflege, Betreuung älterer Menschen', 'Ich bin 15 und suche eine Lehrstelle in der Pflege, ich helfe gern älteren Menschen.', { kinds: ['apprenticeship'] });
    expect(ids).toEqual([apprenticeship.id, adults.id]);
    expect(items[1]!.explanation).toContain('Hinweis: Das Angebot richtet sich an Erwachsene mit Berufserfahrung.');
    expect(items[0]!.explanation).not.toContain('Erwachsene');
    const { ids: adult, items: adultItems } = await ranking([adults, apprenticeship], 'Grundpflege, Betreuung älterer Menschen', 'Ich bin 38 und möchte in der Pflege einen Berufsabschluss machen, ich helfe gern älteren Menschen.', { kinds: ['apprenticeship'] });
    expect(adult).toEqual([adults.id, apprenticeship.id]);
    expect(adultItems.every((p) => !p.explanation.includes('Erwachsene'))).toBe(true);
  });

  it('a trained nurse who looks for a job is shown no Lehrstelle or Schnupperlehre, however few jobs are near; a pupil is', async () => {
    const hf = job({ title: 'Dipl. Pflegefachfrau/Pflegefachmann HF', occupationId: id('pflegefachmann'), kind: 'permanent', point: { latitude: 47.45, longitude: 7.8 }, skills: [ess(id('grundpflege'))], description: 'Akutspital, Bettenstation.' });
    const lehre = job({ title: 'Lehrstelle Fachfrau/Fachmann Gesundheit EFZ', occupationId: id('fage-efz'), kind: 'apprenticeship', skills: [ess(id('grundpflege'))], description: 'Lehrbeginn August 2027.' });
    const schnuppern = job({ title: 'Schnupperlehre Fachfrau/Fachmann Gesundheit EFZ', occupationId: id('fage-efz'), kind: 'internship', skills: [ess(id('grundpflege'))], description: 'Zwei Tage im Heim.' });
    const { ids } = await ranking([lehre, schnuppern, hf], 'Grundpflege, Pflegefachfrau HF', 'I am a nurse with 6 years of ICU experience.', { kinds: ['permanent'], locale: 'en' });
    expect(ids).toEqual([hf.id]);
    const { ids: pupil } = await ranking([lehre, schnuppern, hf], 'Grundpflege', 'Ich bin 15 und möchte in die Pflege.', { kinds: ['permanent'] });
    expect(pupil).toContain(lehre.id);
  });

  it('a nurse who names her diploma and chose no kind of position, or all of them, is shown no Lehrstelle or Schnupperlehre of her field; one who only wishes for the occupation, or leaves her trade, still is', async () => {
    const hf = job({ title: 'Dipl. Pflegefachfrau/Pflegefachmann HF', occupationId: id('pflegefachmann'), kind: 'permanent', point: { latitude: 47.45, longitude: 7.8 }, skills: [ess(id('grundpflege'))], description: 'Pflegeheim, Langzeitpflege.' });
    const lehre = job({ title: 'Lehrstelle Fachfrau/Fachmann Gesundheit EFZ', occupationId: id('fage-efz'), kind: 'apprenticeship', skills: [ess(id('grundpflege'))], description: 'Lehrbeginn August 2027.' });
    const schnuppern = job({ title: 'Schnupperlehre Fachfrau/Fachmann Gesundheit EFZ', occupationId: id('fage-efz'), kind: 'internship', skills: [ess(id('grundpflege'))], description: 'Zwei Tage im Heim.' });
    const bakery = job({ title: 'Lehrstelle Bäcker/in-Konditor/in-Confiseur/in EFZ', occupationId: id('baecker'), kind: 'apprenticeship', skills: [ess(id('backen'))], description: 'Backstube.' });
    const said = 'Ich bin diplomierte Pflegefachfrau, 8 Jahre im Spital, und möchte in einem Pflegeheim arbeiten.';
    const { ids } = await ranking([lehre, schnuppern, hf], 'Grundpflege, Pflegefachfrau HF', said);
    expect(ids).toEqual([hf.id]);
    const { ids: anyKind } = await ranking([lehre, schnuppern, hf], 'Grundpflege, Pflegefachfrau HF', said, { kinds: ['apprenticeship', 'internship', 'permanent', 'temporary'] });
    expect(anyKind).toEqual([hf.id]);
    const { ids: asked } = await ranking([lehre, schnuppern, hf], 'Grundpflege, Pflegefachfrau HF', said, { kinds: ['apprenticeship'] });
    expect(asked).toContain(lehre.id);
    const { ids: wishing } = await ranking([lehre, schnuppern, hf], 'Grundpflege, Pflegefachfrau HF', 'Ich möchte Pflegefachfrau werden und in einem Pflegeheim arbeiten.');
    expect(wishing).toContain(lehre.id);
    const { ids: helper } = await ranking([lehre, hf], 'Grundpflege, Fachfrau Gesundheit', 'Seit 8 Jahren Pflegehelferin, jetzt will ich die Ausbildung zur Fachfrau Gesundheit machen.');
    expect(helper).toContain(lehre.id);
    const { ids: leaving } = await ranking([bakery, hf], 'Grundpflege, Backen, Pflegefachfrau HF', 'Ich bin diplomierte Pflegefachfrau, aber ich möchte in die Backstube wechseln.');
    expect(leaving).toContain(bakery.id);
  });

  it('a training the words name with its occupation counts in that field only: «gelernte Coiffeuse» is warned at the baker\'s EFZ post', async () => {
    const baker = job({ title: 'Bäcker/in-Konditor/in-Confiseur/in EFZ', occupationId: id('baecker'), kind: 'permanent', skills: [ess(id('backen'))], description: 'Backstube und Verkauf im Laden.' });
    const { items } = await ranking([baker], 'Haare schneiden', 'Ich bin gelernte Coiffeuse und möchte jetzt etwas im Verkauf.', { kinds: ['permanent'] });
    expect(items[0]!.explanation).toContain('Berufsabschluss verlangt');
  });

  it('one who says they have no Berufsabschluss is warned at a «Fachkraft» post whose title names no EFZ («Fachkraft für Lagerlogistik», «Pflegefachkraft»), and sees the post for anyone first; one who says nothing of a training is not warned', async () => {
    const fachkraft = job({ title: 'Fachkraft für Lagerlogistik', kind: 'permanent', skills: [ess(id('kommissionieren')), ess(id('lagerbewirtschaftung'))], description: 'Wareneingang, Kommissionieren und Versand im Schichtbetrieb.' });
    const helper = job({ title: 'Produktionsmitarbeiter/in Versand', kind: 'permanent', skills: [ess(id('kommissionieren')), ess(id('lagerbewirtschaftung'))], description: 'Kommissionieren im Lager, Versand im Schichtbetrieb.' });
    const untrained = await ranking([fachkraft, helper], 'Kommissionieren, Lagerbewirtschaftung', 'Ich habe keinen Berufsabschluss, aber viel im Lager gearbeitet. Schicht ist kein Problem.', { kinds: ['permanent'] });
    expect(untrained.ids).toEqual([helper.id, fachkraft.id]);
    expect(untrained.items[1]!.explanation).toContain('Berufsabschluss verlangt');
    expect(untrained.items[0]!.explanation).not.toContain('Berufsabschluss verlangt');
    const silent = await ranking([fachkraft, helper], 'Kommissionieren, Lagerbewirtschaftung', 'Ich habe viel im Lager gearbeitet. Schicht ist kein Problem.', { kinds: ['permanent'] });
    expect(silent.items.every((i) => !i.explanation.includes('Berufsabschluss verlangt'))).toBe(true);
  });

  it('a carer without training sees the Pflegehelfer post before the FaGe EFZ post that fits her skills better, and the EFZ card says it asks for a training she has not named; who names her training is not warned', async () => {
    const efz = job({ title: 'Fachfrau/Fachmann Gesundheit EFZ', occupationId: id('fage-efz'), kind: 'permanent', skills: [ess(id('grundpflege')), ess(id('altenbetreuung'))], description: 'Pflege und Betreuung in der Langzeitpflege.' });
    const helper = job({ title: 'Pflegehelfer/in SRK', occupationId: id('pflegefachhelfer'), kind: 'permanent', skills: [ess(id('grundpflege')), ess(id('altenbetreuung')), opt(id('essen-eingeben'))], description: 'Unterstützung der Bewohnenden im Alltag.' });
    const skills = 'Grundpflege, Betreuung älterer Menschen';
    const { ids, items } = await ranking([efz, helper], skills, 'Ich habe zwei Jahre meine Mutter gepflegt und möchte jetzt in der Pflege arbeiten.', { kinds: ['permanent'] });
    expect(ids).toEqual([helper.id, efz.id]);
    expect(items[1]!.explanation).toContain('Hinweis: Hier wird ein Berufsabschluss verlangt, den du bisher nicht erwähnt hast.');
    expect(items[0]!.explanation).not.toContain('Berufsabschluss');
    const { items: trained } = await ranking([efz, helper], skills, 'Ich habe die Lehre abgeschlossen und möchte nach der Familienpause wieder in der Pflege arbeiten.', { kinds: ['permanent'] });
    expect(trained.every((p) => !p.explanation.includes('Berufsabschluss'))).toBe(true);
  });

  it('a pupil who named no occupation is also shown the related apprenticeships of the field the best proposal is in, before unrelated ones', async () => {
    const cook = job({ title: 'Koch/Köchin EFZ', occupationId: id('koch-efz'), skills: [ess(id('kochen'))] });
    const service = job({ title: 'Restaurationsfachfrau/-mann EFZ', occupationId: id('restaurantfachmann'), skills: [ess(id('service-gastro'))] });
    const mason = job({ title: 'Maurer/in EFZ', skills: [ess(id('koerperliche-belastbarkeit'))] });
    const { ids } = await ranking([mason, service, cook], 'kochen, körperlich belastbar', 'Ich koche gern für meine Familie.', { kinds: ['apprenticeship'] });
    expect(ids.slice(0, 2)).toEqual([cook.id, service.id]);
  });
  it('near postings that share nothing with the person do not set their field: the packer sees the packaging job before the nearer care jobs it would otherwise pull in', async () => {
    const further = { latitude: 47.3, longitude: 7.62 };
    const packaging = job({ title: 'Helfer/in Verpackung', kind: 'permanent', point: further, skills: [ess(id('verpacken')), ess(id('kommissionieren')), ess(id('gabelstapler')), ess(id('lagerbewirtschaftung')), ess(id('lkw-fahren'))], description: 'Versand.' });
    const care = Array.from({ length: 3 }, () => job({ title: 'Pflegehelfer/in', occupationId: id('pflegefachhelfer'), kind: 'permanent', skills: [ess(id('grundpflege'))], description: 'Pflege älterer Menschen.' }));
    const { ids } = await ranking([...care, packaging], 'Verpacken, Zuverlässigkeit', 'Ich habe sechs Jahre in einer Werkstatt gearbeitet.', { kinds: ['permanent'] });
    expect(ids[0]).toBe(packaging.id);
  });
  it('a school subject shows the interest it belongs to: the pupil good at biology sees the apprenticeship asking for an interest in natural sciences before the nearer one that shares only teamwork; a soft skill shows no such interest', async () => {
    const grenchen = { latitude: 47.19, longitude: 7.39 };
    const science = job({ title: 'Lehrstelle Fachfrau/Fachmann Gesundheit EFZ', point: grenchen, skills: [ess(id('naturwissenschaft-interesse')), ess(id('teamarbeit'))] });
    const other = job({ title: 'Lehrstelle Detailhandelsfachfrau/-mann EFZ', skills: [ess(id('teamarbeit')), ess(id('zuverlaessigkeit'))] });
    const pupil = await ranking([other, science], 'Biologie, Teamarbeit', 'Ich bin 15 und suche eine Lehrstelle.', { kinds: ['apprenticeship'] });
    expect(pupil.ids).toEqual([science.id, other.id]);
    expect(pupil.items[0]!.matched.map((m) => m.conceptId)).toContain(id('naturwissenschaft-interesse'));
    // "Handwerkliches Geschick" is a soft skill: it shows no interest in technology, so the nearer posting stays first.
    const technology = job({ title: 'Lehrstelle Elektroniker/in EFZ', point: grenchen, skills: [ess(id('technik-interesse')), ess(id('teamarbeit'))] });
    const handy = await ranking([other, technology], 'Handwerkliches Geschick, Teamarbeit', 'Ich bin 15 und suche eine Lehrstelle.', { kinds: ['apprenticeship'] });
    expect((handy.items.find((p) => p.job.id === technology.id)?.matched ?? []).map((m) => m.conceptId)).not.toContain(id('technik-interesse'));
  });

  it('a school subject many Lehrstellen ask for points to no field: the pupil who works with wood and likes maths sees the carpentry apprenticeship before the nearer ones that share only maths; where few ask for maths, sharing it still counts', async () => {
    const further = { latitude: 47.3, longitude: 7.62 };
    const carpentry = job({ title: 'Schreiner/in EFZ', point: further, skills: [ess(id('holzbearbeitung')), ess(id('handwerkliches-geschick')), ess(id('koerperliche-belastbarkeit'))] });
    const maths = (title: string) => job({ title, skills: [ess(id('mathematik'))] });
    const kitchens = (n: number) => Array.from({ length: n }, (_, i) => job({ title: `Koch/Köchin EFZ ${i}`, point: { latitude: 47.6, longitude: 8.2 }, skills: [ess(id('kochen'))] }));
    const pupil = 'Ich bin 15 und wohne in Solothurn.';
    // Three of ten Lehrstellen ask for maths.
    const many = await ranking([maths('Automatiker/in EFZ'), maths('Konstrukteur/in EFZ'), maths('Laborant/in EFZ'), carpentry, ...kitchens(6)], 'Holzbearbeitung, Mathematik', pupil, { kinds: ['apprenticeship'] });
    expect(many.ids[0]).toBe(carpentry.id);
    // One of fourteen does: it is the pupil's best fit again.
    const automation = maths('Automatiker/in EFZ');
    const few = await ranking([automation, carpentry, ...kitchens(12)], 'Holzbearbeitung, Mathematik', pupil, { kinds: ['apprenticeship'] });
    expect(few.ids[0]).toBe(automation.id);
  });
  it('a person who says they leave their trade ("darf nicht mehr schwer heben") sees the posting of the field they head for before one of their old trade that fits their skills better; who stays in it still gets it first', async () => {
    const trade = job({ title: 'Maurer/in', occupationId: id('maurer-efz'), kind: 'permanent', skills: [ess(id('mauern')), ess(id('betonieren')), ess(id('schalungsbau')), ess(id('geruestbau'))], description: 'Maurerarbeiten im Hochbau.' });
    const sales = job({ title: 'Fachberater/in Baustoffhandel', kind: 'permanent', skills: [ess(id('kundenberatung')), ess(id('bauplaene-lesen'))], description: 'Beratung von Handwerkern zu Baustoffen und Bauplänen, ideal für Quereinsteiger vom Bau.' });
    const leaving = await ranking([trade, sales], 'Maurer, Baupläne lesen, Kundenberatung', 'Gelernter Maurer. Nach zwei Bandscheibenvorfällen darf ich nicht mehr schwer heben. Ich kenne Baustoffe.', { kinds: ['permanent'] });
    expect(leaving.ids).toEqual([sales.id, trade.id]);
    const staying = await ranking([trade, sales], 'Maurer, Baupläne lesen, Kundenberatung', 'Gelernter Maurer, ich kenne Baustoffe.', { kinds: ['permanent'] });
    expect(staying.ids[0]).toBe(trade.id);
  });

  it('a baker who wishes to move into the lab ("möchte ins Labor wechseln") sees the lab posting before a baker\'s posting that fits her skills better; who only tells of her trade gets the baker\'s posting first', async () => {
    const bakery = job({ title: 'Bäcker/in Frühschicht', occupationId: id('baecker'), kind: 'permanent', skills: [ess(id('backen')), ess(id('lebensmittelhygiene'))], description: 'Brot und Gebäck in der Backstube.' });
    const lab = job({ title: 'Laborhelfer/in Qualitätssicherung', kind: 'permanent', point: { latitude: 47.3, longitude: 7.53 }, skills: [ess(id('qualitaetskontrolle')), ess(id('lebensmittelhygiene')), ess(id('grundpflege'))], description: 'Proben im Labor eines Lebensmittelbetriebs.' });
    const changing = await ranking([bakery, lab], 'Bäckerin, Backen, Lebensmittelhygiene', 'Gelernte Bäckerin, acht Jahre in der Backstube. Ich möchte ins Labor wechseln, Lebensmittel oder Qualitätskontrolle.', { kinds: ['permanent'] });
    expect(changing.ids).toEqual([lab.id, bakery.id]);
    const staying = await ranking([bakery, lab], 'Bäckerin, Backen, Lebensmittelhygiene', 'Gelernte Bäckerin, acht Jahre in der Backstube, Lebensmittel kenne ich.', { kinds: ['permanent'] });
    expect(staying.ids[0]).toBe(bakery.id);
  });

  it('a baker who wishes to move into the food industry still sees a posting of his trade that names what he wishes for (Produktion in the Grossbäckerei) as one of his trade, before a nearer bakery', async () => {
    const bakery = job({ title: 'Bäcker/in Filiale', occupationId: id('baecker'), kind: 'permanent', skills: [ess(id('backen'))], description: 'Brot und Gebäck für unsere Filiale.' });
    const plant = job({ title: 'Mitarbeiter/in Grossbäckerei', occupationId: id('baecker'), kind: 'permanent', point: { latitude: 47.3, longitude: 7.53 }, skills: [ess(id('backen'))], description: 'Teig und Ofen in der Grossbäckerei, Produktion für den Handel.' });
    const industry = job({ title: 'Produktionsmitarbeiter/in Lebensmittelindustrie', kind: 'permanent', skills: [ess(id('lebensmittelhygiene'))], description: 'Produktion von Backwaren in der Lebensmittelindustrie, Tagesschicht.' });
    const { ids, items } = await ranking([bakery, plant, industry], 'Bäcker, Backen, Lebensmittelhygiene', 'Gelernter Bäcker, 20 Jahre Nachtarbeit. Ich möchte in die Lebensmittelindustrie oder Produktion wechseln, mit Tagesschicht.', { kinds: ['permanent'] });
    expect(ids).toEqual([industry.id, plant.id, bakery.id]);
    expect(items[1]!.explanation).toContain('Stelle als Bäcker');
  });

  it('a Lehrstelle whose stated start has gone by ("Lehrbeginn August 2026" in November) comes after a farther one still open, and its card says the start is past', async () => {
    const taken = job({ title: 'Logistiker/in EFZ', skills: [ess(id('handwerkliches-geschick'))], description: 'Lehrbeginn August 2026, im Lager mit Stapler.' });
    const open = job({ title: 'Logistiker/in EFZ', point: { latitude: 47.3, longitude: 7.53 }, skills: [ess(id('handwerkliches-geschick'))], description: 'Lehrbeginn August 2027, im Lager mit Stapler.' });
    const { ids, items } = await ranking([taken, open], 'Handwerkliches Geschick', 'Ich bin 15 und suche eine Lehrstelle im Lager.', { kinds: ['apprenticeship'] });
    expect(ids).toEqual([open.id, taken.id]);
    expect(items[1]!.explanation).toContain('schon vorbei');
    expect(items[0]!.explanation).not.toContain('schon vorbei');
  });

  it('a posting published half a year ago (an ad of last spring read in November) comes after a farther one of four months, and its card says to ask whether it is still open', async () => {
    // Four months against six: both are past their freshest, only the older one is likely filled.
    const old = job({ title: 'Logistiker/in EFZ', kind: 'permanent', skills: [ess(id('handwerkliches-geschick'))], description: 'Im Lager mit Stapler.', publishedAt: new Date('2026-05-01T00:00:00Z') });
    const fresh = job({ title: 'Logistiker/in EFZ', kind: 'permanent', point: { latitude: 47.3, longitude: 7.53 }, skills: [ess(id('handwerkliches-geschick'))], description: 'Im Lager mit Stapler.', publishedAt: new Date('2026-07-01T00:00:00Z') });
    const { ids, items } = await ranking([old, fresh], 'Handwerkliches Geschick', 'Ich suche eine feste Stelle im Lager.', { kinds: ['permanent'] });
    expect(ids).toEqual([fresh.id, old.id]);
    expect(items[1]!.explanation).toContain('fünf Monate alt');
    expect(items[0]!.explanation).not.toContain('fünf Monate alt');
  });

  it('a Kaufmann who wishes to move into IT support («in den IT-Support wechseln») sees a service-desk post his skills do not reach before a nearer office post of his skills; who stays in the office does not', async () => {
    const office = job({ title: 'Sachbearbeiter/in Auftragsabwicklung', kind: 'permanent', skills: [ess(id('auftragsabwicklung'))], description: 'Auftragsabwicklung seit Jahren bei uns im Büro: Aufträge im System erfassen.' });
    const desk = job({ title: 'Servicedesk-Mitarbeiter/in', kind: 'permanent', point: { latitude: 47.3, longitude: 7.53 }, skills: [ess(id('it-support')), ess(id('telefonieren')), ess(id('windows-administration'))], description: 'Support für Gemeindeverwaltungen, Tickets am Telefon.' });
    const support = job({ title: 'IT-Supporter/in 1st Level', kind: 'permanent', point: { latitude: 47.3, longitude: 7.53 }, skills: [ess(id('it-support')), ess(id('auftragsabwicklung'))], description: 'IT-Support für KMU, Quereinsteiger aus dem kaufmännischen Bereich willkommen.' });
    const changing = await ranking([office, desk, support], 'Kaufmann EFZ, Auftragsabwicklung', 'Kaufmann EFZ, seit 10 Jahren Auftragsabwicklung. Ich will in den IT-Support wechseln.', { kinds: ['permanent'] });
    expect(changing.ids).toEqual([support.id, desk.id, office.id]);
    // The wished trade is found by his words, not by an occupation of his: the card does not call it close to his.
    expect(changing.items[1]!.explanation).not.toContain('nahe an deinem Beruf');
    const staying = await ranking([office, desk, support], 'Kaufmann EFZ, Auftragsabwicklung', 'Kaufmann EFZ, seit 10 Jahren Auftragsabwicklung, am liebsten wieder im Büro.', { kinds: ['permanent'] });
    expect(staying.ids[0]).toBe(office.id);
  });

  it('a FaGe who wishes to move "in die Spitex" moves within her trade: its postings elsewhere (Akutspital) stay before a helper\'s posting of care', async () => {
    const spitex = job({ title: 'Fachfrau/Fachmann Gesundheit EFZ Spitex', occupationId: id('fage-efz'), kind: 'permanent', skills: [ess(id('grundpflege')), ess(id('behandlungspflege'))], description: 'Pflege zu Hause, mit dem Auto unterwegs.' });
    const hospital = job({ title: 'Fachfrau/Fachmann Gesundheit EFZ Akutspital', occupationId: id('fage-efz'), kind: 'permanent', point: { latitude: 47.3, longitude: 7.53 }, skills: [ess(id('grundpflege')), ess(id('behandlungspflege'))], description: 'Chirurgische Station.' });
    const helper = job({ title: 'Pflegehelfer/in SRK', occupationId: id('pflegefachhelfer'), kind: 'permanent', skills: [ess(id('grundpflege')), ess(id('wundversorgung'))], description: 'Betreuung im Alterszentrum.' });
    const { ids } = await ranking([helper, hospital, spitex], 'Fachfrau Gesundheit EFZ, Grundpflege, Wundversorgung', 'Fachfrau Gesundheit EFZ, 4 Jahre im Alterszentrum. Ich möchte in die Spitex wechseln.', { kinds: ['permanent'] });
    expect(ids).toEqual([spitex.id, hospital.id, helper.id]);
  });

  it('a driver who leaves the road for the office is not brought back to a driving post by the words that tell of his old trade; a post that names that trade as a way in keeps them', async () => {
    const driving = job({ title: 'Berufskraftfahrer/in CE Fernverkehr', kind: 'permanent', skills: [ess(id('ladungssicherung'))], description: 'Fernverkehr mit CE, Be- und Entladen an der Rampe, Touren in ganz Europa.' });
    const dispatch = job({ title: 'Disponent/in Nahverkehr', occupationId: id('kaufmann-spedition'), kind: 'permanent', skills: [ess(id('ladungssicherung'))], description: 'Tourenplanung am PC, ideal für Berufskraftfahrer, die von der Strasse ins Büro wechseln.' });
    const text = 'Berufskraftfahrer CE seit 25 Jahren, Be- und Entladen an der Rampe geht nicht mehr, ich bin in der beruflichen Reha. Touren kenne ich.';
    const leaving = await ranking([driving, dispatch], 'Berufskraftfahrer, Ladungssicherung', text, { kinds: ['permanent'] });
    expect(leaving.ids).toEqual([dispatch.id, driving.id]);
  });

  it('a leaver sees a posting of their trade that invites career changers ("Quereinstieg aus dem Bau") before the trade itself, and its card calls it close to their trade', async () => {
    const trade = job({ title: 'Maurer/in EFZ', occupationId: id('maurer-efz'), kind: 'permanent', skills: [ess(id('mauern')), ess(id('schalungsbau'))], description: 'Hoch- und Tiefbau.' });
    const wayOut = job({ title: 'Verkaufsberater/in Innendienst (Quereinstieg aus dem Bau)', occupationId: id('maurer-efz'), kind: 'permanent', point: { latitude: 47.3, longitude: 7.53 }, skills: [ess(id('kundenberatung'))], description: 'Beratung am Telefon und am Schalter.' });
    const text = 'Maurer EFZ. Nach zwei Knie-OPs sagt der Arzt: kein Bau mehr. Mit Kunden konnte ich immer gut.';
    const { ids, items } = await ranking([trade, wayOut], 'Maurer EFZ, Mauern, Schalungen, Kundenberatung', text, { kinds: ['permanent'] });
    expect(ids).toEqual([wayOut.id, trade.id]);
    expect(items[0]!.explanation).toContain('nahe an deinem Beruf');
  });

  it('a leaver whose body no longer allows the trade sees a posting that leads in it (Bauleiter/in) before the trade\'s handwork, as a way out of it', async () => {
    const trade = job({ title: 'Maurer/in EFZ', occupationId: id('maurer-efz'), kind: 'permanent', skills: [ess(id('mauern')), ess(id('schalungsbau'))], description: 'Hoch- und Tiefbau.' });
    const lead = job({ title: 'Bauleiter/in Hochbau', occupationId: id('maurer-efz'), kind: 'permanent', point: { latitude: 47.3, longitude: 7.53 }, skills: [ess(id('bauleitung'))], description: 'Baustellen von der Planung bis zur Abnahme.' });
    const text = 'Maurer EFZ, 20 Jahre, zuletzt Vorarbeiter. Meine Knie machen das nicht mehr mit.';
    const { ids } = await ranking([trade, lead], 'Maurer EFZ, Mauern, Schalungen, Bauleitung', text, { kinds: ['permanent'] });
    expect(ids).toEqual([lead.id, trade.id]);
  });

  it('a kitchen help (named only by the helper\'s name) sees the kitchen-help posting of the cook\'s trade before the nearer post for a trained cook, whose card says it asks for a training; who names the cook\'s trade gets the cook\'s post first', async () => {
    const cook = job({ title: 'Koch/Köchin à la carte', occupationId: id('koch-efz'), kind: 'permanent', skills: [ess(id('kochen')), ess(id('mise-en-place'))], description: 'Abendservice im Restaurant.' });
    const helper = job({ title: 'Küchenhilfe Kantine', occupationId: id('koch-efz'), kind: 'permanent', point: { latitude: 47.3, longitude: 7.53 }, skills: [ess(id('mise-en-place'))], description: 'Vorbereiten und Abwasch in der Kantine.' });
    const text = 'Ich habe drei Jahre als Küchenhilfe in einer Kantine gearbeitet, ich kann Gemüse rüsten und Salate anrichten.';
    const { ids, items } = await ranking([cook, helper], 'Mise en place, Kochen', text, { kinds: ['permanent'] });
    expect(ids).toEqual([helper.id, cook.id]);
    expect(items[1]!.explanation).toContain('Berufsabschluss verlangt');
    const trained = await ranking([cook, helper], 'Mise en place, Kochen', 'Ich bin gelernter Koch und habe drei Jahre im Restaurant gearbeitet.', { kinds: ['permanent'] });
    expect(trained.ids[0]).toBe(cook.id);
  });

  it('a leaver («kaputte Knie», «raus aus der Baustelle») is not told that a trade related to the one they leave is «nahe an deinem Beruf»; who stays in it is', async () => {
    const road = job({ title: 'Strassenbauer/in', occupationId: id('strassenbauer'), kind: 'permanent', skills: [ess(id('mauern'))], description: 'Belagsarbeiten und Randsteine.' });
    const leaving = await ranking([road], 'Maurer EFZ, Mauern', 'Maurer EFZ, 25 Jahre. Kaputte Knie, ich muss raus aus der Baustelle.', { kinds: ['permanent'] });
    expect(leaving.items[0]!.explanation).not.toContain('nahe an deinem Beruf');
    const staying = await ranking([road], 'Maurer EFZ, Mauern', 'Maurer EFZ, 25 Jahre auf dem Bau.', { kinds: ['permanent'] });
    expect(staying.items[0]!.explanation).toContain('nahe an deinem Beruf');
  });

  it('a saleswoman who moves into the office sees a customer-service post before the shop floor of a related trade in her field (the Verkäufer/in\'s till); who stays in the shop does not', async () => {
    const till = job({ title: 'Verkäufer/in Kasse Supermarkt', occupationId: id('verkaeufer-de'), kind: 'permanent', skills: [ess(id('kasse')), ess(id('kundenberatung'))], description: 'Kasse und Warenverräumung.' });
    const office = job({ title: 'Mitarbeiter/in Kundenservice Innendienst', kind: 'permanent', point: { latitude: 47.3, longitude: 7.53 }, skills: [ess(id('kundenservice')), ess(id('telefonieren'))], description: 'Anfragen am Telefon und per Mail, Montag bis Freitag.' });
    const skills = 'Kauffrau im Einzelhandel, Kasse, Kundenberatung, Professionell telefonieren';
    const leaving = await ranking([till, office], skills, 'Kauffrau im Einzelhandel, 12 Jahre im Fachmarkt. Ich möchte ins Büro wechseln, gern Kundenservice.', { kinds: ['permanent'] });
    expect(leaving.ids).toEqual([office.id, till.id]);
    const staying = await ranking([till, office], skills, 'Kauffrau im Einzelhandel, 12 Jahre im Fachmarkt, gern wieder an der Kasse.', { kinds: ['permanent'] });
    expect(staying.ids).toEqual([till.id, office.id]);
  });

  it('a posting done from anywhere («100 % remote») far beyond the radius is on the page as one within it, before a nearer poorer fit; the same post with an office there is not', async () => {
    const zurich = { latitude: 47.3769, longitude: 8.5417 };
    const remote = job({ title: 'Backend Developer Java (100 % remote)', kind: 'permanent', point: zurich, skills: [ess(id('java')), ess(id('programmieren'))], description: 'Spring Boot und Kotlin, fully remote within Switzerland.' });
    const office = job({ title: 'Backend Developer Java', kind: 'permanent', point: zurich, skills: [ess(id('java')), ess(id('programmieren'))], description: 'Spring Boot und Kotlin, Büro in Zürich.' });
    const near = job({ title: 'Informatiker/in Support', kind: 'permanent', skills: [ess(id('programmieren'))], description: 'Support und kleine Skripte.' });
    const { ids, items } = await ranking([office, near, remote], 'Java, Programmieren', 'Ich entwickle seit 6 Jahren Backends mit Java und Spring Boot.', { kinds: ['permanent'] });
    expect(ids[0]).toBe(remote.id);
    expect(items[0]!.relaxed ?? []).toEqual([]);
    expect(ids.indexOf(near.id)).toBeLessThan(ids.includes(office.id) ? ids.indexOf(office.id) : Infinity);
  });

  it('the old trade\'s posting does not quote the leaver\'s words as its reason: those words earned it nothing', async () => {
    const driving = job({ title: 'Berufskraftfahrer/in CE Fernverkehr', kind: 'permanent', description: 'Fernverkehr mit CE, Be- und Entladen an der Rampe, Touren in ganz Europa.' });
    const text = 'Berufskraftfahrer CE seit 25 Jahren, Be- und Entladen an der Rampe geht nicht mehr, ich bin in der beruflichen Reha. Touren kenne ich.';
    const { items } = await ranking([driving], 'Berufskraftfahrer', text, { kinds: ['permanent'] });
    expect(items[0]!.job.id).toBe(driving.id);
    expect(items[0]!.explanation).not.toMatch(/erzählt hast/);
  });

  it('the place a leaver gets out of is no search word: «raus aus der Werkstatt» does not bring the body shop that names its Werkstatt, nor quote «Werkstatt» as the reason', async () => {
    const bodyShop = job({ title: 'Carrosserielackierer/in', kind: 'permanent', description: 'Moderne Werkstatt mit Lackierkabine.' });
    const office = job({ title: 'Kundendienstberater/in Garage', kind: 'permanent', description: 'Empfang, Termine und Beratung der Kundschaft.' });
    const text = 'Ich bin 44, Automechaniker, muss raus aus der Werkstatt wegen dem Rücken.';
    const { items } = await ranking([bodyShop, office], '', text, { kinds: ['permanent'] });
    expect(items.map((p) => p.explanation).join(' ')).not.toMatch(/Werkstatt/);
    // Who stays in the workshop still finds the posting by it.
    const staying = await ranking([bodyShop, office], '', 'Ich arbeite gern in der Werkstatt.', { kinds: ['permanent'] });
    expect(staying.items[0]!.job.id).toBe(bodyShop.id);
    expect(staying.items[0]!.explanation).toMatch(/Werkstatt/);
  });

  it('a language level among the person\'s words ("mein Deutsch ist B1") is never quoted as the reason a posting fits', async () => {
    const garage = job({ title: 'Mitarbeiter/in Reifenlager', kind: 'permanent', skills: [ess(id('kommissionieren'))], description: 'Deutsch B1 erforderlich, Reifenwechsel im Lager.' });
    const { items } = await ranking([garage], '', 'Ich suche eine Stelle im Reifenlager. Mein Deutsch ist B1.', { kinds: ['permanent'] });
    expect(items[0]!.job.id).toBe(garage.id);
    expect(items[0]!.explanation).toContain('Reifenlager');
    expect(items[0]!.explanation).not.toContain('B1');
  });

  it('a posting that names two working conditions the person ruled out falls behind one that names only one of them', async () => {
    const both = job({ title: 'Mitarbeiter/in Produktion', kind: 'permanent', skills: [ess(id('kommissionieren'))], description: 'Produktion im Schichtdienst, auch am Wochenende.' });
    const one = job({ title: 'Mitarbeiter/in Produktion', kind: 'permanent', point: { latitude: 47.25, longitude: 7.68 }, skills: [ess(id('kommissionieren'))], description: 'Produktion im Schichtdienst, Montag bis Freitag.' });
    const { ids, items } = await ranking([both, one], 'Kommissionieren', 'Ich suche etwas in der Produktion. Schichtdienst und Wochenenden machen meine Familie kaputt.', { kinds: ['permanent'] });
    expect(ids).toEqual([one.id, both.id]);
    expect(items[1]!.explanation).toContain('Achtung');
  });
});
