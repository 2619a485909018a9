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

/**
 * Below this probability a model guess is reported as `none`. The model's features are normalized
 * (see linear-model.ts), so its probabilities are less extreme than before; 0.4 was calibrated on the
 * model's dev split, the tuning sets and dev-intents.json (0.35–0.5 tried).
 */
export const INTENT_THRESHOLD = 0.4;

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

/**
 * A model's best guess turned into an answer: below the threshold, or without the words an intent
 * needs, it is `none`. `runnerUp` is the best probability of a real intent when the guess is `none`.
 */
export function acceptGuess(text: string, name: IntentName, probability: number, runnerUp: number): IntentResult {
  if (name === 'none') return { name: 'none', confidence: round(Math.min(runnerUp, INTENT_THRESHOLD - 0.01)) };
  if (probability < INTENT_THRESHOLD) return { name: 'none', confidence: round(Math.min(probability, INTENT_THRESHOLD - 0.01)) };
  const evidence = REQUIRED_EVIDENCE[name];
  if (evidence && !evidence.test(normalizeIntentText(text))) return { name: 'none', confidence: INTENT_THRESHOLD - 0.01 };
  return { name, confidence: round(probability) };
}

/** True when a message has too little to classify: one letter typed over and over ("aaaa…") shares character n-grams with "ja". */
export function tooLittleToClassify(text: string): boolean {
  return new Set(normalizeIntentText(text).replace(/[^\p{L}]/gu, '')).size < 2;
}

/**
 * A question about what a posting or an apprenticeship asks of the applicant: a verb of need ("braucht man",
 * "muess ich", "do you require") with "for the job" after it ("für d Stell im Lager", "for the lab position",
 * "für e Lehr als Logistiker"). It asks about the posting, not for postings, and the bot has no answer but the ad
 * («Braucht es für die Stelle zwingend den Staplerschein?», «Do I need Swiss German for this job?»).
 * Matched against the folded text (lower case, ä → a, ö → o, ü → u).
 */
const NEED_WORD = String.raw`(?:brauch\w*|bruuch\w*|bruch\w*|muss\w*|mus|mues\w*|muess\w*|need\w*|requir\w*|must|have to|vorausgesetzt|verlangt)`;
const POSTING = String.raw`(?:\w*stell\w*|job|position|posten|lehr|lehre|ausbildung|role|apprenticeship)`;
const ARTICLE = String.raw`(?:d|die|de|der|dere|diese\w*|the|this|that|e|en|eine|einen|a|an)`;
const REQUIREMENT_QUESTION = new RegExp(String.raw`\b${NEED_WORD}\b.*\b(?:fur|for)\s+${ARTICLE}\s+(?:\w+\s+)?${POSTING}\b`);
/** Applying is a request even when it asks what is needed ("Was brauche ich für die Stelle, um mich zu bewerben?"). */
const APPLYING = /bewerb|apply|application/;

/** True for a question about what a posting requires (see REQUIREMENT_QUESTION). */
export function asksWhatPostingRequires(text: string): boolean {
  const folded = normalizeIntentText(text);
  return folded.includes('?') && REQUIREMENT_QUESTION.test(folded) && !APPLYING.test(folded);
}

/** The model's intent and probability for a message; `asked` names the fields the open question asks for. */
export function classifyIntent(text: string, asked: readonly string[] = []): IntentResult {
  if (tooLittleToClassify(text)) return { name: 'none', confidence: 0 };
  const { weights } = getModel();
  const p = probabilities(weights, intentFeatures(text, asked));
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  const runnerUp = Math.max(...p.filter((_, i) => i !== best));
  const guess = acceptGuess(text, weights.classes[best] as IntentName, p[best]!, runnerUp);
  if (guess.name !== 'none' && asksWhatPostingRequires(text)) return { name: 'none', confidence: Math.min(guess.confidence, INTENT_THRESHOLD - 0.01) };
  return guess;
}

/**
 * What a message asks without any model: nothing at all (no letter, digit or "?"), a slash command,
 * or a whole-message keyword ("ja", "nöö", "hallooo"). `undefined` when a model has to decide.
 */
export function fixedIntent(text: string): IntentResult | undefined {
  const sample = text.slice(0, MAX_INTENT_TEXT);
  if (!/[\p{L}\p{N}?]/u.test(sample)) return { name: 'none', confidence: 0 };
  const slash = slashCommand(sample);
  if (slash) return slash;
  const normalized = normalizeIntentText(sample);
  const { keywords } = getModel();
  const bare = normalized.replace(/[?\s]+$/, '');
  // Stretched words ("nöö", "jaaa", "hallooo") meet their keyword.
  const keyword = keywords.get(normalized) ?? keywords.get(bare) ?? keywords.get(bare.replace(/(\p{L})\1{2,}/gu, '$1')) ?? keywords.get(bare.replace(/(\p{L})\1+/gu, '$1'));
  return keyword ? { name: keyword, confidence: 0.97 } : undefined;
}

/** The intent of a chat message (German, Swiss German or English). */
export function recognizeIntent(text: string, asked: readonly string[] = []): IntentResult {
  return fixedIntent(text) ?? classifyIntent(text.slice(0, MAX_INTENT_TEXT), asked);
}

/** Replaces the model's weights (benchmarks compare retrained models in one process); `undefined` restores the committed ones. */
export function useIntentWeights(weights: LinearWeights | undefined): void {
  model = undefined;
  getModel().weights = weights ?? (weightsJson as LinearWeights);
}

/** Loads the weights now instead of at the first message (e.g. at bot start). */
export function warmUpIntents(): void {
  getModel();
}
