/**
 * `npm run bench:intents [-- --json]`: load time of the intent model (a fresh process reads the
 * weights) and time per message of recognizeIntent, against a baseline measured in the same run:
 * the whole-message keyword table (normalize + one Map lookup), the cheapest possible answer.
 */
import { execFileSync } from 'node:child_process';
import { KEYWORDS } from '../src/nlu/intent-examples';
import { normalizeIntentText, recognizeIntent, warmUpIntents } from '../src/nlu/intents';
import type { IntentName } from '../src/services/ports';

const MESSAGES = [
  'Hallo, ich bin Petra, 24 Jahre alt, aus Erfurt.',
  'Sehr geehrte Damen und Herren, mein Name ist Dragan und ich suche eine Stelle als Lagerist.',
  'Hi, ich bin Luca und würde mich gern bei euch bewerben.',
  'zeig mir Jobs', 'ja gerne', 'nei merci', 'Vielen Dank für die Hilfe!', 'Gits Kurs für Python?',
  'Ich kenne Java, Spring Boot und PostgreSQL', 'Kann ich mit einem Menschen reden?',
];

function perMessageMs(run: (text: string) => unknown, rounds: number): number {
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const text of MESSAGES) run(text);
  return Number(process.hrtime.bigint() - started) / 1e6 / (rounds * MESSAGES.length);
}

function main(argv: string[]): void {
  const loadMs = Number(
    execFileSync(process.execPath, ['-e', `const t=process.hrtime.bigint();require(${JSON.stringify(require.resolve('../src/nlu/intents'))}).warmUpIntents();console.log(Number(process.hrtime.bigint()-t)/1e6)`], { encoding: 'utf8' }).trim(),
  );
  warmUpIntents();
  const keywords = new Map<string, IntentName>();
  for (const [intent, words] of Object.entries(KEYWORDS) as [IntentName, string[]][]) for (const w of words) keywords.set(normalizeIntentText(w), intent);
  const baseline = (text: string) => keywords.get(normalizeIntentText(text)) ?? 'none';
  perMessageMs(recognizeIntent, 50);
  perMessageMs(baseline, 50);
  const rounds = 500;
  const baselineMs = perMessageMs(baseline, rounds);
  const oursMs = perMessageMs(recognizeIntent, rounds);
  const result = {
    benchmark: 'intents',
    loadMs: Math.round(loadMs * 10) / 10,
    msPerMessage: Math.round(oursMs * 1000) / 1000,
    baseline: { name: 'keyword table', msPerMessage: Math.round(baselineMs * 1000) / 1000 },
    ratio: Math.round((oursMs / baselineMs) * 10) / 10,
  };
  if (!argv.includes('--json')) {
    console.log(`intent model loads in ${result.loadMs} ms (fresh process)`);
    console.log(`${result.msPerMessage} ms per message; keyword table ${result.baseline.msPerMessage} ms (ratio ${result.ratio})`);
  }
  console.log(JSON.stringify(result));
}

main(process.argv.slice(2));
