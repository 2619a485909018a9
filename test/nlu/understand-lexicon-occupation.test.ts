import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { createUnderstander } from '../../src/nlu/understand';

const understander = createUnderstander(skillLexicon(), { now: () => new Date(2026, 11, 6) });
const labels = (text: string) => understander.understand(text, 'de-CH').skills.map((s) => s.label);

describe('the chat’s whole lexicon reads a job title as its core skill, as the curated taxonomy does', () => {
  it('gives the trade a person learned or held', () => {
    expect(labels('Salü, Nando hier, glernte Automatiker, wohnhaft in Olten.')).toContain('Schaltschränke bauen und verdrahten');
    expect(labels('Ich war 12 Jahre Fernfahrer, hauptsächlich Kühltransporte.')).toContain('Lastwagen fahren');
  });
});
