/**
 * The one skill resolution of Lotse, for the chat, `lotse match --skills`, the importers and the
 * digest: a text is resolved to concepts of the skill lexicon (curated taxonomy, technologies,
 * ESCO), each with a confidence, the evidence it rests on and whether it may be stored.
 *
 * Precision safeguard: a concept is `sure` only on strong evidence (its label or a synonym, a known
 * misspelling, the same word stems, a compound whose parts both fit, a technology's name, an ESCO
 * label). Anything weaker is `ask`: the chat confirms it with a tap ("Meinst du Teamleitung?") and
 * never stores it silently. Words that resolve to nothing stay the person's own words.
 */
import { phraseExtractor } from '../importers/phrase-extractor';
import { skillLexicon, type SkillLexicon } from '../matching/taxonomy/layers';
import type { Concept } from '../matching/taxonomy/types';
import type { Locale } from '../profile/types';
import type { SkillEvidence, SkillMention } from '../services/ports';
import { extractSkills, isFamilyMatter } from './skills';
import { fold } from './tokens';
import { ASK_CONFIDENCE, tierOf, verbOfOtherObject, vetoed, type SkillTier } from './skill-evidence';
import { confirmation } from './skill-confirmation';
import { adFields, adOfferRanges, attributeBefore, adRequirementCandidates, adRequirementRanges, candidateWords, coordinatedSkills, englishSkillWords, governedObject, namedInList, nearFields, ofTrade, type AdCandidate } from './ad-requirements';
import { compoundReadings, headVerbs } from './compounds';
import { germanInfinitives, germanSingulars } from './verbs';
import { experienceSubject, interestSubject, qualificationReadings, subjectReadings, titleVariants, wordAndCode } from './qualifications';

export { ASK_CONFIDENCE, tierOf, type SkillTier };

/** One resolved concept. */
export interface ResolvedSkill extends SkillMention {
  tier: SkillTier;
  evidence: SkillEvidence;
  /** The words of the text it was read from. */
  text: string;
  /** Curated concepts a technology belongs to ("Docker" → DevOps und CI/CD). */
  broader: string[];
}

/** What a text resolves to: concepts, and the parts that stay the person's own words. */
export interface SkillResolution {
  skills: ResolvedSkill[];
  ownWords: string[];
  /** In a document: where each own word stands (the requirement words no concept explains). */
  ownWordSpans?: [number, number][];
}

/**
 * How the text is read: `message` (a chat message, the default), `phrase` (one skill phrase, as in
 * `lotse match --skills`: when the words inside it name nothing, the whole phrase may still be a
 * guess), `document` (a job ad or course text: exact phrases only, fast).
 */
export type ResolveMode = 'message' | 'phrase' | 'document';

export interface ResolveOptions {
  locale: Locale;
  mode?: ResolveMode;
  lexicon?: SkillLexicon;
  /** In a document, also read the ad's requirement sections and leave out its offer section (default true; false = exact phrases only). */
  readRequirements?: boolean;
}

const documentExtractors = new WeakMap<SkillLexicon, ReturnType<typeof phraseExtractor>>();

function documentExtractor(lexicon: SkillLexicon): ReturnType<typeof phraseExtractor> {
  let extract = documentExtractors.get(lexicon);
  if (!extract) documentExtractors.set(lexicon, (extract = phraseExtractor(lexicon.skillConcepts(), { compounds: true, everyMention: true, wholeWordNames: (c) => lexicon.layer(c.id) === 'technology' })));
  return extract;
}

/** Parts of a comma- or "und"-separated text that no concept explains. */
function leftOver(text: string, skills: { span: [number, number] }[]): string[] {
  const parts: string[] = [];
  const re = /[^,;\n]+/g;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!m[0].trim() || skills.some(({ span }) => span[0] < end && start < span[1])) continue;
    if (/\p{L}{2,}/u.test(m[0])) parts.push(m[0].trim());
  }
  return parts;
}

/** Marks of a trained occupation: Swiss and German certificates, "gelernte", the gender slash. */
const OCCUPATION_MARK = /\b(?:EFZ|EBA|HF|FH|IHK|BA|eidg|dipl|gelernte?r?|ausgebildete?r?)\b|\/in\b/i;

/** Further marks of a certificate beside a title: the chamber, the state's recognition, the exam ("(IHK)", "staatlich anerkannte", "examinierte", "mit eidg. FA"). */
const MARKED_TITLE = /\b(?:HWK|SRK|FA)\b|\b(?:staatlich|examinier|eidgenöss|Fachausweis|abgeschlossen)|\/-/iu;

/** Certificates and diplomas that follow or precede a title and do not change the occupation. */
const TITLE_MARKS = /\b(?:EFZ|EBA|HF|FH|IHK|eidg|dipl)\b\.?|[()]/gi;

/** The other half of a gendered title part: "Polymechaniker/in", "Detailhandelsfachfrau/-mann", "Lebensmitteltechnologe/-technologin". */
function titleAlternatives(part: string): string[] {
  const [first, ...rest] = part.split('/');
  const out = [first];
  for (const alt of rest) {
    if (alt === 'in' || alt === 'r') out.push(first + alt);
    else if (alt.startsWith('-')) {
      const tail = alt.slice(1);
      const at = /frau$/i.test(first) && /mann$/i.test(tail) ? first.length - 4 : first.toLowerCase().lastIndexOf(tail.toLowerCase().slice(0, 4));
      out.push(at > 0 ? first.slice(0, at) + tail.toLowerCase() : tail);
    } else out.push(alt);
  }
  return out;
}

/** A title as written, compared without marks, "für", case and umlauts. */
const titleKey = (text: string) => fold(text.replace(TITLE_MARKS, ' ')).replace(/\bfuer\b/g, ' ').replace(/\s+/g, ' ').trim();

/** Every way an occupation's label is written for one person: "Fachfrau/Fachmann Gesundheit EFZ" → "fachfrau gesundheit", "fachmann gesundheit". */
function titleForms(label: string): Set<string> {
  let forms = [''];
  for (const part of label.replace(TITLE_MARKS, ' ').split(/\s+/).filter(Boolean)) {
    const alternatives = titleAlternatives(part);
    forms = forms.flatMap((f) => alternatives.map((a) => `${f} ${a}`)).slice(0, 16);
  }
  return new Set(forms.map(titleKey));
}

/** A short abbreviation with inner capitals names an occupation as a whole ("FaGe", "MPA"). */
const TITLE_ABBREVIATION = /^(?=(?:.*\p{Lu}){2})\p{L}{2,6}$/u;

/** An occupation the whole phrase names by its title ("Polymechaniker", "Fachfrau Gesundheit", "FaGe"). */
function titleOccupation(input: string, lexicon: SkillLexicon, locale: Locale, marked = OCCUPATION_MARK.test(input)) {
  const hits = lexicon.taxonomy.search(input, { locale, kind: 'occupation', limit: 3, minConfidence: 0.6 });
  const key = titleKey(input);
  return hits.find(
    (h) =>
      Object.values(h.concept.labels).some((l) => titleForms(l).has(key)) ||
      (h.confidence >= 0.95 && (h.via === 'label' || (h.via === 'synonym' && (marked || TITLE_ABBREVIATION.test(input.trim()))))),
  );
}

/** Words before a title that say it is one's own trade: "gelernte", "ausgebildeter", "als", "ich bin". */
const TITLE_CUE = /\b(?:gelernte[rn]?|ausgebildete[rn]?|diplomierte[rn]?|als|bin|bi)\s+/giu;
const MAX_TITLE_WORDS = 5;

/**
 * An occupation named by a job title that follows a cue ("ich bin gelernte Kauffrau im Einzelhandel",
 * "als Lagerarbeiterin"), or that is the whole phrase: ESCO's titles of the curated occupations,
 * longest window first. The title must be met whole; a title two curated occupations share names neither.
 */
function namedOccupation(input: string, lexicon: SkillLexicon, wholePhrase: boolean): { concept: Concept; preferred: boolean; span: [number, number] } | undefined {
  const starts = [...input.matchAll(TITLE_CUE)].map((m) => m.index! + m[0].length);
  if (wholePhrase) starts.unshift(0);
  for (const start of starts) {
    const words = [...input.slice(start).matchAll(/[^\s,;.!?]+/gu)].slice(0, MAX_TITLE_WORDS);
    for (let n = words.length; n >= 1; n--) {
      const last = words[n - 1]!;
      const end = start + last.index! + last[0].length;
      if (wholePhrase && start === 0 && input.slice(end).trim()) continue;
      const title = lexicon.occupationByTitle(input.slice(start, end));
      if (title) return { ...title, span: [start, end] };
    }
  }
  return undefined;
}

/** A guess stored after all when the person's own words confirm it (src/nlu/skill-confirmation.ts). */
function confirmed(input: string, skill: ResolvedSkill, lexicon: SkillLexicon, others: readonly ResolvedSkill[] = []): ResolvedSkill {
  if (skill.tier !== 'ask' || lexicon.layer(skill.conceptId) !== 'curated') return skill;
  // A lone verb whose concept names another object than the clause's stays a guess ("Akten sortiert").
  if (verbOfOtherObject(input, skill.span, skill.label, lexicon.namesOf(skill.conceptId), (v) => lexicon.isBroadVerb(v))) return skill;
  const taken = others.filter((o) => o !== skill && o.tier === 'sure').map((o) => o.span);
  const evidence = confirmation(input, skill, lexicon.get(skill.conceptId), taken);
  if (!evidence || vetoed(input, { ...skill, evidence }) || isFamilyMatter(input, { first: skill.span[0], last: skill.span[1] })) return skill;
  return { ...skill, tier: 'sure', evidence, confidence: Math.max(skill.confidence, 0.8) };
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/**
 * What an ad's task and requirement sections ask for beyond its exact phrases (src/nlu/ad-requirements.ts):
 * each candidate the exact reading left open is read as a phrase and counts only when sure and a
 * skill; what stays unexplained is the posting's own skill word.
 */
const phraseReadings = new WeakMap<SkillLexicon, Map<string, ResolvedSkill[]>>();
/** Requirement words repeat across the ads of an import ("Teamfähigkeit", "MS Office"): each is read as a phrase once. */
const MAX_CACHED_PHRASES = 20_000;

function readPhrase(text: string, lexicon: SkillLexicon, locale: Locale): ResolvedSkill[] {
  let cache = phraseReadings.get(lexicon);
  if (!cache) phraseReadings.set(lexicon, (cache = new Map()));
  const key = `${locale}\u0000${text}`;
  let found = cache.get(key);
  if (!found) {
    found = resolveSkills(text, { locale, mode: 'phrase', lexicon }).skills.filter((s) => s.tier === 'sure' && lexicon.get(s.conceptId)?.kind === 'skill');
    if (cache.size < MAX_CACHED_PHRASES) cache.set(key, found);
  }
  return found;
}

/** Evidence of a name met whole (or inflected), as a word in lower case must be. */
const WHOLE_NAME: ReadonlySet<SkillEvidence> = new Set(['label', 'synonym', 'stem', 'technology', 'esco']);

function askedFor(input: string, known: { conceptId: string; span: [number, number] }[], lexicon: SkillLexicon, locale: Locale) {
  const skills: (SkillMention & { evidence?: SkillEvidence })[] = [];
  const own: [number, number][] = [];
  const fields = adFields(known, lexicon);
  const near = nearFields(fields);
  const read = (candidate: AdCandidate) => {
    // One word read as a skill of a trade the ad does not name is a word of that ad's own trade ("Pflege des Prüfkatalogs").
    const oneWord = !/\s/.test(candidate.text);
    // The desk trades beside the ad's own count only for a reading of the whole word ("Reporting", not "Intent-|Logik").
    const whole = (s: ResolvedSkill) => !/-/.test(candidate.text) && s.span[0] === 0 && s.span[1] === candidate.text.length;
    // Words in lower case (an English ad's "reporting", "storytelling") count only by a whole name (no misspelling, no
    // compound), and only when they end as nouns of an activity or adjectives of a quality do ("store" is no skill).
    const lower = !/\p{Lu}/u.test(candidate.text);
    if (lower && !englishSkillWords(candidate.text)) return [];
    const phrase = readPhrase(candidate.text, lexicon, locale).filter((s) => (!oneWord || ofTrade(s, whole(s) ? near : fields, lexicon)) && (!lower || WHOLE_NAME.has(s.evidence)));
    const found = phrase.length > 0 ? phrase : namedInList(candidate.text, lexicon, locale, fields);
    return found.map((s) => ({ conceptId: s.conceptId, label: s.label, confidence: s.confidence, span: [candidate.span[0] + s.span[0], candidate.span[0] + s.span[1]] as [number, number], evidence: s.evidence }));
  };
  const withAttribute = (candidate: AdCandidate, open: (span: [number, number]) => boolean) => {
    const first = candidateWords(candidate)[0] ?? candidate;
    const attribute = attributeBefore(input, first.span);
    if (!attribute || !open(attribute) || !open(first.span) || !ranges.some((r) => r[0] <= attribute[0] && first.span[1] <= r[1])) return [];
    // Only a reading the adjective takes part in, by a whole name ("kreative" of "kreative Ideen"), not one of the noun alone.
    return read({ text: input.slice(attribute[0], first.span[1]), span: [attribute[0], first.span[1]] }).filter((s) => s.span[0] === attribute[0] && WHOLE_NAME.has(s.evidence!));
  };
  // A truncated part of a coordination is the compound it stands for ("Lohn- und Finanzbuchhaltung"), wherever the ad asks for it.
  const offers = adOfferRanges(input);
  const coordinated = coordinatedSkills(input, lexicon, locale).filter((s) => !known.some((k) => overlaps(k.span, s.span)) && !offers.some((o) => o[0] <= s.span[0] && s.span[1] <= o[1]));
  skills.push(...coordinated);
  known = [...known, ...coordinated];
  // An action noun and its object written apart ("Verwaltung von Datenbanken") is read as in a message, where the ad asks for it.
  const ranges = adRequirementRanges(input);
  // It replaces what its action noun or object alone was read as ("Verwaltung" is no public administration there).
  const within = (inner: [number, number], outer: [number, number]) => outer[0] <= inner[0] && inner[1] <= outer[1];
  const analytic = [...analyticSkills(input, lexicon, locale), ...verbObjectSkills(input, lexicon, locale, fields)].filter(
    (s) => ranges.some((r) => within(s.span, r)) && !offers.some((o) => overlaps(o, s.span)) && !known.some((k) => overlaps(k.span, s.span) && !within(k.span, s.span)),
  );
  skills.push(...analytic);
  known = [...known.filter((k) => !analytic.some((a) => within(k.span, a.span))), ...analytic];
  for (const candidate of adRequirementCandidates(input)) {
    const open = (span: [number, number]) => !known.some((k) => overlaps(k.span, span));
    const whole = open(candidate.span) ? read(candidate) : [];
    // A run is often list items whose separators were lost ("Azure DevOps Teamplayer"): its words left open are read alone.
    const words = candidateWords(candidate).filter((w) => open(w.span) && !whole.some((s) => overlaps(s.span, w.span)));
    if (whole.length === 0 && words.length === 0 && !open(candidate.span)) continue;
    const found = [...whole, ...words.flatMap(read)];
    // A list word that names nothing alone may with the adjective before it ("kreative Ideen", "kommunikative Sensibilität").
    if (found.length === 0) found.push(...withAttribute(candidate, open));
    skills.push(...found);
    if (found.length === 0) own.push(candidate.span);
  }
  return { skills, own, replaced: (span: [number, number]) => analytic.some((a) => within(span, a.span)) };
}

/** A lower-case infinitive in a concept's name ("reinigen", "bedienen", "entwickeln"). */
const NAME_VERB = /^\p{Ll}{4,}(?:en|ern|eln)$/u;

/** The infinitives the names use. */
function verbsOfNames(names: Iterable<string>): Set<string> {
  const verbs = new Set<string>();
  for (const name of names) for (const word of name.split(/[\s/,()-]+/)) if (NAME_VERB.test(word)) verbs.add(word);
  return verbs;
}

/** Worked out once per lexicon (its concepts never change). */
function perLexicon<T>(memo: WeakMap<SkillLexicon, T>, lexicon: SkillLexicon, work: () => T): T {
  let value = memo.get(lexicon);
  if (value === undefined) memo.set(lexicon, (value = work()));
  return value;
}

/** The verbs of the curated skills' names (every locale): the verbs a compound's head may stand for. */
const curatedVerbs = new WeakMap<SkillLexicon, Set<string>>();
function verbsOfLexicon(lexicon: SkillLexicon): Set<string> {
  return perLexicon(curatedVerbs, lexicon, () => verbsOfNames(lexicon.taxonomy.concepts('skill').flatMap((c) => [...Object.values(c.labels), ...c.synonyms])));
}

/** The verbs of every skill's German names, ESCO's too ("sicherstellen", "begleiten"): the verbs a one-word action noun may be derived from. */
const allVerbs = new WeakMap<SkillLexicon, Set<string>>();

/**
 * A word that is the action noun of a whole verb ("Sicherstellung" of sicherstellen, "Begleitung" of
 * begleiten) is a derivation, not a compound: its first letters are the verb's particle or prefix, no
 * object ("Sicher|stellung" is no staffing, "Beg|leitung" no leading).
 */
function derivedFromVerb(word: string, lexicon: SkillLexicon): boolean {
  if (/[\s-]/.test(word.trim())) return false;
  const verbs = perLexicon(allVerbs, lexicon, () => verbsOfNames(lexicon.skillConcepts().flatMap((c) => [c.labels['de-DE'], ...c.synonyms])));
  return headVerbs(word.trim()).some((v) => verbs.has(v));
}

/** Evidence that is itself a guess at a word: not enough on top of a guessed split. */
const GUESSED: ReadonlySet<SkillEvidence> = new Set(['misspelling', 'fuzzy']);

/** Shortest word read as a compound of object and action. */
const MIN_COMPOUND = 8;

/**
 * A compound nothing read for sure, or read by its head alone, as the work of its parts
 * (src/nlu/compounds.ts): "Kita-Betreuerin" → "Kita betreuen" → Kinder betreuen, "Bodenreinigung" →
 * "Autoreparatur" → "Auto reparieren". The reading must name one sure curated skill, read from the
 * object (with the verb confirming it) by a name, not a typo: the split is already a guess, and the
 * verb alone names too little ("Rohrmontage" is no machine assembly, "Bäckereiverkäuferin" no baking).
 */
function compoundSkills(input: string, skills: ResolvedSkill[], lexicon: SkillLexicon, locale: Locale): ResolvedSkill[] {
  const out: ResolvedSkill[] = [];
  const verbs = verbsOfLexicon(lexicon);
  for (const m of input.matchAll(/\p{Lu}[\p{L}-]+/gu)) {
    const word = m[0];
    const span: [number, number] = [m.index!, m.index! + word.length];
    if (word.length < MIN_COMPOUND || skills.some((s) => s.tier === 'sure' && s.evidence !== 'compound' && overlaps(s.span, span))) continue;
    for (const { modifier, verb } of compoundReadings(word)) {
      if (/^\p{Ll}/u.test(verb) && !verbs.has(verb)) continue;
      const phrase = `${modifier.charAt(0).toUpperCase()}${modifier.slice(1)} ${verb}`;
      const found = resolveSkills(phrase, { locale, mode: 'message', lexicon }).skills;
      const sure = found.filter((h) => h.tier === 'sure');
      // A curated skill read from the object; a concept of the layers below only as the whole reading ("Netzwerk konfigurieren").
      const fits = (h: ResolvedSkill) => (lexicon.layer(h.conceptId) === 'curated' ? h.span[0] < modifier.length : h.span[0] === 0 && h.span[1] === phrase.length);
      const hit = sure.length === 1 && fits(sure[0]!) && !GUESSED.has(sure[0]!.evidence) && lexicon.get(sure[0]!.conceptId)?.kind === 'skill' ? sure[0] : undefined;
      // A reading of the object alone does not replace the extractor's reading of the whole compound
      // ("Kreditorenverwaltung" is Kreditorenbuchhaltung, not bookkeeping in general).
      const wholeRead = skills.some((s) => s.tier === 'sure' && s.evidence === 'compound' && overlaps(s.span, span));
      if (hit && wholeRead && hit.span[1] <= modifier.length) break;
      if (hit) {
        out.push({ ...hit, span, evidence: 'compound', text: word });
        break;
      }
    }
  }
  return out;
}

/**
 * An action noun and the object it governs, written apart: the analytic form of a compound
 * ("Verwaltung von Datenbanken" is "Datenbankverwaltung", "Pflege der Grünanlagen", "Fahren von
 * Gabelstaplern", "Entwicklung von neuen Energiesparkonzepten"). An inflected adjective before the object
 * is part of the span, not of the reading. A bare genitive after an adjective ("Wartung technischer
 * Anlagen") is not read so: without "von" or an article two nouns side by side are as often a list.
 */
const ANALYTIC =
  /(?<![\p{L}-])(\p{Lu}\p{Ll}{3,})\s+(?:von\s+(?:den|der|dem)\s+|von\s+|vom\s+|der\s+|des\s+|eines\s+|einer\s+)(?:(\p{Ll}+(?:e|en|er|es|em))\s+)?(\p{Lu}[\p{L}-]*\p{L})(?![\p{L}-])/gu;

/** First-person possessives between the action noun and its object. */
const OWN_DETERMINER = /\s(?:mein|meine|meiner|meines|meinem|meinen|unsere[rsnm]?\s+(?:Familie|Kinder|Eltern))\b/iu;

/** The verbs an action noun is made from, and a capitalised infinitive as itself ("Fahren", "Verlegen"). */
function actionVerbs(head: string): string[] {
  const lower = head.toLowerCase();
  // An action noun that is the verb's stem plus -e ("Pflege von Stammdaten" → pflegen); only a verb of the lexicon's names counts (objectReading).
  const stemNoun = /[^aeiouäöü]e$/.test(lower) && lower.length >= 5 ? [`${lower}n`] : [];
  return [...headVerbs(head), ...(/[^u]en$/.test(lower) && !headVerbs(head).includes(lower) ? [lower] : []), ...stemNoun];
}

/**
 * The analytic forms of compounds in a text (ANALYTIC) read as their object and the verb of their
 * action noun, as the compound itself is read ("Verwaltung von Datenbanken" → "Datenbanken verwalten"):
 * one sure skill of the curated taxonomy read from the object by a name, or an ESCO or technology
 * concept that is the whole reading ("Entwicklung von Energiesparkonzepten" → "Energiesparkonzepte
 * entwickeln"). It stands for the whole span, in place of what the action noun alone was read as
 * ("Verwaltung" is no public administration there).
 */
function analyticSkills(input: string, lexicon: SkillLexicon, locale: Locale): ResolvedSkill[] {
  const out: ResolvedSkill[] = [];
  const verbs = verbsOfLexicon(lexicon);
  for (const m of input.matchAll(ANALYTIC)) {
    const [whole, head, , object] = m as unknown as [string, string, string | undefined, string];
    // One's own ("Betreuung meiner Kinder", "Pflege meines Gartens") is private life, not work.
    if (OWN_DETERMINER.test(whole)) continue;
    const span: [number, number] = [m.index!, m.index! + whole.length];
    const read = (noun: string) => objectReading(object, actionVerbs(noun), verbs, lexicon, locale);
    const found: ResolvedSkill[] = [];
    const hit = read(head);
    if (hit) found.push({ ...hit, span, evidence: 'compound', text: whole });
    // Action nouns coordinated before it govern the same object ("Installation und Wartung von Netzwerken").
    const before = input.slice(Math.max(0, span[0] - MAX_COORDINATED), span[0]);
    const list = COORDINATED_HEADS.exec(before);
    if (list) {
      const offset = span[0] - before.length + list.index;
      for (const noun of list[0].matchAll(/\p{Lu}\p{Ll}{3,}/gu)) {
        const other = read(noun[0]);
        const at = offset + noun.index!;
        if (other) found.push({ ...other, span: [at, at + noun[0].length], evidence: 'compound', text: noun[0] });
      }
    }
    if (found.length === 0) continue;
    const near = around(input, span);
    if (!isFamilyMatter(near.text, { first: near.span[0], last: near.span[1] })) out.push(...found);
  }
  return notVetoed(input, out);
}

/** A clause is never longer than this: the checks of a reading read this much text on either side, not the whole document. */
const CLAUSE_WINDOW = 400;

/** The readings whose clause does not veto them (see vetoed), each checked on the text around it only. */
function notVetoed(input: string, found: ResolvedSkill[]): ResolvedSkill[] {
  return found.filter((s) => {
    const near = around(input, s.span);
    return !vetoed(near.text, { ...s, span: near.span });
  });
}

/** The text around a span, with the span moved into it. */
function around(input: string, span: [number, number]): { text: string; span: [number, number] } {
  const from = Math.max(0, span[0] - CLAUSE_WINDOW);
  return { text: input.slice(from, span[1] + CLAUSE_WINDOW), span: [span[0] - from, span[1] - from] };
}

/** Action nouns coordinated before the one that governs an object: "Planung, Aufbau und", "Installation sowie". */
const COORDINATED_HEADS = /(?:(?<![\p{L}-])\p{Lu}\p{Ll}{3,}(?:\s*,\s*|\s+(?:und|oder|sowie|bzw\.?)\s+))+$/u;
const MAX_COORDINATED = 120;

/** Each action noun and object is read once per lexicon: ads repeat them ("Wartung von Anlagen"). */
const analyticReadings = new WeakMap<SkillLexicon, Map<string, ResolvedSkill | null>>();

/**
 * The object with one of these verbs (each a verb of the lexicon) read as "object verb": one sure skill
 * of the curated taxonomy that covers both the object and the verb, or an ESCO or technology concept
 * that is the whole reading.
 */
function objectReading(object: string, candidates: string[], verbs: Set<string>, lexicon: SkillLexicon, locale: Locale): ResolvedSkill | undefined {
  const cache = perLexicon(analyticReadings, lexicon, () => new Map<string, ResolvedSkill | null>());
  const key = `${locale}\u0000${candidates.join(' ')}\u0000${object}`;
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  // The object after "von" is often a dative plural ("von Kindern"): its singulars are tried after it.
  const readings = candidates
    .filter((verb) => verbs.has(verb))
    .flatMap((verb) => [object, ...germanSingulars(object)].map((o) => ({ object: o, phrase: `${o} ${verb}` })));
  let hit: ResolvedSkill | undefined;
  for (const reading of readings) {
    const sure = resolveSkills(reading.phrase, { locale, mode: 'message', lexicon }).skills.filter((h) => h.tier === 'sure' && !GUESSED.has(h.evidence));
    const layer = (h: ResolvedSkill) => lexicon.layer(h.conceptId);
    // Both parts must fit: the reading is of the object with its verb, never of the object alone ("Montage von Vorteil").
    const fits = (h: ResolvedSkill) =>
      layer(h) === 'curated' ? h.span[0] < reading.object.length && h.span[1] > reading.object.length : h.span[0] === 0 && h.span[1] === reading.phrase.length;
    const only = sure.length === 1 && fits(sure[0]!) ? sure[0] : undefined;
    if (only && lexicon.get(only.conceptId)?.kind === 'skill') {
      hit = only;
      break;
    }
  }
  if (cache.size < MAX_CACHED_PHRASES) cache.set(key, hit ?? null);
  return hit;
}

/**
 * A task written as a clause in an ad ("Du verlegst Fliesen", "Sie installieren Software und verwalten
 * Datenbanken"): a finite verb after its subject (or after "und", "sowie", "oder") and the object that
 * follows it, with at most three articles, possessives or adjectives between.
 */
const VERB_OBJECT =
  /(?<!\p{L})(?:[Dd]u|Sie|ihr|wir|und|sowie|oder)\s+(\p{Ll}{4,})\s+((?:(?:die|den|das|der|dem|des|ein|eine|einen|einem|unsere[nmrs]?|deine[nmrs]?|Ihre[nmrs]?|ihre[nmrs]?|\p{Ll}+(?:e|en|er|es|em))\s+){0,3})(\p{Lu}[\p{L}-]*\p{L})(?![\p{L}-])/gu;

/** The infinitives a finite verb form may stand for ("verlegst" → verlegen, "entwickelst" → entwickeln, "installieren"). */
function finiteVerbs(word: string): string[] {
  const out = new Set(germanInfinitives(word));
  if (/(?:en|ern|eln)$/.test(word)) out.add(word);
  // -eln and -ern verbs keep their e: "entwickelst" → entwickeln, "änderst" → ändern.
  const stem = /(?:el|er)(?:st|t)$/.test(word) ? word.replace(/(?:st|t)$/, '') : undefined;
  if (stem) out.add(`${stem}n`);
  // A stem ending in s, ß, x or z takes only -t for "du" ("löst" → lösen, "nutzt" → nutzen, "fasst" → fassen).
  if (/[sßxz]t$/.test(word) && word.length >= 4) out.add(`${word.slice(0, -1)}en`);
  return [...out];
}

/**
 * The verb of a task clause alone, when the clause's object and verb name nothing together but the verb
 * is itself a curated skill's name ("Sie präsentieren die Ergebnisse", "du programmierst Schnittstellen"):
 * read as a whole word, in one of the ad's trades only ("Sie pflegen Stammdaten" is no nursing).
 */
function verbReading(verb: string, lexicon: SkillLexicon, locale: Locale, fields: Set<string | undefined>): ResolvedSkill | undefined {
  for (const infinitive of finiteVerbs(verb)) {
    const hit = readPhrase(infinitive, lexicon, locale).find(
      (s) => (s.evidence === 'label' || s.evidence === 'synonym') && lexicon.layer(s.conceptId) === 'curated' && s.span[0] === 0 && s.span[1] === infinitive.length,
    );
    if (hit && fields.size > 0 && ofTrade(hit, fields, lexicon)) return hit;
  }
  return undefined;
}

/**
 * The tasks an ad writes as clauses (VERB_OBJECT), read as "object verb" as an analytic form is: one sure
 * curated skill that covers both, or an ESCO or technology concept that is the whole reading.
 */
function verbObjectSkills(input: string, lexicon: SkillLexicon, locale: Locale, fields: Set<string | undefined>): ResolvedSkill[] {
  const out: ResolvedSkill[] = [];
  const verbs = verbsOfLexicon(lexicon);
  for (const m of input.matchAll(VERB_OBJECT)) {
    const [whole, verb, , object] = m as unknown as [string, string, string, string];
    const at = m.index! + whole.indexOf(verb, whole.search(/\s/));
    const span: [number, number] = [at, m.index! + whole.length];
    const found = objectReading(object, finiteVerbs(verb), verbs, lexicon, locale);
    if (found) out.push({ ...found, span, evidence: 'compound', text: input.slice(...span) });
    else {
      const alone = verbReading(verb, lexicon, locale, fields);
      if (alone) out.push({ ...alone, span: [at, at + verb.length], text: verb });
    }
  }
  return notVetoed(input, out);
}

/** A technology and a concept next to each other ("Typo3 CMS"), or joined by a preposition of use ("Bildbearbeitung mit Photoshop"). */
const NEXT_TO = /^\s+$/;
const USED_WITH = /^\s+(?:mit|with|in|i|im|für|for)\s+$/iu;

/**
 * A curated concept right beside a technology says what kind of thing the technology is ("Typo3 CMS",
 * "GraphQL API", "Revit BIM", "Bildbearbeitung mit Photoshop"): the technology names it more exactly, and
 * its curated concept stays reachable as the technology's broader one. Joined by a preposition, only the
 * technology's own broader concept is dropped ("Buchhaltung mit Abacus" keeps the bookkeeping). A curated concept that carries
 * the technology's name is the more exact of the two ("SAP ABAP" is SAP-Entwicklung (ABAP)).
 */
function withoutKindsOfTechnologies(input: string, skills: ResolvedSkill[], lexicon: SkillLexicon): ResolvedSkill[] {
  const beside = (t: ResolvedSkill, c: ResolvedSkill) => {
    if (overlaps(t.span, c.span)) return false;
    const between = t.span[1] <= c.span[0] ? input.slice(t.span[1], c.span[0]) : input.slice(c.span[1], t.span[0]);
    return NEXT_TO.test(between) || (USED_WITH.test(between) && t.broader.includes(c.conceptId));
  };
  const named = (curated: ResolvedSkill, technology: ResolvedSkill) => fold(curated.label).includes(fold(technology.label));
  const pairs = skills.flatMap((t) =>
    t.tier === 'sure' && lexicon.layer(t.conceptId) === 'technology' ? skills.filter((c) => lexicon.layer(c.conceptId) === 'curated' && beside(t, c)).map((c) => [t, c] as const) : [],
  );
  const dropped = new Set(pairs.map(([t, c]) => (named(c, t) ? t : c)));
  return skills.filter((s) => !dropped.has(s));
}

/** A compound of a name and a noun, joined by a hyphen ("Linux-Server", "SAP-Buchhaltung", "Bash-Skripten"). */
const NAMED_COMPOUND = /^([\p{L}\d.+#]+)-(\p{L}{4,})$/u;
/** How surely the first part of such a compound must name the find for its head to be read apart. */
const NAMED_PART = 0.9;
/** Whether a head is being read (a reading of a head reads no further heads). */
let readingHead = false;

/**
 * The head of a compound whose find names only its first part ("Linux-Server betreue ich" is Linux, and
 * "Server betreue ich" is Server betreuen; "SAP-Buchhaltung" is SAP and Buchhaltung): the message is read
 * again with the head alone in the compound's place, and a sure curated skill read from the head (with
 * the words around it) is added.
 */
function compoundHeadSkills(input: string, skills: ResolvedSkill[], lexicon: SkillLexicon, locale: Locale): ResolvedSkill[] {
  if (readingHead) return [];
  const out: ResolvedSkill[] = [];
  for (const s of skills) {
    const m = s.tier === 'sure' ? NAMED_COMPOUND.exec(s.text) : null;
    if (!m || fold(s.label).includes(fold(m[2]!)) || !lexicon.find(m[1]!, locale, 3).some((f) => f.conceptId === s.conceptId && f.confidence >= NAMED_PART)) continue;
    const head = m[2]!;
    const at = s.span[1] - head.length;
    readingHead = true;
    let found: ResolvedSkill[];
    try {
      found = resolveSkills(`${input.slice(0, s.span[0])}${input.slice(at)}`, { locale, mode: 'message', lexicon }).skills;
    } finally {
      readingHead = false;
    }
    const shift = at - s.span[0];
    for (const h of found) {
      const covers = h.span[0] <= s.span[0] && h.span[1] > s.span[0];
      // The head alone must be the skill's name ("Buchhaltung"); a thing ("Container", "Server") counts only with its verb.
      const withVerb = h.span[0] < s.span[0] || h.span[1] > s.span[0] + head.length;
      if (!covers || h.tier !== 'sure' || lexicon.layer(h.conceptId) !== 'curated' || !(withVerb || fold(head) === fold(h.label))) continue;
      if ([...skills, ...out].some((k) => k.conceptId === h.conceptId)) continue;
      const span: [number, number] = [h.span[0] === s.span[0] ? at : h.span[0], h.span[1] + shift];
      out.push({ ...h, span, text: input.slice(...span) });
    }
  }
  return out;
}

/** How deep readings of readings go: an alternative is read once more, no further. */
let listedDepth = 0;

/**
 * A phrase nothing was read in for sure, read as a counsellor reads a listed qualification
 * (src/nlu/qualifications.ts): without its certificate's marks ("Dipl. Pflegefachperson HF/FH",
 * "Chemikantin (IHK)") it may be an occupation's title; its alternatives ("Mechatroniker oder
 * Elektroniker") and an interest's subject ("Interesse an Computern") are each read as a phrase. Only
 * sure readings count: nothing is guessed.
 */
function readAsListed(input: string, lexicon: SkillLexicon, locale: Locale, resolved: (m: SkillMention & { evidence?: SkillEvidence }, tier: SkillTier) => ResolvedSkill): ResolvedSkill[] {
  if (listedDepth > 0) return [];
  const whole: [number, number] = [0, input.length];
  const subject = interestSubject(input);
  const { bare, alternatives } = qualificationReadings(input);
  const occupation = !subject && alternatives.length === 0 && bare !== input.trim() ? titleVariants(bare).map((t) => titleOccupation(t, lexicon, locale, OCCUPATION_MARK.test(input) || MARKED_TITLE.test(input))).find(Boolean) : undefined;
  if (occupation) return [resolved({ conceptId: occupation.concept.id, label: occupation.concept.labels[locale], confidence: occupation.confidence, span: whole, evidence: occupation.via as SkillEvidence }, 'sure')];
  // Several subjects ("Computern und Netzwerken") are each read; a subject is often a dative plural ("an Tieren").
  const subjects = subject ? subjectReadings(subject) : [];
  // Experience in a field ("Dacherfahrung") is read through its subject; a word with a code ("Hygiene HACCP") through the code, else the word.
  const experience = experienceSubject(input);
  const coded = wordAndCode(input);
  const groups = subject
    ? (subjects.length > 1 ? subjects.slice(1) : subjects).map((r) => [r, ...germanSingulars(r)])
    : experience
      ? [[experience, ...germanSingulars(experience)]]
      : coded
        ? [[coded.code, coded.word]]
        : alternatives.map((a) => [a]);
  const found: ResolvedSkill[] = [];
  listedDepth++;
  try {
    for (const forms of groups) {
      for (const form of forms) {
        const sure = resolveSkills(form, { locale, mode: 'phrase', lexicon }).skills.filter((s) => s.tier === 'sure');
        if (sure.length === 0) continue;
        const at = input.indexOf(forms[0]!);
        const span: [number, number] = at >= 0 ? [at, at + forms[0]!.length] : whole;
        for (const s of sure) if (!found.some((f) => f.conceptId === s.conceptId)) found.push({ ...s, span, text: input.slice(...span) });
        break;
      }
    }
  } finally {
    listedDepth--;
  }
  return found;
}

/**
 * An action word read alone whose object names another trade ("Bedienen von CNC-Maschinen" is no serving of
 * guests, "Rüsten von Anlagen" no kitchen preparation): the object says what the action is done to.
 */
function ofOtherObject(input: string, span: [number, number], conceptId: string, lexicon: SkillLexicon, locale: Locale): boolean {
  const object = governedObject(input, span);
  const field = lexicon.get(conceptId)?.field;
  if (!object || !field || lexicon.layer(conceptId) !== 'curated') return false;
  const fields = readPhrase(object, lexicon, locale).map((s) => lexicon.get(s.conceptId)?.field);
  return fields.length > 0 && !fields.includes(field);
}

/** Resolves a text to skill concepts (see the module comment). */
export function resolveSkills(text: string, options: ResolveOptions): SkillResolution {
  const lexicon = options.lexicon ?? skillLexicon();
  const mode = options.mode ?? 'message';
  const input = typeof text === 'string' ? text : '';
  const resolved = (m: SkillMention & { evidence?: SkillEvidence }, tier: SkillTier): ResolvedSkill => ({
    ...m,
    confidence: tier === 'ask' ? Math.min(m.confidence, ASK_CONFIDENCE) : m.confidence,
    tier,
    evidence: m.evidence ?? (tier === 'sure' ? 'label' : 'partial'),
    text: input.slice(...m.span),
    broader: lexicon.broaderOf(m.conceptId),
  });
  if (mode === 'document') {
    const requirements = options.readRequirements ?? true;
    const offers = requirements ? adOfferRanges(input) : [];
    const skills = documentExtractor(lexicon)(input).filter((f) => !f.span || (!offers.some((o) => o[0] <= f.span![0] && f.span![1] <= o[1]) && !ofOtherObject(input, f.span, f.conceptId, lexicon, options.locale))).map((f) => {
      const label = lexicon.label(f.conceptId, options.locale) ?? f.conceptId;
      const span = f.span ?? [0, 0];
      return resolved({ conceptId: f.conceptId, label, confidence: 1, span, evidence: lexicon.layer(f.conceptId) === 'curated' ? 'label' : (lexicon.layer(f.conceptId) as SkillEvidence) }, 'sure');
    });
    const asked = requirements ? askedFor(input, skills, lexicon, options.locale) : { skills: [], own: [], replaced: () => false };
    return { skills: [...skills.filter((s) => !asked.replaced(s.span)), ...asked.skills.map((m) => resolved(m, 'sure'))].sort((a, b) => a.span[0] - b.span[0]), ownWords: asked.own.map((s) => input.slice(...s)), ownWordSpans: asked.own };
  }
  // extractSkills already gives guesses at most ASK_CONFIDENCE.
  let skills = extractSkills(input, lexicon, options.locale)
    .map((m) => resolved(m, m.confidence > ASK_CONFIDENCE ? tierOf(m) : 'ask'))
    .map((s, _, all) => confirmed(input, s, lexicon, all))
    .filter((s) => !(s.evidence === 'compound' && derivedFromVerb(s.text, lexicon)));
  const compounds = compoundSkills(input, skills, lexicon, options.locale).filter((c) => !vetoed(input, c));
  if (compounds.length > 0) skills = [...skills.filter((s) => !compounds.some((c) => overlaps(c.span, s.span))), ...compounds].sort((a, b) => a.span[0] - b.span[0]);
  const analytic = analyticSkills(input, lexicon, options.locale);
  // Each reading replaces what its words alone were read as; a message names each concept once, as extractSkills gives it.
  const once = analytic.filter((a, i) => analytic.findIndex((b) => b.conceptId === a.conceptId) === i);
  if (analytic.length > 0) skills = [...skills.filter((s) => !analytic.some((c) => overlaps(c.span, s.span))), ...once].sort((a, b) => a.span[0] - b.span[0]);
  skills = withoutKindsOfTechnologies(input, skills, lexicon);
  const heads = compoundHeadSkills(input, skills, lexicon, options.locale);
  if (heads.length > 0) skills = [...skills, ...heads].sort((a, b) => a.span[0] - b.span[0]);
  if (mode === 'phrase') {
    // A phrase that is an occupation's name ("Logistiker EFZ", "Koch EFZ", "Polymechaniker") is the occupation:
    // its label, a synonym with the mark of a trained occupation, the title itself or its abbreviation;
    // "Staplerfahrer" alone names work done, not a Lehre.
    const occupation = titleOccupation(input, lexicon, options.locale);
    if (occupation) {
      const label = occupation.concept.labels[options.locale];
      return { skills: [resolved({ conceptId: occupation.concept.id, label, confidence: occupation.confidence, span: [0, input.length], evidence: occupation.via as SkillEvidence }, 'sure')], ownWords: [] };
    }
  }
  if (!skills.some((s) => s.tier === 'sure')) {
    // A job title (ESCO's titles of the curated occupations) names the trade when no skill was read for sure;
    // one of ESCO's alternative titles is asked.
    const named = namedOccupation(input, lexicon, mode === 'phrase');
    // A title the writer applies for, wishes or denies is no occupation of theirs ("Bewerbig als Pflegehelferin").
    if (named && !vetoed(input, { span: named.span, label: named.concept.labels[options.locale] })) {
      const label = named.concept.labels[options.locale];
      const occupation = resolved({ conceptId: named.concept.id, label, confidence: 0.9, span: named.span, evidence: 'esco' }, named.preferred ? 'sure' : 'ask');
      skills = [...skills.filter((s) => s.span[1] <= named.span[0] || s.span[0] >= named.span[1]), occupation];
    }
  }
  if (mode === 'phrase' && !skills.some((s) => s.tier === 'sure')) {
    const read = readAsListed(input, lexicon, options.locale, resolved);
    if (read.length > 0) return { skills: read, ownWords: leftOver(input, read) };
  }
  if (mode === 'phrase' && skills.length === 0 && /\p{L}{2,}/u.test(input)) {
    const best = lexicon.find(input.trim(), options.locale, 1)[0];
    const guess = best && best.confidence >= 0.6 ? resolved({ ...best, span: [0, input.length] }, 'ask') : undefined;
    if (guess && !vetoed(input, { ...guess, text: input })) skills = [confirmed(input, guess, lexicon)];
  }
  return { skills, ownWords: leftOver(input, skills.filter((s) => s.tier === 'sure')) };
}
