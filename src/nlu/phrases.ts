/**
 * What a person lists about themselves ("Logistiker EFZ, Staplerfahren, TensorFlow") resolved the
 * way the chat resolves it: occupations only on strong evidence (label, synonym or stem), skills
 * through the chat's skill extraction (`extractSkills`, the conversation's confidence threshold),
 * and every phrase that resolves to nothing kept as the person's own words (the lexical score reads
 * them; they are never guessed into a concept).
 */
import type { Taxonomy } from '../matching/taxonomy';
import type { Locale, ProfileSkill, SkillLevel } from '../profile/types';
import { extractSkills, MIN_SKILL_CONFIDENCE } from './skills';

/** An occupation (or, before the chat's extraction, a skill) is taken only when the phrase names it this surely (label, synonym or stem). */
export const MIN_OCCUPATION_CONFIDENCE = 0.85;

export interface ResolvedPhrases {
  skills: ProfileSkill[];
  /** Taxonomy occupation ids the person named (learned or past occupation). */
  occupations: string[];
  /** Phrases that resolved to nothing, as the person wrote them. */
  ownWords: string[];
}

/** The occupation a phrase names, when it names one surely. */
export function occupationOf(phrase: string, taxonomy: Taxonomy, locale: Locale): string | undefined {
  const hit = taxonomy.search(phrase, { locale, kind: 'occupation', limit: 1, minConfidence: MIN_OCCUPATION_CONFIDENCE })[0];
  return hit && (hit.via === 'label' || hit.via === 'synonym' || hit.via === 'stem') ? hit.concept.id : undefined;
}

/** Resolves each phrase (level per phrase optional); a phrase is an occupation, one or more skills, or own words. */
export function resolvePhrases(phrases: readonly { text: string; level?: SkillLevel }[], taxonomy: Taxonomy, locale: Locale): ResolvedPhrases {
  const skills = new Map<string, ProfileSkill>();
  const occupations = new Set<string>();
  const ownWords: string[] = [];
  for (const { text, level } of phrases) {
    const phrase = text.trim();
    if (!phrase) continue;
    const direct = taxonomy.get(phrase);
    if (direct) {
      if (direct.kind === 'occupation') occupations.add(direct.id);
      else if (!skills.has(direct.id)) skills.set(direct.id, { conceptId: direct.id, label: direct.labels[locale], level: level ?? 'good' });
      continue;
    }
    const occupation = occupationOf(phrase, taxonomy, locale);
    if (occupation) {
      occupations.add(occupation);
      continue;
    }
    const sure = taxonomy.search(phrase, { locale, kind: 'skill', limit: 1, minConfidence: MIN_OCCUPATION_CONFIDENCE })[0];
    const mentions =
      sure && (sure.via === 'label' || sure.via === 'synonym' || sure.via === 'stem')
        ? [{ conceptId: sure.concept.id, label: sure.concept.labels[locale], level: undefined, confidence: sure.confidence }]
        : extractSkills(phrase, taxonomy, locale).filter((m) => m.confidence >= MIN_SKILL_CONFIDENCE);
    if (mentions.length === 0) ownWords.push(phrase);
    for (const m of mentions) if (!skills.has(m.conceptId)) skills.set(m.conceptId, { conceptId: m.conceptId, label: m.label, level: level ?? m.level ?? 'good' });
  }
  return { skills: [...skills.values()], occupations: [...occupations], ownWords };
}

/** Occupations named in free text ("gelernter Bäcker", "Fachfrau Gesundheit EFZ"): every 1–4-word run that names one surely. */
export function occupationsInText(text: string, taxonomy: Taxonomy, locale: Locale): string[] {
  const words = text.split(/[^\p{L}\p{N}/-]+/u).filter(Boolean).slice(0, 200);
  const found = new Set<string>();
  for (let n = 4; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n);
      if (n === 1 && (run[0]!.length < 5 || run[0] !== run[0]![0]!.toUpperCase() + run[0]!.slice(1))) continue;
      const id = occupationOf(run.join(' '), taxonomy, locale);
      if (id) found.add(id);
    }
  }
  return [...found];
}

/** What a person is searched with: skills, occupations and own words, from listed phrases and a free self-description. */
export interface PersonWords extends ResolvedPhrases {
  /** The description and every unresolved phrase, joined (the lexical score's query). */
  text: string;
}

/**
 * The listed phrases resolved (resolvePhrases) and the self-description understood as the chat
 * understands a message: its skills (the chat's threshold) and the occupations it names; the
 * description itself is kept as own words. `lotse match --skills … --text …` and the evaluation
 * build their search profile with this one function.
 */
export function personWords(phrases: readonly { text: string; level?: SkillLevel }[], description: string, taxonomy: Taxonomy, locale: Locale): PersonWords {
  const resolved = resolvePhrases(phrases, taxonomy, locale);
  const skills = new Map(resolved.skills.map((s) => [s.conceptId, s]));
  const own = description.trim();
  if (own) {
    for (const m of extractSkills(own, taxonomy, locale)) {
      if (m.confidence >= MIN_SKILL_CONFIDENCE && !skills.has(m.conceptId)) skills.set(m.conceptId, { conceptId: m.conceptId, label: m.label, level: m.level ?? 'good' });
    }
  }
  const occupations = [...new Set([...resolved.occupations, ...(own ? occupationsInText(own, taxonomy, locale) : [])])];
  // A trained professional can what nearly every job of their occupation asks for ("Koch EFZ" cooks).
  for (const occupation of occupations) {
    for (const skill of taxonomy.skillsOf(occupation).essential) {
      const concept = taxonomy.get(skill);
      if (concept && !skills.has(concept.id)) skills.set(concept.id, { conceptId: concept.id, label: concept.labels[locale], level: 'good' });
    }
  }
  return { skills: [...skills.values()], occupations, ownWords: resolved.ownWords, text: [own, ...resolved.ownWords].filter(Boolean).join('\n') };
}
