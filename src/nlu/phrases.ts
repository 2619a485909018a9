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
import { experienceSubject, interestSubject, nonSkillKind, wordAndCode, qualificationReadings, subjectReadings, titleVariants, type NonSkill } from './qualifications';
import { germanSingulars } from './verbs';

/** An occupation (or, before the chat's extraction, a skill) is taken only when the phrase names it this surely (label, synonym or stem). */
export const MIN_OCCUPATION_CONFIDENCE = 0.85;

export interface ResolvedPhrases {
  skills: ProfileSkill[];
  /** Taxonomy occupation ids the person named (learned or past occupation). */
  occupations: string[];
  /** Phrases that resolved to nothing, as the person wrote them. */
  ownWords: string[];
  /** Phrases that are no skill (school certificates, working conditions, the person's situation): no concept is looked for; the words still count (wishes, conditions). */
  nonSkills: { text: string; kind: NonSkill }[];
}

/** The occupation a phrase names, when it names one surely. */
export function occupationOf(phrase: string, taxonomy: Taxonomy, locale: Locale): string | undefined {
  const hit = taxonomy.search(phrase, { locale, kind: 'occupation', limit: 1, minConfidence: MIN_OCCUPATION_CONFIDENCE })[0];
  return hit && (hit.via === 'label' || hit.via === 'synonym' || hit.via === 'stem') ? hit.concept.id : undefined;
}

/** A skill the words name surely (label, synonym or stem), as the listed phrases are read. */
function sureSkill(words: string, taxonomy: Taxonomy, locale: Locale): { conceptId: string; label: string } | undefined {
  const hit = taxonomy.search(words, { locale, kind: 'skill', limit: 1, minConfidence: MIN_OCCUPATION_CONFIDENCE })[0];
  return hit && (hit.via === 'label' || hit.via === 'synonym' || hit.via === 'stem') ? { conceptId: hit.concept.id, label: hit.concept.labels[locale] } : undefined;
}

/** What a listed text names once read as a counsellor reads it (src/nlu/qualifications.ts). */
export interface ListedReading {
  occupations: string[];
  skills: { conceptId: string; label: string }[];
  /** The text is an interest ("Freude an Tieren"): its skills are what the person is drawn to, not what they can. */
  interest: boolean;
}

/**
 * A listed text that names nothing as written, read the way a counsellor reads it: an interest
 * through its subject ("Interesse an Computern" → Computerkenntnisse), a qualification without its
 * certificate's marks ("Dipl. Pflegefachperson HF/FH" → the nurse), alternatives each on their own
 * ("Mechatroniker oder Elektroniker" → both). Each reading must name its concept surely (label,
 * synonym or stem): nothing is guessed across fields.
 */
export function listedReading(text: string, taxonomy: Taxonomy, locale: Locale): ListedReading {
  const subject = interestSubject(text);
  if (subject) {
    // Several subjects ("Computern und Netzwerken") are each an interest; else the subject as a whole.
    const [whole, ...rest] = subjectReadings(subject);
    const skills: { conceptId: string; label: string }[] = [];
    for (const reading of rest.length > 0 ? rest : [whole!]) {
      // The subject is often a dative plural ("an Computern", "an Tieren").
      const found = [reading, ...germanSingulars(reading)].map((f) => sureSkill(f, taxonomy, locale)).find(Boolean);
      if (found && !skills.some((s) => s.conceptId === found.conceptId)) skills.push(found);
    }
    return { occupations: [], skills, interest: true };
  }
  // Experience in a field ("Erfahrung im Verkauf") names what its subject names; a word with a code
  // ("Hygiene HACCP", "SAP MM") what the code names, else what the word names.
  const experience = experienceSubject(text);
  const coded = wordAndCode(text);
  const subjects = experience ? [experience, ...germanSingulars(experience)] : coded ? [coded.code, coded.word] : [];
  const named = subjects.map((f) => sureSkill(f, taxonomy, locale)).find(Boolean);
  if (named) return { occupations: [], skills: [named], interest: false };
  const occupation = (title: string) => titleVariants(title).map((t) => occupationOf(t, taxonomy, locale)).find(Boolean);
  const { bare, alternatives } = qualificationReadings(text);
  const occupations: string[] = [];
  const skills: { conceptId: string; label: string }[] = [];
  if (alternatives.length === 0) {
    const whole = occupation(bare);
    if (whole) return { occupations: [whole], skills, interest: false };
  }
  for (const reading of alternatives.length > 0 ? alternatives : [bare]) {
    const found = occupation(reading);
    if (found) occupations.push(found);
    else {
      const skill = sureSkill(reading, taxonomy, locale);
      if (skill && !skills.some((s) => s.conceptId === skill.conceptId)) skills.push(skill);
    }
  }
  return { occupations: [...new Set(occupations)], skills, interest: false };
}

/** Resolves each phrase (level per phrase optional); a phrase is an occupation, one or more skills, or own words. */
export function resolvePhrases(phrases: readonly { text: string; level?: SkillLevel }[], taxonomy: Taxonomy, locale: Locale): ResolvedPhrases {
  const skills = new Map<string, ProfileSkill>();
  const occupations = new Set<string>();
  const ownWords: string[] = [];
  const nonSkills: { text: string; kind: NonSkill }[] = [];
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
    // A qualification with its marks or alternatives names its occupations; an interest is a wish to learn, at a basic level.
    const listed = listedReading(phrase, taxonomy, locale);
    if (listed.occupations.length > 0 || listed.interest) {
      for (const id of listed.occupations) occupations.add(id);
      for (const s of listed.skills) if (!skills.has(s.conceptId)) skills.set(s.conceptId, { ...s, level: listed.interest ? 'basic' : (level ?? 'good') });
      if (listed.occupations.length > 0 || listed.skills.length > 0) continue;
    }
    const sure = taxonomy.search(phrase, { locale, kind: 'skill', limit: 1, minConfidence: MIN_OCCUPATION_CONFIDENCE })[0];
    const mentions: { conceptId: string; label: string; level?: SkillLevel; confidence: number }[] =
      sure && (sure.via === 'label' || sure.via === 'synonym' || sure.via === 'stem')
        ? [{ conceptId: sure.concept.id, label: sure.concept.labels[locale], level: undefined, confidence: sure.confidence }]
        : extractSkills(phrase, taxonomy, locale).filter((m) => m.confidence >= MIN_SKILL_CONFIDENCE);
    // Alternatives each named surely ("Java oder Kotlin") when the words as a whole name nothing.
    if (mentions.length === 0) mentions.push(...listed.skills.map((s) => ({ ...s, confidence: 1 })));
    const nonSkill = mentions.length === 0 ? nonSkillKind(phrase) : undefined;
    if (nonSkill) nonSkills.push({ text: phrase, kind: nonSkill });
    else if (mentions.length === 0) ownWords.push(phrase);
    for (const m of mentions) if (!skills.has(m.conceptId)) skills.set(m.conceptId, { conceptId: m.conceptId, label: m.label, level: level ?? m.level ?? 'good' });
  }
  return { skills: [...skills.values()], occupations: [...occupations], ownWords, nonSkills };
}

/**
 * A participle of handling a thing right after a word: "die PCs und Drucker repariert", "Stapler gewartet" name the
 * device (a word that is also an occupation: Drucker), not the trade; "als Drucker gearbeitet" still names it.
 */
const HANDLED = /^(?:repariert|gewartet|installiert|eingerichtet|konfiguriert|bedient|ausgetauscht|angeschlossen|geflickt|eingebaut|aufgestellt|gereinigt|entsorgt|reparieren|warten|installieren|einrichten|flicken)$/iu;
/** A word before an occupation that makes it the writer's role ("als Drucker", "gelernter Drucker"). */
const ROLE_BEFORE = /^(?:als|as|gelernte[rn]?|ausgebildete[rn]?)$/iu;

/** Occupations named in free text ("gelernter Bäcker", "Fachfrau Gesundheit EFZ"): every 1–4-word run that names one surely. */
export function occupationsInText(text: string, taxonomy: Taxonomy, locale: Locale): string[] {
  const words = text.split(/[^\p{L}\p{N}/-]+/u).filter(Boolean).slice(0, 200);
  const found = new Set<string>();
  for (let n = 4; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n);
      if (n === 1 && (run[0]!.length < 5 || run[0] !== run[0]![0]!.toUpperCase() + run[0]!.slice(1))) continue;
      if (n === 1 && HANDLED.test(words[i + 1] ?? '') && !ROLE_BEFORE.test(words[i - 1] ?? '')) continue;
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
  // What is no skill still speaks in the words: a condition ruled out ("keine Nachtschicht mehr"), a Pensum, a school.
  const unresolved = new Set([...resolved.ownWords, ...resolved.nonSkills.map((n) => n.text)]);
  const words = [own, ...phrases.map((p) => p.text.trim()).filter((t) => unresolved.has(t))];
  return { ...resolved, skills: [...skills.values()], occupations, text: words.filter(Boolean).join('\n') };
}
