/**
 * Work the writer gives up, dislikes, lacks or still has to catch up on, and a relative's work that goes on after
 * «und»: none of it is a skill to store (src/nlu/skill-stance.ts). The message stays a statement, not a «no».
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { extractSkills } from '../../src/nlu/skills';
import { recognizeIntent } from '../../src/nlu/intents';
import { createUnderstander } from '../../src/nlu/understand';
import type { Locale } from '../../src/profile/types';

const taxonomy = builtinTaxonomy();
const labels = (text: string, locale: Locale = 'de-CH') => extractSkills(text, taxonomy, locale).map((s) => taxonomy.label(s.conceptId, 'de-CH'));

describe('work given up or not liked', () => {
  it('drops the thing named before a verb with «ich» and «nüme» / «nicht mehr» / «gar nicht»', () => {
    expect(labels('Schweisse tue ich nüme, d Auge mached nöd mit')).toEqual([]);
    expect(labels('Reinigung mache ich nicht mehr, meine Schulter ist kaputt', 'de-DE')).toEqual([]);
    expect(labels('Am Empfang sitzen mag ich gar nicht', 'de-DE')).toEqual([]);
  });

  it('keeps a trade one works in no more (the trade is still known)', () => {
    expect(labels('Ich arbeite nicht mehr als Koch', 'de-DE')).toContain('Kochen');
  });

  it('drops what does not suit the writer («liegt mir nicht», «kommt nicht in Frage»)', () => {
    expect(labels('Buchhaltig liit mir gar nöd')).toEqual([]);
    expect(labels('Verkauf kommt für mich nicht in Frage', 'de-DE')).toEqual([]);
  });

  it('drops past work a later clause gives up with «das … nicht mehr»', () => {
    expect(labels('Früher habe ich Fliesen gelegt, jetzt kann ich das wegen dem Knie nicht mehr', 'de-DE')).toEqual([]);
  });

  it('drops work the writer quit, and a licence they are without', () => {
    expect(labels('I quit welding after my back surgery', 'en')).toEqual([]);
    expect(labels('Ich suche was im Lager, leider ohne Staplerschein', 'de-DE')).not.toContain('Gabelstapler fahren');
    expect(labels('Ich kann ohne Probleme schweissen', 'de-DE')).toContain('Schweissen');
  });
});

describe('wishes and requests', () => {
  it('reads Swiss «wür … gärn», «am liebschte» and «gerne in …» after a wish as wishes', () => {
    expect(labels('Ich wür mi gärn als Koch bewerbe')).toEqual([]);
    expect(labels('I sueche e Lehrstell, am liebschte Schreiner')).toEqual([]);
    expect(labels('Ich suche eine Stelle in der Industrie, gerne in der Logistik', 'de-DE')).toEqual([]);
  });

  it('reads a licence still to catch up on («nachholen») as a wish', () => {
    expect(labels('Ich möchte den Staplerschein nachholen, wo geht das', 'de-DE')).toEqual([]);
    expect(labels('Wo cha me de Staplerschii nachhole, z Bern')).toEqual([]);
  });
});

describe("a relative's work that goes on after «und»", () => {
  it('drops the second claim whose subject is the relative of the first', () => {
    expect(labels('Mini Schwöster isch Köchin und macht Catering')).toEqual([]);
    expect(labels('Ich bin Koch und mache Catering', 'de-DE')).toEqual(['Kochen', 'Catering und Events']);
  });
});

describe('the intent of a message that names a skill it denies', () => {
  it('stays a statement, not a «no» or a goodbye', () => {
    const understander = createUnderstander(taxonomy, { now: () => new Date('2026-12-07') });
    const heard = understander.understand('I quit welding because of my back', 'en');
    expect(heard.skills).toEqual([]);
    expect(heard.intent.name).toBe('none');
  });

  it('leaves a question or a request alone that names a skill it does not claim', () => {
    const understander = createUnderstander(taxonomy, { now: () => new Date('2026-12-07') });
    // The model may read it as «why» or as an interest check (retrainings differ); what counts is that it is left as the model reads it.
    const question = 'Was passt da zu mir?';
    const heard = understander.understand(question, 'de-CH').intent.name;
    expect(heard).toBe(recognizeIntent(question).name);
    expect(['why', 'interest_check']).toContain(heard);
    expect(understander.understand('Ich habe keinen Plan, was ich für eine Lehre machen soll', 'de-DE').intent.name).toBe('interest_check');
  });
});
