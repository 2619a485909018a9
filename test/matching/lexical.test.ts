/**
 * The lexical half of the hybrid ranking: the person's own words against the postings' text.
 * Generic words of every ad and every CV never count as a shared word, and only postings the
 * hard constraints let through are kept among the best.
 */
import { compoundParts, fullyRemote, LexicalIndex, lexicalTerm, lightStem, stemKey } from '../../src/matching/lexical';
import { job } from './helpers';

describe('lexical index (own words)', () => {
  it('a posting done from anywhere («100 % remote», «Remote within Germany», «Remote-first») is remote; a few days at home, «Homeoffice möglich», «remote nicht möglich» or remote support are not', () => {
    for (const text of ['Backend Developer (100 % remote)', 'Remote within Germany, team meetings in Kiel', 'Remote-first, one office day per week', 'Bis 100 % Homeoffice möglich', 'vollständig im Homeoffice']) expect(fullyRemote(text)).toBe(true);
    for (const text of ['hybrid, 3 days remote', 'Homeoffice möglich', 'Büro in München, remote nicht möglich', 'Telefonischer und Remote-Support', '60 % remote']) expect(fullyRemote(text)).toBe(false);
    const index = new LexicalIndex([job({ title: 'Java Developer (100 % remote)' }), job({ title: 'Java Developer', description: '2 Tage Homeoffice.' })]);
    expect([index.isRemote(0), index.isRemote(1)]).toEqual([true, false]);
  });

  it('"Jahre", "Ausbildung" and "Erfahrung" are no reason: a posting sharing only those is not found, the one sharing "Koch" is', () => {
    const generic = job({ title: 'Sachbearbeiter/in', skills: [], description: 'Abgeschlossene Ausbildung und mehrjährige Erfahrung, mindestens 3 Jahre.' });
    const kitchen = job({ title: 'Koch/Köchin', skills: [], description: 'Heimküche mit geregelten Arbeitszeiten.' });
    const index = new LexicalIndex([generic, kitchen], () => undefined);
    const hits = index.search('5 Jahre Erfahrung nach meiner Ausbildung als Koch', 10, () => true);
    expect([...hits.keys()]).toEqual([1]);
    expect(hits.get(1)!.terms).toEqual(['koch']);
  });

  it('German function words ("über", "eines", "zu Hause") are no reason either: a posting sharing only those is not found', () => {
    const prose = job({ title: 'Sachbearbeiter/in', skills: [], description: 'Über uns: eines der führenden Häuser, bei uns sind Sie zu Hause.' });
    const driving = job({ title: 'Chauffeur/in', skills: [], description: 'Touren in der Region.' });
    const index = new LexicalIndex([prose, driving], () => undefined);
    const hits = index.search('Ich war über zehn Jahre Chauffeur eines Getränkehändlers und bin abends gern zu Hause.', 10, () => true);
    expect([...hits.keys()]).toEqual([1]);
    expect(hits.get(1)!.terms).toEqual(['chauffeur']);
  });

  it('when and how often ("ab September", "ganz oft") and the school a pupil leaves ("mittlere Reife") are no reason: a posting sharing only those is not found', () => {
    const metal = job({ title: 'Ausbildung Zerspanungsmechaniker/in', skills: [], description: 'Start ab September, mittlere Reife, ganz oft an der Maschine.' });
    const office = job({ title: 'Ausbildung Kaufmann/-frau für Büromanagement', skills: [], description: 'Büro und Organisation.' });
    const index = new LexicalIndex([metal, office], () => undefined);
    const hits = index.search('Ich mache ab September die mittlere Reife und bin ganz oft im Büro.', 10, () => true);
    expect([...hits.keys()]).toEqual([1]);
    expect(hits.get(1)!.terms).toEqual(['buero']);
  });

  it('the level mark of a qualification («HF», «IHK», «dipl.») is no reason: the Kita teacher HF is not found for a nurse HF, the nursing post is', () => {
    const kita = job({ title: 'Kindheitspädagoge/-pädagogin HF', skills: [], description: 'Kita mit 40 Plätzen.' });
    const spitex = job({ title: 'Pflegefachperson Spitex', skills: [], description: 'Pflege zu Hause.' });
    const index = new LexicalIndex([kita, spitex], () => undefined);
    const hits = index.search('Dipl. Pflegefachfrau HF, suche was in der Spitex', 10, () => true);
    expect([...hits.keys()]).toEqual([1]);
  });

  it('keeps only the best postings that pass the filter, and still scores the ones asked for', () => {
    const jobs = [0, 1, 2, 3].map((n) => job({ title: `Lagerist/in ${n}`, skills: [], description: n === 3 ? 'Lager Lager Lager' : 'Lager' }));
    const index = new LexicalIndex(jobs, () => undefined);
    const hits = index.search('Lager', 1, (i) => i !== 3, [2]);
    expect([...hits.keys()].sort()).toEqual([0, 2]);
    expect(hits.get(0)!.terms).toEqual(['lager']);
  });

  it('the same word weighs more in a short title than in a long one, however long (200 or 2,000 different words)', () => {
    for (const words of [200, 2000]) {
      const filler = Array.from({ length: words }, (_, k) => `Wort${k}`).join(' ');
      const index = new LexicalIndex([job({ title: `Koch ${filler}`, skills: [], description: '' }), job({ title: 'Koch Restaurant', skills: [], description: '' })], () => undefined);
      const hits = index.search('Koch', 10, () => true);
      expect([...hits.keys()]).toEqual([1, 0]);
      expect(hits.get(0)!.score).toBeGreaterThan(0);
    }
  });

  it("scores a word by BM25 with the title's length against the average: a one-word title scores as the formula says, a three-word title less", () => {
    const index = new LexicalIndex([job({ title: 'Koch', skills: [], description: '' }), job({ title: 'Koch Restaurant Küche', skills: [], description: '' })], () => undefined);
    const hits = index.search('Koch', 2, () => true);
    // Two postings with "koch" in the title (boost 2), title lengths 1 and 3 (average 2), k1 1.2, b 0.7, d 0.5.
    const idf = Math.log(1 + (2 - 2 + 0.5) / (2 + 0.5));
    const bm25 = (length: number) => 2 * idf * (0.5 + 2.2 / (1 + Math.fround(1.2 * (1 - 0.7 + (0.7 * length) / 2))));
    expect(hits.get(0)!.score).toBeCloseTo(bm25(1), 12);
    expect(hits.get(1)!.score).toBeCloseTo(bm25(3), 12);
  });

  it('counts a word repeated hundreds of times in full: 300 repetitions weigh more than 260', () => {
    const repeated = (times: number) => job({ title: 'Reinigung', skills: [], description: Array.from({ length: times }, () => 'Fensterreinigung').join(' ') });
    const index = new LexicalIndex([repeated(260), repeated(300)], () => undefined);
    const hits = index.search('Fensterreinigung', 2, () => true);
    expect(hits.get(1)!.score).toBeGreaterThan(hits.get(0)!.score);
  });

  it('a compound finds the postings with the words it is made of: "Intensivpflege" finds the Intensivstation and "Rettungsdienst" the Rettungssanitäter, and the reason is the shared part', () => {
    const icu = job({ title: 'Pflegefachfrau/Pflegefachmann HF Intensivstation', skills: [], description: 'Interdisziplinäre Station.' });
    const rescue = job({ title: 'Rettungssanitäter/in HF', skills: [], description: 'Einsätze mit 12-Stunden-Schichten.' });
    const office = job({ title: 'Sachbearbeiter/in', skills: [], description: 'Dienstleistungen am Schalter.' });
    const index = new LexicalIndex([office, icu, rescue], () => undefined);
    const hits = index.search('Ich möchte in die Intensivpflege oder den Rettungsdienst.', 10, () => true);
    expect([...hits.keys()].slice(0, 2).sort()).toEqual([1, 2]);
    expect(hits.get(1)!.terms).toEqual(['intensiv']);
    expect(hits.get(2)!.terms).toEqual(['rettungs']);
  });

  it('a word in lower case in a text that writes nouns with a capital is no compound: «wieder einsteigen» finds no «einst» or «eigen», chat in lower case still splits', () => {
    const course = job({ title: 'Erste Hilfe im Betrieb', skills: [], description: 'Wie einst gelernt: die eigenen Mitarbeitenden schützen.' });
    const office = job({ title: 'Sachbearbeiter/in Büro', skills: [], description: 'Intensivpflege der Kundendaten.' });
    const index = new LexicalIndex([course, office], () => undefined);
    expect(index.search('Ich war Industriekauffrau und will jetzt wieder einsteigen.', 10, () => true).has(0)).toBe(false);
    expect(index.search('ich möchte in die intensivpflege', 10, () => true).has(1)).toBe(true);
  });

  it('fillers of spoken German are no words of a field: «weiss noch nicht so richtig, erst mal» finds nothing', () => {
    const workshop = job({ title: 'Ausbildung Zweiradmechatroniker/in', skills: [], description: 'Bei uns lernst du, Motorräder richtig zu warten. Erst mal zeigen wir dir die Werkstatt.' });
    const index = new LexicalIndex([workshop], () => undefined);
    expect(index.search('Was ich werden will, weiss ich noch nicht so richtig. Ich suche erst mal ein Praktikum.', 10, () => true).size).toBe(0);
  });

  it('a long self-description (more than 32 words) finds the same postings, scores and reasons as its short core', () => {
    const icu = job({ title: 'Pflegefachfrau/Pflegefachmann HF Intensivstation', skills: [], description: 'Interdisziplinäre Station, Pflege im Schichtdienst.' });
    const rescue = job({ title: 'Rettungssanitäter/in HF', skills: [], description: 'Einsätze mit 12-Stunden-Schichten.' });
    const care = job({ title: 'Pflegehelfer/in', skills: [], description: 'Pflege und Betreuung im Heim.' });
    const office = job({ title: 'Sachbearbeiter/in', skills: [], description: 'Dienstleistungen am Schalter.' });
    const index = new LexicalIndex([office, icu, rescue, care], () => undefined);
    const core = 'Ich möchte in die Intensivpflege, die Pflege oder den Rettungsdienst, gern auch ins Büro (Schalter).';
    // Words no posting has: they change nothing but the query's length.
    const long = `${core} ${Array.from({ length: 40 }, (_, n) => `zzwort${n}`).join(' ')}`;
    const short = index.search(core, 2, () => true, [0, 3]);
    expect(short.get(0)!.terms).toEqual(['dienst', 'schalter']);
    expect(index.search(long, 2, () => true, [0, 3])).toEqual(short);
  });

  it('a person searching again, a word said twice, or another person with the same words finds the same postings, scores and reasons as on a fresh index', () => {
    const catalog = () => [
      job({ title: 'Fachkraft für Lagerlogistik', skills: [], description: 'Lager und Versand, Staplerfahren.' }),
      job({ title: 'Lagerist/in', skills: [], description: 'Wareneingang im Lager, Lager Lager.' }),
      job({ title: 'Pflegefachfrau/Pflegefachmann HF Intensivstation', skills: [], description: 'Pflege im Schichtdienst.' }),
      job({ title: 'Pflegehelfer/in', skills: [], description: 'Pflege und Betreuung, auch im Lager der Station.' }),
      job({ title: 'Tierpfleger/in', skills: [], description: 'Tiere pflegen.' }),
    ];
    const queries = ['Lager', 'Lager Lager', 'Intensivpflege im Lager', 'Intensivpflege Intensivpflege Lager', 'Tiere Pflege Lager Lager Lager', 'Lager'];
    const warm = new LexicalIndex(catalog(), () => undefined);
    // Every query once before, so that the second round meets each word as already searched, and as often or less often.
    for (const words of [...queries].reverse()) warm.search(words, 3, () => true, [4]);
    for (const words of queries) {
      const fresh = new LexicalIndex(catalog(), () => undefined).search(words, 3, () => true, [4]);
      expect([...warm.search(words, 3, () => true, [4])]).toEqual([...fresh]);
    }
    // A word said twice weighs more than once (what the fresh index works out, not what was kept for once).
    expect(warm.search('Lager Lager', 5, () => true).get(1)!.score).toBeGreaterThan(warm.search('Lager', 5, () => true).get(1)!.score);
  });

  it('finds exactly the postings whose title holds every word of a name, asked once or again', () => {
    // A small random catalog (fixed seed) whose titles share words in many combinations.
    let seed = 7;
    const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const vocabulary = ['Pflege', 'Fachfrau', 'Fachmann', 'Koch', 'Köchin', 'Lager', 'Logistik', 'Spital', 'Heim', 'Nacht'];
    const titles = Array.from({ length: 400 }, () => Array.from({ length: 1 + random(4) }, () => vocabulary[random(vocabulary.length)]).join(' / '));
    const index = new LexicalIndex(titles.map((title) => job({ title, skills: [], description: '' })), () => undefined);
    const words = titles.map((t) => new Set(t.split(/[\s/]+/u).map((w) => lexicalTerm(w))));
    for (let n = 0; n < 60; n++) {
      const name = Array.from({ length: 1 + random(3) }, () => lexicalTerm(vocabulary[random(vocabulary.length)]!)!);
      const expected = titles.flatMap((_, i) => (name.every((w) => words[i]!.has(w)) ? [i] : []));
      expect([...index.withTitle(name)]).toEqual(expected);
      expect([...index.withTitle(name)]).toEqual(expected);
    }
    expect([...index.withTitle(['pflege', 'zahnarzt'])]).toEqual([]);
    // More names than the index keeps: after it lets them go, it answers the same.
    const kept = [['pflege'], ['fachfrau', 'pflege'], ['koch', 'lager', 'nacht']].map((name) => [name, [...index.withTitle(name)]] as const);
    for (let n = 0; n < 5000; n++) {
      expect(index.withTitle([`zzname${n}`, 'pflege'])).toHaveLength(0);
      if (n % 1000 === 0) for (const [name, expected] of kept) expect([...index.withTitle(name)]).toEqual(expected);
    }
    for (const [name, expected] of kept) expect([...index.withTitle(name)]).toEqual(expected);
  });

  it('a word is split only where both parts begin other words of the postings: "Elektroniker" stays whole, "Elektrotechnik" splits', () => {
    const words = new Set(['elektroniker', 'elektrotechnik', 'technik', 'techniker', 'elektrohelfer']);
    const begins = (part: string, except?: string) => [...words].some((w) => w.startsWith(part) && !(except && w.startsWith(except)));
    expect(compoundParts('elektroniker', begins)).toEqual([]);
    expect(compoundParts('elektrotechnik', begins)).toEqual(['elektro', 'technik']);
  });
});

describe('lexical index: other forms of a word (stems)', () => {
  it('strips one inflection ending, a feminine "-in" of "-er" and "-isch"/"-lich", never below four letters nor "-er" itself nor the "-e" of "-age" ("Montage" is no "Montag")', () => {
    expect(['tiere', 'kindern', 'pflegerinnen', 'kaufmaennische', 'handwerkliche', 'kenntnisse', 'verkaufs', 'kreis', 'prozess', 'fahrer', 'lage', 'medizin', 'montage', 'montagen'].map(lightStem)).toEqual([
      'tier', 'kinder', 'pfleger', 'kaufmaenn', 'handwerk', 'kenntnis', 'verkauf', 'kreis', 'prozess', 'fahrer', 'lage', 'medizin', 'montage', 'montage',
    ]);
  });

  it('the forms share a key with umlauts as plain vowels ("Ärzte", "Arzt"), but "Feuer" and "Bauer" keep their vowels', () => {
    expect(stemKey('aerzte')).toBe(stemKey('arzt'));
    expect(stemKey('kaufmaennische')).toBe('kaufmann');
    expect(stemKey('feuer')).toBe('feuer');
    expect(stemKey('bauer')).toBe('bauer');
  });

  it('"Tiere" finds the posting that says "Tier", "kaufmännische" the Kaufmann, "Ärzte" the Arztpraxis\'s "Arzt", each reason the person\'s word', () => {
    const animals = job({ title: 'Mitarbeiter/in Tierheim', skills: [], description: 'Jedes Tier braucht Pflege.' });
    const trade = job({ title: 'Kaufmann/Kauffrau im Einzelhandel', skills: [], description: 'Filiale in der Innenstadt.' });
    const practice = job({ title: 'MPA', skills: [], description: 'Unser Arzt sucht Verstärkung.' });
    const other = job({ title: 'Lagerist/in', skills: [], description: 'Lager und Versand.' });
    const index = new LexicalIndex([other, animals, trade, practice], () => undefined);
    expect([...index.search('Ich mag Tiere', 10, () => true)]).toEqual([[1, { score: expect.any(Number), terms: ['tiere'] }]]);
    expect([...index.search('eine kaufmännische Lehre', 10, () => true).keys()]).toEqual([2]);
    expect([...index.search('Ärzte', 10, () => true).keys()]).toEqual([3]);
  });

  it('a stem finds the compounds it begins ("Tiere": "Tierpfleger", "Kindern": "Kinderbetreuung"), not a longer word that is no compound ("Kassen": not "Kassel")', () => {
    const keeper = job({ title: 'Tierpfleger/in', skills: [], description: 'Zoo.' });
    const carer = job({ title: 'Pfleger/in', skills: [], description: 'Heim.' });
    const daycare = job({ title: 'Fachfrau Kinderbetreuung', skills: [], description: 'Kita.' });
    const city = job({ title: 'Verkäufer/in', skills: [], description: 'Filiale Kassel.' });
    const till = job({ title: 'Kassierer/in', skills: [], description: 'Kasse und Betreuung der Kundschaft.' });
    const index = new LexicalIndex([keeper, carer, daycare, city, till], () => undefined);
    expect([...index.search('Tiere', 10, () => true).keys()]).toEqual([0]);
    expect([...index.search('mit Kindern', 10, () => true).keys()]).toEqual([2]);
    expect([...index.search('Kassen', 10, () => true).keys()]).toEqual([4]);
  });
});
