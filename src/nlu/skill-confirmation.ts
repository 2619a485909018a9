/**
 * Guesses the person's own words confirm, so they may be stored without asking (src/nlu/skill-resolver.ts):
 *
 * - the head of a compound is one of the concept's own one-word names for an activity
 *   ("Büroreinigung" ends in "Reinigung", "Gartenunterhalt" in a synonym); a thing as head
 *   ("Krankenkasse", "Lagerfeuer") confirms nothing;
 * - every word the guess was read from is a word of one of the concept's names, by stem, and there
 *   are at least two ("Termine koordinieren" for "Termine planen und koordinieren", "Rechnungsstellung"
 *   for "Rechnungen stellen"): the name said in fewer words;
 * - an object word stands beside a verb that the concept's own names use ("Parkett legen" for
 *   "Bodenbeläge verlegen", "Töff flicke" for a synonym "Velo flicken"); another verb ("Velo fahren",
 *   "Kran gesehen") leaves it a guess;
 * - an object word stands in a clause with a verb of work ("Homepages für Vereine erstellen",
 *   "Löhne umrechnen"), not one of moving about, having, watching or liking ("Velo fahren");
 * - in English, an object word stands beside a gerund of work ("mixing cocktails", "running Instagram
 *   ads"), and a gerund with the other words of the concept's English name says that name
 *   ("managing projects" for "Project management", "handling customer complaints").
 *
 * Pure: the concept's labels and synonyms are all it reads.
 */
import type { Concept } from '../matching/taxonomy/types';
import type { SkillEvidence } from '../services/ports';
import { clauseAround, isActivityNoun } from './skill-evidence';
import { swissForms } from './swiss';
import { contentTokens, stem } from '../matching/taxonomy/normalize';
import { fold } from './tokens';
import { germanInfinitives } from './verbs';

/** Shortest head and shortest first part of a compound read by its head. */
const MIN_HEAD = 5;
const MIN_MODIFIER = 3;

/** The concept's own names in every locale and its synonyms. */
const namesOf = (concept: Concept): string[] => [...Object.values(concept.labels), ...concept.synonyms];

/** A single capitalised word whose head is one of the concept's one-word activity names. */
function compoundHead(words: string, concept: Concept): boolean {
  if (/[\s-]/.test(words) || !/^\p{Lu}/u.test(words)) return false;
  const whole = fold(words);
  return namesOf(concept).some((name) => {
    const head = fold(name);
    return !/[^a-z]/.test(head) && head.length >= MIN_HEAD && whole.length - head.length >= MIN_MODIFIER && whole.endsWith(head) && isActivityNoun(head);
  });
}

/** The lower-case verbs in the concept's names ("verlegen", "flicken", "reparieren"). */
function verbsOf(concept: Concept): Set<string> {
  const out = new Set<string>();
  for (const name of namesOf(concept)) for (const word of name.split(/[\s/,()-]+/)) if (/^\p{Ll}{3,}(?:en|ern|eln)$/u.test(word)) out.add(fold(word));
  return out;
}

/** Base forms a written verb may stand for: itself, its infinitive, its Swiss German standard form. */
function baseForms(word: string): string[] {
  const forms = [word, ...swissForms(word)];
  return [...new Set(forms.flatMap((f) => [f, ...germanInfinitives(f)]).map(fold))];
}

/** The word right before and right after a span, if it is a lower-case word. */
function neighbours(text: string, span: readonly [number, number]): string[] {
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(0, span[0]))?.[1];
  const after = /^\s+(\p{Ll}+)/u.exec(text.slice(span[1]))?.[1];
  return [before, after].filter((w): w is string => !!w && w.length >= 4);
}

/** A verb beside the span that the concept's names use (the same verb or one with a prefix: "legen" in "verlegen"). */
function verbBeside(text: string, span: readonly [number, number], concept: Concept): boolean {
  const verbs = verbsOf(concept);
  if (verbs.size === 0) return false;
  return neighbours(text, span).some((word) => baseForms(word).some((base) => base.length >= 4 && [...verbs].some((v) => v === base || v.endsWith(base))));
}

/** Shortest stem that counts as one of a name's words inside a compound. */
const MIN_STEM = 4;

/** The guess's words are words of one of the concept's names (see the module comment): each by stem, or one compound made of them in order. */
function nameInFewerWords(words: string, concept: Concept): boolean {
  const typed = contentTokens(words).map(stem);
  return namesOf(concept).some((name) => {
    const own = contentTokens(name).map(stem);
    if (own.length < 2) return false;
    if (typed.length >= 2) return typed.every((t) => own.includes(t));
    const whole = typed[0];
    if (!whole || /[\s-]/.test(words)) return false;
    let at = 0;
    let parts = 0;
    for (const part of own) {
      const found = part.length >= MIN_STEM ? whole.indexOf(part, at) : -1;
      if (found < 0 || (parts === 0 && found !== 0)) continue;
      at = found + part.length;
      parts++;
    }
    return parts >= 2 && whole.length - at <= 4;
  });
}

/** Gerunds of what one does in private or receives: no work ("drinking cocktails", "watching videos"). */
const PRIVATE_GERUND = /^(?:drinking|eating|watching|playing|visiting|buying|ordering|getting|receiving|having|loving|enjoying)$/;
/** Gerunds that carry no meaning of their own beside the words of a name ("handling customer complaints"). */
const GENERIC_GERUND = /^(?:handling|doing|performing|providing|carrying)$/;

/** An English gerund of work right before or after the span ("mixing cocktails"). */
function gerundBeside(text: string, span: readonly [number, number]): boolean {
  return neighbours(text, span).some((word) => /^[a-z]{2,}ing$/.test(word) && !PRIVATE_GERUND.test(word));
}

/**
 * An English phrase that opens with a gerund and says the concept's English name in other words:
 * the rest are words of the name, by stem, and the gerund is generic or the stem of the name's remaining word
 * ("managing" for "management").
 */
function englishNameByGerund(words: string, concept: Concept): boolean {
  const m = /^([a-z]{3,})ing\s+(.+)$/.exec(words);
  if (!m || !concept.labels.en) return false;
  const [, verb, rest] = m as unknown as [string, string, string];
  const own = contentTokens(concept.labels.en).map(stem);
  const typed = contentTokens(rest).map(stem);
  if (typed.length === 0 || typed.length >= own.length || !typed.every((t) => own.includes(t))) return false;
  return GENERIC_GERUND.test(`${verb}ing`) || own.some((o) => !typed.includes(o) && verb.length >= 4 && o.startsWith(verb));
}

/** Verbs (infinitives, folded) that do nothing to their object as work: riding, having, buying, watching, liking, learning … */
const NOT_WORK = new Set(
  (
    'fahren haben sein kaufen bestellen sehen schauen anschauen gucken hoeren moegen lieben finden suchen spielen essen trinken ' +
    'besuchen bekommen kriegen lesen tragen gehen laufen wollen moechten koennen muessen sollen duerfen werden heissen wohnen ' +
    'leben mitnehmen vergessen verlieren brauchen wuenschen traeumen sammeln scrollen surfen wandern reisen tanzen schwimmen ' +
    'lernen studieren absolvieren'
  ).split(' '),
);

/** Each lower-case verb form in the clause of the span, outside it and outside the spans other finds took: its infinitives (folded). */
function clauseVerbs(text: string, span: readonly [number, number], taken: readonly (readonly [number, number])[]): string[][] {
  const clause = clauseAround(text, span);
  const start = text.indexOf(clause);
  const out: string[][] = [];
  for (const m of clause.matchAll(/(?<!\p{L})\p{Ll}{4,}(?!\p{L})/gu)) {
    const at = start + m.index!;
    if ([span, ...taken].some(([s, e]) => at >= s && at < e)) continue;
    const word = m[0];
    if (!/(?:en|ern|eln|iert|t)$/.test(word) && !/^g\p{Ll}{3,}e$/u.test(word)) continue;
    // An inflected participle before a noun is an adjective ("gelernte Kauffrau", "gebrauchte Autos").
    if (/(?:e|en|er|es)$/.test(word) && /^\s+\p{Lu}/u.test(text.slice(at + word.length))) continue;
    const bases = baseForms(word).filter((b) => /(?:en|ern|eln)$/.test(b));
    if (bases.length > 0) out.push(bases);
  }
  return out;
}

/** A verb of work in the clause that no other find took for itself (see NOT_WORK; "Fassade gstriche" is painting, not facades). */
function workVerbInClause(text: string, span: readonly [number, number], taken: readonly (readonly [number, number])[]): boolean {
  return clauseVerbs(text, span, taken).some((bases) => !bases.some((b) => NOT_WORK.has(b) || [...NOT_WORK].some((n) => n.length >= 5 && b.endsWith(n))));
}

/** The stronger evidence the text gives a guess, if any (see the module comment). */
export function confirmation(
  text: string,
  guess: { span: [number, number]; text: string; evidence: SkillEvidence },
  concept: Concept | undefined,
  taken: readonly (readonly [number, number])[] = [],
): SkillEvidence | undefined {
  if (!concept) return undefined;
  const words = guess.text.trim();
  if (guess.evidence === 'partial' && compoundHead(words, concept)) return 'compound';
  if (guess.evidence === 'partial' && nameInFewerWords(words, concept)) return 'stem';
  if (guess.evidence === 'synonym' && (verbBeside(text, guess.span, concept) || gerundBeside(text, guess.span) || workVerbInClause(text, guess.span, taken))) return 'synonym';
  if (guess.evidence === 'partial' && englishNameByGerund(words, concept)) return 'stem';
  return undefined;
}
