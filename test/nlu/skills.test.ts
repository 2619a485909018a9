import { extractSkills, verbVariants } from '../../src/nlu/skills';
import { TestVocabulary } from './test-vocabulary';

const vocabulary = new TestVocabulary();
const ids = (text: string) => extractSkills(text, vocabulary, 'de-CH').map((s) => s.conceptId);

describe('extractSkills', () => {
  it('finds skills in a sentence with spans and levels', () => {
    const text = 'Ich kann löten und programmiere ein bisschen Python';
    const skills = extractSkills(text, vocabulary, 'de-CH');
    expect(skills.map((s) => s.conceptId)).toEqual(['loeten', 'programmieren', 'python']);
    for (const s of skills) expect(s.confidence).toBeGreaterThan(0.6);
    expect(text.slice(...skills[0]!.span)).toBe('löten');
    expect(text.slice(...skills[1]!.span)).toBe('programmiere');
    expect(skills[2]).toMatchObject({ level: 'basic', span: [45, 51] });
    expect(skills[0]!.level).toBeUndefined();
  });

  it('keeps hyphenated compounds whole and splits them when the whole is unknown', () => {
    expect(ids('Erfahrung mit SPS-Steuerungen und CNC-Fräsen, Staplerschein')).toEqual(['sps', 'cnc-fraesen', 'stapler']);
    expect(ids('Ich kann CNC-Holzbau')).toEqual(['cnc']);
  });

  it('prefers the longer window over its parts', () => {
    expect(ids('CNC Fräsen')).toEqual(['cnc-fraesen']);
  });

  it('tolerates typos through the vocabulary and reads "sehr gut"', () => {
    const [skill] = extractSkills('Ich kann sehr gut schweisen', vocabulary, 'de-CH');
    expect(skill).toMatchObject({ conceptId: 'schweissen', level: 'expert' });
    expect(skill!.confidence).toBeLessThan(1);
  });

  it('reports each concept once and nothing for unrelated text', () => {
    expect(ids('Python, Python und nochmals Python')).toEqual(['python']);
    expect(ids('Das Wetter ist schön')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('🙂🙂')).toEqual([]);
  });

  it('bounds the work on very long text', () => {
    const counting = new TestVocabulary();
    extractSkills('Holz Metall Farbe Papier Stein '.repeat(400), counting, 'de-CH');
    expect(counting.calls).toBeLessThanOrEqual(240);
  });

  it('reads participles and verb-object pairs apart in a clause', () => {
    expect(ids('Ich habe früher oft gelötet')).toEqual(['loeten']);
    expect(ids('Ich bin Stapler gefahren')).toEqual(['stapler']);
    const text = 'Ich habe Kunden am Telefon beraten, Python gelernt';
    const skills = extractSkills(text, vocabulary, 'de-CH');
    expect(skills.map((s) => s.conceptId)).toEqual(['kundenberatung', 'python']);
    expect(text.slice(...skills[0]!.span)).toBe('Kunden am Telefon beraten');
    // A verb only pairs with nouns of its own clause.
    expect(ids('Kunden habe ich keine, beraten mag ich nicht')).toEqual([]);
  });

  it('keeps acronyms that look like function words, and reads roles as their work', () => {
    expect(ids('Ich bin Staplerfahrerin')).toEqual(['stapler']);
    expect(ids('Ich habe SPS gelernt, mag Python')).toEqual(['sps', 'python']);
  });

  it('drops a workplace next to named activities, keeps it alone', () => {
    expect(ids('Python und Excel im Qualitätsmanagement')).toEqual(['python', 'excel']);
    expect(ids('Ich arbeite im Qualitätsmanagement')).toEqual(['qm']);
    expect(ids('Python und Erfahrung im Qualitätsmanagement')).toEqual(['python', 'qm']);
  });

  it('reads English verbs and agent nouns as the skill they name', () => {
    expect(ids('I like to code')).toEqual(['programmieren']);
    expect(extractSkills('Coder with Python', vocabulary, 'en').map((s) => s.conceptId)).toEqual(['programmieren', 'python']);
  });

  it('guesses infinitives of verbs', () => {
    expect(verbVariants('programmiere')).toEqual(['programmieren']);
    expect(verbVariants('lötest')).toEqual(['löten']);
    expect(verbVariants('Python')).toEqual([]);
  });
});
