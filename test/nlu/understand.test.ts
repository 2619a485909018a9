import { createUnderstander } from '../../src/nlu/understand';
import { TestVocabulary } from './test-vocabulary';

const understander = createUnderstander(new TestVocabulary(), { now: () => new Date(2026, 10, 22, 10) });
const understand = (text: string) => understander.understand(text, 'de-CH');

describe('understand', () => {
  it('reads a salutation of any words with a self-introduction as a greeting, not a refusal that opens a message', () => {
    expect(understand('Moin moin, Hauke hier, Zimmermann aus Kiel').intent.name).toBe('greeting');
    expect(understand('Salve! ich bin die Greta, 23, Floristin').intent.name).toBe('greeting');
    expect(understand('kei Uswiis, ich bi erscht 16').intent.name).toBe('none');
  });

  it('combines intent, skills and entities', () => {
    // An answer to the open question «Was suchst du?», not a request for jobs.
    const result = understander.understand('Ich kann löten, suche ab März eine Lehrstelle in Olten', 'de-CH', { asked: ['positionKinds'] });
    expect(result.intent.name).toBe('none');
    expect(result.skills.map((s) => s.conceptId)).toEqual(['loeten']);
    expect(result.entities).toMatchObject({ date: '2027-03-01', positionKinds: ['apprenticeship'], placeName: 'Olten', postalCode: '4600' });
  });

  it('recognises commands without reading them as skills', () => {
    const result = understand('zeig mir Jobs');
    expect(result.intent.name).toBe('show_jobs');
    expect(result.skills).toEqual([]);
  });

  it('survives empty, emoji-only, huge and foreign input', () => {
    for (const text of ['', '   ', '🙈🙉🙊', 'x'.repeat(10000), 'Python '.repeat(5000), 'これは日本語です', 'Je sais souder']) {
      const result = understand(text);
      expect(result.intent.name).toBeDefined();
      expect(Array.isArray(result.skills)).toBe(true);
    }
    expect(understand('🙈')).toEqual({ intent: { name: 'none', confidence: 0 }, skills: [], entities: {} });
    expect(understander.understand(undefined as unknown as string, 'de-CH').intent.name).toBe('none');
  });

  // Speed itself is measured by `npm run eval:understand` (ms per message); here the work is bounded.
  it('bounds the work on a 10,000-character message', () => {
    const counting = new TestVocabulary();
    const result = createUnderstander(counting).understand('Ich kann löten und programmiere Python. '.repeat(250), 'de-CH');
    expect(result.skills.map((s) => s.conceptId)).toEqual(['loeten', 'programmieren', 'python']);
    expect(counting.calls).toBeLessThanOrEqual(240);
  });

  it('looks up a normal sentence in a few vocabulary calls', () => {
    const counting = new TestVocabulary();
    createUnderstander(counting).understand('Ich kann löten und programmiere ein bisschen Python, wohne in 4500 Solothurn', 'de-CH');
    // One call per word and verb form, a few for verb-object pairs: no search over all windows and forms.
    expect(counting.calls).toBeLessThanOrEqual(12);
  });

  it('uses the injected clock', () => {
    expect(understand('seit 2020 im Beruf').entities.years).toBe(6);
  });
});
