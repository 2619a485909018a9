/** `lotse understand "<text>" [--locale de-CH] [--now YYYY-MM-DD]`: what Lotse reads from one message. */
import { skillLexicon } from '../../matching/taxonomy/layers';
import { createUnderstander } from '../../nlu/understand';
import { LOCALES, type Locale } from '../../profile/types';
import type { Understanding } from '../../services/ports';
import { UsageError, type Command, type CommandIO } from '../command';

function localeOption(value: unknown): Locale {
  const locale = typeof value === 'string' ? value : 'de-CH';
  if (!(LOCALES as readonly string[]).includes(locale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
  return locale as Locale;
}

function nowOption(value: unknown): Date {
  if (value === undefined) return new Date();
  const date = new Date(`${String(value)}T12:00:00`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(value)) || Number.isNaN(date.getTime())) throw new UsageError('--now must be YYYY-MM-DD');
  return date;
}

function printHuman(io: CommandIO, text: string, result: Understanding): void {
  io.print(`intent: ${result.intent.name} (${result.intent.confidence.toFixed(2)})`);
  if (result.skills.length === 0) io.print('skills: –');
  for (const skill of result.skills) {
    const level = skill.level ? `, ${skill.level}` : '';
    io.print(`skill:  ${skill.label} [${skill.conceptId}] ${skill.confidence.toFixed(2)}${level} ← "${text.slice(...skill.span)}"`);
  }
  const entries = Object.entries(result.entities);
  if (entries.length === 0) io.print('entities: –');
  for (const [key, value] of entries) io.print(`${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
}

/** `lotse understand` → {intent: {name, confidence}, skills: [{id, label, confidence, span, level?}], entities}. */
export const understandCommand: Command = {
  summary: 'Show the intent, skills and entities Lotse reads from a message',
  usage: 'understand "<text>" [--locale de-CH|de-DE|en] [--now YYYY-MM-DD]',
  options: { locale: { type: 'string', default: 'de-CH' }, now: { type: 'string' } },
  async run({ values, positionals }, io) {
    const text = positionals.join(' ');
    if (!text.trim()) throw new UsageError('Usage: lotse understand "<text>"');
    const now = nowOption(values.now);
    const understander = createUnderstander(skillLexicon(), { now: () => now });
    const result = understander.understand(text, localeOption(values.locale));
    printHuman(io, text, result);
    return {
      intent: result.intent,
      skills: result.skills.map((s) => ({ id: s.conceptId, label: s.label, confidence: s.confidence, span: s.span, ...(s.level ? { level: s.level } : {}) })),
      entities: result.entities,
    };
  },
};
