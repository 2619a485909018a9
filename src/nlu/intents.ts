/**
 * Intent recognition for chat messages: slash commands and whole-message keywords first (exact,
 * after normalizing), then a discriminative model — a softmax (multinomial logistic regression)
 * over words, stems, word pairs, character n-grams and the dialog's open question, trained by
 * `npm run train:intents` on training/intents (weights in intent-weights.json).
 *
 * Why this model: on the held-out sets it measured better than natural's BayesClassifier with
 * hand rules (which it replaces) — see test/fixtures/understand/README.md for the figures — while
 * it loads in milliseconds (sparse weights, no training at start) and answers in microseconds.
 */
import type { IntentName } from '../services/ports';
import { KEYWORDS, REQUIRED_EVIDENCE, SLASH_COMMANDS } from './intent-examples';
import { intentFeatures, MAX_INTENT_TEXT, normalizeIntentText } from './intent-features';
import { probabilities, type LinearWeights } from './linear-model';
import { own } from '../own';
import weightsJson from './intent-weights.json';

export { normalizeIntentText } from './intent-features';

/** The recognised intent; for `none` the confidence is that of the closest real intent (always low). */
export interface IntentResult {
  name: IntentName;
  confidence: number;
}

/** Below this probability a model guess is reported as `none`. */
export const INTENT_THRESHOLD = 0.5;

interface Model {
  weights: LinearWeights;
  keywords: Map<string, IntentName>;
}

let model: Model | undefined;
function getModel(): Model {
  if (!model) {
    const keywords = new Map<string, IntentName>();
    for (const [intent, words] of Object.entries(KEYWORDS) as [IntentName, string[]][]) {
      for (const word of words) keywords.set(normalizeIntentText(word), intent);
    }
    model = { weights: weightsJson as LinearWeights, keywords };
  }
  return model;
}

function slashCommand(text: string): IntentResult | undefined {
  const match = /^\/([a-zäöü_]+)(?:@\w+)?\b/i.exec(text.trim());
  if (!match) return undefined;
  const intent = own(SLASH_COMMANDS, `/${match[1]!.toLowerCase()}`);
  return { name: intent ?? 'help', confidence: intent ? 1 : 0.6 };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The model's intent and probability for a message; `asked` names the fields the open question asks for. */
export function classifyIntent(text: string, asked: readonly string[] = []): IntentResult {
  // One letter typed over and over ("aaaa…") shares character n-grams with "ja": it asks for nothing.
  if (new Set(normalizeIntentText(text).replace(/[^\p{L}]/gu, '')).size < 2) return { name: 'none', confidence: 0 };
  const { weights } = getModel();
  const p = probabilities(weights, intentFeatures(text, asked));
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  const name = weights.classes[best] as IntentName;
  if (name === 'none') {
    const runnerUp = Math.max(...p.filter((_, i) => i !== best));
    return { name: 'none', confidence: round(Math.min(runnerUp, INTENT_THRESHOLD - 0.01)) };
  }
  if (p[best]! < INTENT_THRESHOLD) return { name: 'none', confidence: round(Math.min(p[best]!, INTENT_THRESHOLD - 0.01)) };
  const evidence = REQUIRED_EVIDENCE[name];
  if (evidence && !evidence.test(normalizeIntentText(text))) return { name: 'none', confidence: INTENT_THRESHOLD - 0.01 };
  return { name, confidence: round(p[best]!) };
}

/** The intent of a chat message (German, Swiss German or English). */
export function recognizeIntent(text: string, asked: readonly string[] = []): IntentResult {
  const sample = text.slice(0, MAX_INTENT_TEXT);
  if (!/[\p{L}\p{N}?]/u.test(sample)) return { name: 'none', confidence: 0 };
  const slash = slashCommand(sample);
  if (slash) return slash;
  const normalized = normalizeIntentText(sample);
  const { keywords } = getModel();
  const bare = normalized.replace(/[?\s]+$/, '');
  // Stretched words ("nöö", "jaaa", "hallooo") meet their keyword.
  const keyword = keywords.get(normalized) ?? keywords.get(bare) ?? keywords.get(bare.replace(/(\p{L})\1{2,}/gu, '$1')) ?? keywords.get(bare.replace(/(\p{L})\1+/gu, '$1'));
  if (keyword) return { name: keyword, confidence: 0.97 };
  return classifyIntent(sample, asked);
}

/** Loads the weights now instead of at the first message (e.g. at bot start). */
export function warmUpIntents(): void {
  getModel();
}
