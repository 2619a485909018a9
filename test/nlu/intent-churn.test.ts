import { compareAnswers } from '../../bench/intent-churn';
import type { LinearWeights } from '../../src/nlu/linear-model';
import { recognizeIntent, useIntentWeights } from '../../src/nlu/intents';

describe('intent churn between two retrained models', () => {
  it('counts the answers that differ, and which of them were fixed or broken', () => {
    const gold = ['yes', 'no', 'help', 'none', 'thanks'];
    const a = ['yes', 'none', 'help', 'cancel', 'thanks'];
    const b = ['yes', 'no', 'none', 'help', 'thanks'];
    // Changed: no (fixed), help (broken), none (wrong both times, differently).
    expect(compareAnswers(gold, a, b)).toEqual({ n: 5, a: 0.6, b: 0.6, changed: 3, churn: 0.6, fixed: 1, broken: 1 });
  });

  it('scores a model given in memory, then the committed weights again', () => {
    const message = 'Könnten Sie mir bitte etwas über Lagerlogistik erzählen';
    const committed = recognizeIntent(message);
    const onlyHelp: LinearWeights = { classes: ['help', 'none'], bias: [5, 0], features: {} };
    useIntentWeights(onlyHelp);
    try {
      expect(recognizeIntent(message).name).toBe('help');
    } finally {
      useIntentWeights(undefined);
    }
    expect(recognizeIntent(message)).toEqual(committed);
  });
});
