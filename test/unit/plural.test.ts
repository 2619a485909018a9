import { t } from '../../src/i18n';
import { inSentence, isActivity } from '../../dialogs/skills';

describe('counts read naturally (Intl.PluralRules)', () => {
  it('says "1 passende Stelle" and "3 passende Stellen" in German, "1 matching job" in English', () => {
    expect(t('de-CH', 'returning.jobs', { count: 1 })).toBe('Im Moment gibt es 1 passende Stelle für dich.');
    expect(t('de-CH', 'returning.jobs', { count: 3 })).toBe('Im Moment gibt es 3 passende Stellen für dich.');
    expect(t('de-DE', 'returning.newJobs', { count: 1 })).toMatch(/ist 1 passende Stelle dazugekommen/);
    expect(t('en', 'returning.jobs', { count: 1 })).toBe('Right now there is 1 matching job for you.');
    expect(t('en', 'returning.jobs', { count: 0 })).toBe('Right now there are 0 matching jobs for you.');
    expect(t('de-CH', 'summary.years', { count: 1 })).toBe('1 Jahr');
    expect(t('de-CH', 'summary.years', { count: 3.5 })).toBe('3.5 Jahre');
    expect(t('de-DE', 'proposals.intro', { count: 1, from: 1, to: 1 })).toBe('Eine passende Stelle für dich:');
  });

  it('refuses a plural text without a count instead of guessing', () => {
    expect(() => t('de-CH', 'returning.jobs')).toThrow(/needs a numeric count/);
  });
});

describe('questions about a skill fit its label', () => {
  it('asks about an activity with "kannst du" and about a field with "kennst du dich … aus"', () => {
    expect(isActivity('löten', 'de-CH')).toBe(true);
    expect(isActivity('Kunden beraten', 'de-DE')).toBe(true);
    expect(isActivity('Elektronik', 'de-CH')).toBe(false);
    expect(isActivity('Kommunikationsfähigkeit', 'de-DE')).toBe(false);
    expect(isActivity('Measuring vital signs', 'en')).toBe(true);
    expect(isActivity('Wound care', 'en')).toBe(false);
    expect(t('de-CH', 'skills.level.askTopic', { skill: 'Elektronik' })).toBe('Wie gut kennst du dich mit Elektronik aus?');
    expect(inSentence('Wound care', 'en')).toBe('wound care');
    expect(inSentence('SQL', 'en')).toBe('SQL');
    expect(inSentence('Computer programming', 'en')).toBe('computer programming');
    expect(inSentence('Welding', 'en')).toBe('welding');
    // Names stay as written: «how good are you at these – java, spring Framework» read wrong.
    expect(inSentence('Java', 'en')).toBe('Java');
    expect(inSentence('Spring Framework', 'en')).toBe('Spring Framework');
    expect(inSentence('German', 'en')).toBe('German');
  });
});
