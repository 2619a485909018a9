import { resolveSkills } from '../../src/nlu/skill-resolver';

const labels = (text: string) =>
  resolveSkills(text, { locale: 'de-CH', mode: 'message' })
    .skills.filter((s) => s.tier === 'sure')
    .map((s) => s.label);

const phrase = (text: string) =>
  resolveSkills(text, { locale: 'de-CH', mode: 'phrase' })
    .skills.filter((s) => s.tier === 'sure')
    .map((s) => s.label);

describe('the Swiss "go" before a verb is going, not the language Go', () => {
  it('reads no Go where a lower-case "go" goes on with a verb', () => {
    expect(phrase('am Wochenende mit em Vater go fische am Rhy')).not.toContain('Go');
    expect(phrase('i gang gärn go skifahre im Winter')).not.toContain('Go');
  });

  it('keeps the language', () => {
    expect(phrase('Go und Rust programmiert')).toContain('Go');
    expect(phrase('Backend in Go')).toContain('Go');
  });
});

describe('"warten" on someone or in a queue is waiting, not maintenance', () => {
  it('reads no maintenance where the clause waits', () => {
    expect(phrase('musste eine Stunde in der Warteschlaufe der Krankenkasse warten')).not.toContain('Instandhaltung und Wartung');
    expect(labels('Ich musste lange auf den Bus warten')).not.toContain('Instandhaltung und Wartung');
  });

  it('keeps machines maintained', () => {
    expect(phrase('Maschinen warten')).toContain('Instandhaltung und Wartung');
  });
});

describe('"gepflegt" done to graves, gardens or contacts is tending, not a groomed appearance', () => {
  it('reads no appearance where the clause names what was tended', () => {
    expect(phrase('auf dem Friedhof Gräber bepflanzt und gepflegt')).not.toContain('Gepflegtes Auftreten');
  });

  it('keeps the appearance', () => {
    expect(phrase('immer gepflegt und pünktlich')).toContain('Gepflegtes Auftreten');
  });
});

describe('jewellery chains are no drive chains', () => {
  it('reads no Lager, Dichtungen und Antriebselemente beside rings and stones', () => {
    expect(phrase('Ringe geweitet, Ketten gelötet und Steine neu gefasst')).not.toContain('Lager, Dichtungen und Antriebselemente');
    expect(labels('Beim Juwelier hab ich Ketten repariert, Ringe geweitet und graviert')).not.toContain('Lager, Dichtungen und Antriebselemente');
  });

  it('keeps drive chains', () => {
    expect(phrase('Ketten und Zahnräder montiert')).toContain('Lager, Dichtungen und Antriebselemente');
  });
});

describe('service on machines and vehicles, operating vehicles, cash pay: no guests served, no bar', () => {
  it('reads no serving of guests for machine service or operated vehicles', () => {
    expect(labels('Holzboot restauriere, Laminiere mit Epoxy, Winterlagerig und Service a de Motore')).not.toContain('Gäste bedienen');
    expect(phrase('Service und Reparatur von Landmaschinen')).not.toContain('Gäste bedienen');
    expect(phrase('Erfahrung in der Bedienung von Pistenfahrzeugen von Vorteil')).not.toContain('Gäste bedienen');
  });

  it('reads no bar where one is paid in cash', () => {
    expect(labels('Ich putze für drei ältere Leute in unserer Straße, die zahlen mich bar')).not.toContain('Getränke zubereiten und Bar');
  });

  it('keeps service and bar in hospitality', () => {
    expect(phrase('im Service gearbeitet')).toContain('Gäste bedienen');
    expect(phrase('Service und Bar im Hotel')).toEqual(expect.arrayContaining(['Gäste bedienen', 'Getränke zubereiten und Bar']));
  });
});
