import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { createUnderstander } from '../../src/nlu/understand';

const NOW = new Date(Date.UTC(2026, 11, 6, 12));
const taxonomy = builtinTaxonomy();
const understander = createUnderstander(taxonomy, { now: () => NOW });
const read = (text: string) => {
  const u = understander.understand(text, 'de-CH');
  return { intent: u.intent.name, skills: u.skills.map((s) => taxonomy.label(s.conceptId, 'de-CH')), wishedJob: u.entities.wishedJob };
};

describe('a request for jobs still tells what the person can do', () => {
  it('keeps the skill of work done before beside the job asked for', () => {
    expect(read('Ich habe 5 Jahre im Service gearbeitet und suche jetzt einen Job im Lager')).toMatchObject({ intent: 'show_jobs', skills: ['Gäste bedienen'] });
  });

  it('leaves out the skill asked for', () => {
    expect(read('Ich möchte einen Excel-Kurs machen').skills).toEqual([]);
  });
});

describe('thanks that say what comes next', () => {
  it('reads thanks with the plan to apply as thanks, not a request for jobs', () => {
    expect(read('Danke vielmals, dann bewerbe ich mich dort gleich').intent).toBe('thanks');
    expect(read('Thank you, I will apply there tomorrow').intent).toBe('thanks');
  });
});

describe('a one-word alias is stored where the evidence is strong', () => {
  const confidenceOf = (text: string, label: string) => understander.understand(text, 'de-CH').skills.find((s) => taxonomy.label(s.conceptId, 'de-CH') === label)?.confidence ?? 0;

  it('stores the skill of a certificate the writer holds, and only asks for the bare word', () => {
    expect(confidenceOf('Ich besitze einen Staplerschein', 'Gabelstapler fahren')).toBeGreaterThanOrEqual(0.75);
    expect(confidenceOf('Staplerschein', 'Gabelstapler fahren')).toBeLessThan(0.75);
    expect(confidenceOf('Ich habe noch keinen Staplerschein', 'Gabelstapler fahren')).toBe(0);
  });

  it('stores the skill of an occupation the writer says they held', () => {
    expect(confidenceOf('Zwei Jahre habe ich als Barmaid gearbeitet', 'Getränke zubereiten und Bar')).toBeGreaterThanOrEqual(0.75);
    expect(confidenceOf('Barmaid', 'Getränke zubereiten und Bar')).toBeLessThan(0.75);
  });
});

describe('looking after someone', () => {
  it('reads "looking after" as caring, not as looking for a job', () => {
    expect(read('I was looking after seniors in a home').intent).toBe('none');
    expect(read('I am good at looking after sick people').intent).toBe('none');
    expect(read('I am looking for a job in a care home').intent).toBe('show_jobs');
  });
});
