/**
 * The occupation a job posting's title names, read as job ads write titles: «Ausbildung
 * Industriemechaniker/in», «Tischler/in Möbelbau», «Koch (m/w/d) Betriebsrestaurant», «Junior
 * Softwareentwickler/in», «Java Developer». Importers store it as the posting's occupation when the
 * source gives none, and the evaluation reads its postings with the same function.
 *
 * Precision first: a wrong occupation pulls a wrong field into a pupil's proposals, so only strong
 * evidence counts (a label, a synonym or the same stems of one occupation, after the ad's own
 * additions are taken off), a title two occupations share equally names neither, and a title whose
 * head is not an occupation («Mitarbeiter/in Tankstelle», «Helfer/in Metallbearbeitung») names none.
 * Pure.
 */
import { fold, type Concept, type ConceptMatch, type Taxonomy } from '../matching/taxonomy';
import type { Locale } from '../profile/types';

/** An occupation read from a title, with how sure the reading is (0..1). */
export interface TitleOccupation {
  occupationId: string;
  confidence: number;
  /** The part of the title that named it. */
  form: string;
}

/** Below this a reading is not stored (importers) or used (evaluation). */
export const MIN_TITLE_OCCUPATION_CONFIDENCE = 0.8;

/** A lookup hit is evidence only this sure and of these kinds (as for a person's listed occupation). */
const MIN_HIT_CONFIDENCE = 0.85;
const STRONG_VIA: ReadonlySet<ConceptMatch['via']> = new Set(['label', 'synonym', 'stem']);

/** What a reading costs in certainty: a specialisation cut off, a compound read by its head. */
const COST = { specialisation: 0.97, leading: 0.9, compound: 0.85 } as const;

/**
 * The rules, each switchable so its test can show it is needed (tests switch one off and back on;
 * the code never changes them).
 */
export const titleRules = {
  /** «(m/w/d)», «(Teilzeit)», «(befristet, 6 Monate)» are no part of the occupation's name. */
  brackets: true,
  /** «Tischler/in», «Kaufmann/-frau», «Medizinische/r», «Elektroniker:in», «Fachfrau/Fachmann» as one form. */
  gender: true,
  /** «Ausbildung zum», «Lehrstelle», «Umschulung», «Praktikum», «Junior», «Stv.» say which position, not which occupation. */
  kindWords: true,
  /** «EFZ», «EBA», «HF», «IHK», «Dipl.» state the level; the occupation is named without them too. */
  levels: true,
  /** «Tischler/in Möbelbau», «Koch/Köchin à la carte»: words after the occupation name its specialty. */
  specialisation: true,
  /** «Zerspanungsmechaniker/in Fräsen – Dauernachtschicht», «Barista / Allrounder»: parts of a title read one by one. */
  segments: true,
  /** English word order: «Java Developer», «Senior Software Engineer» name the occupation last. */
  englishHead: true,
  /** «Lebensmittellaborant» names a Laborant: a compound whose head is an occupation's own title. */
  compoundHead: true,
};

/** Words that name the kind of position or the person's step, not the occupation (folded, lower case). */
const KIND_WORDS = new Set([
  'ausbildung', 'berufsausbildung', 'ausbildungsplatz', 'lehrstelle', 'lehrstellen', 'lehrstell', 'lehre', 'lehrling', 'umschulung', 'praktikum', 'schnupperlehre',
  'schnupperpraktikum', 'schuelerpraktikum', 'vorpraktikum', 'anerkennungspraktikum', 'nachholbildung', 'quereinstieg',
  'quereinsteiger', 'quereinsteigerin', 'quereinsteigende', 'duale', 'dualer', 'duales', 'praxisintegrierte', 'betriebliche',
  'junior', 'senior', 'stv', 'stellvertretende', 'stellvertretender', 'stellv', 'examinierte', 'examinierter', 'staatlich',
  'anerkannte', 'anerkannter', 'gelernte', 'gelernter', 'erfahrene', 'erfahrener', 'ausgebildete', 'ausgebildeter',
  'zum', 'zur', 'als', 'apprentice', 'apprenticeship', 'trainee', 'internship', 'intern', 'lead', 'head',
]);

/** Whether a folded word names the kind of position or the person's step («lehrstell», «praktikum»), not an occupation. */
export function isKindWord(folded: string): boolean {
  return KIND_WORDS.has(folded);
}

/** Level words a title may add to an occupation's name. */
const LEVEL = /(?:^|\s)(?:EFZ|EBA|HF|FH|IHK|HWK|Dipl\.?|dipl\.?|eidg\.?|diplomierte[rn]?|Diplomierte[rn]?)(?=\s|$)/g;

/** The levels only Swiss qualifications name. */
const SWISS_LEVEL = /\b(?:EFZ|EBA|HF)\b/;

/** Words that tie a specialty into an occupation's own name («Elektroniker für Betriebstechnik» is an occupation of its own). */
const NAME_JOINS = new Set(['für', 'fuer']);

/** Words a name never ends with. */
const OPEN_END = /^(?:für|fuer|und|u\.|im|in|der|die|das|des|mit|zum|zur|als|am|an|bei|von|vom|&|\+|-|–|of|for|and)$/i;

/** "(m/w/d)" and every other bracketed addition. */
function withoutBrackets(title: string): string {
  return title.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
}

/** The title's parts read one by one: " / ", " – ", ":", "," and "|" separate alternatives and additions. */
function segmentsOf(title: string): string[] {
  return title.split(/\s+[/|–—-]\s+|[:,;|]\s+/).map((s) => s.trim()).filter(Boolean);
}

/** One form for the gendered ones: «Tischler/in» → «Tischler», «Kaufmann/-frau» → «Kaufmann», «Fachfrau/Fachmann» → «Fachfrau». */
export function genderNeutral(text: string): string {
  return text
    .replace(/(\p{L})(?:\/-?|[:*_]|\/\s?)(?:in|innen|r|e|n)\b/gu, '$1')
    .replace(/(\p{L})\/-\p{L}+/gu, '$1')
    .replace(/(\p{L}+)\/\p{Lu}[\p{L}-]*/gu, '$1')
    .replace(/(\p{L})Innen\b/gu, '$1');
}

/** The words of a title part, kind words in front taken off. */
function wordsOf(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (!titleRules.kindWords) return words;
  let start = 0;
  while (start < words.length - 1 && KIND_WORDS.has(fold(words[start]!))) start++;
  return words.slice(start).filter((w, i, all) => !(i === all.length - 1 && /^\d{4}$/.test(w)));
}

/** The candidate texts of one title part, most specific first: the whole part, then without its specialty. */
function candidatesOf(part: string, english: boolean): { text: string; cost: number }[] {
  const out: { text: string; cost: number }[] = [];
  const words = wordsOf(part);
  const forName = words.findIndex((w, i) => i > 0 && NAME_JOINS.has(w.toLowerCase()));
  const shortest = titleRules.specialisation ? (forName > 0 ? forName + 2 : 1) : words.length;
  for (let n = words.length; n >= Math.min(shortest, words.length); n--) {
    const last = words[n - 1]!;
    // A name ends in a noun: «Koch/Köchin à la carte» is no «Koch/Köchin à».
    if (n < words.length && (OPEN_END.test(last) || last.endsWith('-') || !/^[\p{Lu}\d]/u.test(last))) continue;
    out.push({ text: words.slice(0, n).join(' '), cost: n < words.length ? COST.specialisation : 1 });
  }
  // English titles name the occupation last («Java Developer», «Senior Software Engineer»).
  if (titleRules.englishHead && english && words.length > 1) {
    for (let k = 1; k < words.length; k++) out.push({ text: words.slice(k).join(' '), cost: COST.leading });
  }
  return out;
}

/** An occupation of the Swiss system only: its German name too states a Swiss level. */
function swissOnly(concept: Concept): boolean {
  return SWISS_LEVEL.test(concept.labels['de-DE'] ?? '');
}

/** A hit on an occupation's label or on a name with a Swiss level («Elektroniker/in EFZ»), not on a plain synonym («Verfahrensmechaniker Kunststoff»). */
function statesSwissLevel(hit: ConceptMatch): boolean {
  return hit.via !== 'synonym' || SWISS_LEVEL.test(hit.form ?? '');
}

/**
 * A title that states a college level («Pflegefachfrau HF Intensivstation») names the occupation of
 * that level related to the one its words name (the nurse HF, not the nurse), when there is one.
 */
function atLevel(concept: Concept, title: string, taxonomy: Taxonomy): Concept {
  if (!titleRules.levels || !/\bHF\b/.test(title) || /\bHF\b/.test(concept.labels['de-CH'] ?? '')) return concept;
  const higher = concept.related.map((id) => taxonomy.get(id)).filter((c): c is Concept => c?.kind === 'occupation' && /\bHF\b/.test(c.labels['de-CH'] ?? ''));
  return higher.length === 1 ? higher[0]! : concept;
}

/** A Swiss posting names the Swiss qualification («Verkäufer/in» is a Detailhandelsfachfrau EFZ there), a German one the German. */
function localeRank(concept: Concept, locale: Locale): number {
  const swissName = SWISS_LEVEL.test(concept.labels[locale] ?? '');
  return locale === 'de-CH' ? (swissName ? 0 : 1) : swissName ? 1 : 0;
}

/** The one occupation a text names surely, the locale's first; two equally sure ones of the same standing name neither. */
function sureOccupation(text: string, taxonomy: Taxonomy, locale: Locale, swissTitle: boolean): { concept: Concept; confidence: number } | undefined {
  // A German posting is no Swiss apprenticeship («Elektroniker/in» is not «Elektroniker/in EFZ») unless its title says so.
  const hits = taxonomy
    .search(text, { locale, kind: 'occupation', limit: 4, minConfidence: MIN_HIT_CONFIDENCE })
    .filter((h) => STRONG_VIA.has(h.via) && (locale === 'de-CH' || swissTitle || !swissOnly(h.concept) || !statesSwissLevel(h)))
    .sort((a, b) => localeRank(a.concept, locale) - localeRank(b.concept, locale) || b.confidence - a.confidence);
  const [first, second] = hits;
  if (!first) return undefined;
  if (second && second.concept.id !== first.concept.id && second.confidence === first.confidence && localeRank(second.concept, locale) === localeRank(first.concept, locale)) return undefined;
  return { concept: first.concept, confidence: first.confidence };
}

/** Occupation titles (gender-neutral, without level words) that a compound may end with, per locale: «Laborant». */
const headTitles = new WeakMap<Taxonomy, Map<Locale, Map<string, Concept | null>>>();

function titleHeads(taxonomy: Taxonomy, locale: Locale): Map<string, Concept | null> {
  let byLocale = headTitles.get(taxonomy);
  if (!byLocale) headTitles.set(taxonomy, (byLocale = new Map()));
  let heads = byLocale.get(locale);
  if (heads) return heads;
  heads = new Map();
  for (const c of taxonomy.concepts('occupation')) {
    const label = genderNeutral(c.labels[locale] ?? c.labels['de-DE']).replace(LEVEL, ' ').trim();
    if (/\s/.test(label) || label.length < 7 || (locale !== 'de-CH' && swissOnly(c))) continue;
    const key = label.toLowerCase();
    // A title two occupations share is no one's head.
    heads.set(key, heads.has(key) && heads.get(key) !== c ? null : c);
  }
  byLocale.set(locale, heads);
  return heads;
}

/** «Lebensmittellaborant» → Laborant: the longest end of the word that is an occupation's own title. */
function compoundHead(word: string, taxonomy: Taxonomy, locale: Locale): Concept | undefined {
  const heads = titleHeads(taxonomy, locale);
  const lower = genderNeutral(word).toLowerCase();
  for (let i = 3; i + 7 <= lower.length; i++) {
    const head = heads.get(lower.slice(i).replace(/^-/, ''));
    if (head) return head;
  }
  return undefined;
}

/** The occupation one part of a title names: the part as written, gender-neutral, without level words, then without its specialty. */
function readPart(part: string, taxonomy: Taxonomy, locale: Locale, whole: string): TitleOccupation | undefined {
  const swissTitle = SWISS_LEVEL.test(whole);
  const forms = [part];
  if (titleRules.gender) forms.push(genderNeutral(part));
  if (titleRules.levels) forms.push(...forms.map((f) => f.replace(LEVEL, ' ').replace(/\s+/g, ' ').trim()));
  // Only a title without German letters or gender forms is read in English word order.
  const english = /^[A-Za-z0-9 .#+-]+$/.test(part);
  const candidates = forms.flatMap((f) => candidatesOf(f, english));
  // «Kaufmann/-frau für Büromanagement» is also written «Kaufmann Büromanagement» (whole only: «für» ties the specialty in).
  if (titleRules.gender) candidates.push(...forms.filter((f) => /\sfür\s/.test(f)).map((f) => ({ text: wordsOf(f.replace(/\sfür\s/g, ' ')).join(' '), cost: 1 })));
  const seen = new Set<string>();
  let swiss: TitleOccupation | undefined;
  for (const { text, cost } of candidates) {
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const hit = sureOccupation(text, taxonomy, locale, swissTitle);
    if (!hit) continue;
    const found = { occupationId: atLevel(hit.concept, whole, taxonomy).id, confidence: hit.confidence * cost, form: text };
    // In a German posting a Swiss occupation («Elektronikerin» → Elektroniker/in EFZ) gives way to a German one the title names too.
    if (locale === 'de-CH' || swissTitle || !swissOnly(hit.concept)) return found;
    swiss ??= found;
  }
  return swiss;
}

/** The taxonomy occupation a posting's title names, or nothing when the title does not name one surely. */
export function occupationOfTitle(title: string, taxonomy: Taxonomy, locale: Locale): TitleOccupation | undefined {
  if (typeof title !== 'string') return undefined;
  const whole = title.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!whole) return undefined;
  const plain = titleRules.brackets ? withoutBrackets(whole).replace(/\s+/g, ' ').trim() : whole;
  const parts = titleRules.segments ? segmentsOf(plain) : [plain];
  // Each part's reading; of parts naming different occupations («CNC-Fräser/in / Polymechaniker/in»), the locale's first.
  const readings = parts.map((part) => readPart(part, taxonomy, locale, whole)).filter((r): r is TitleOccupation => r !== undefined);
  const best = readings.sort((a, b) => localeRank(taxonomy.get(a.occupationId)!, locale) - localeRank(taxonomy.get(b.occupationId)!, locale))[0];
  if (best) return best;
  if (!titleRules.compoundHead) return undefined;
  for (const part of parts) {
    const head = wordsOf(genderNeutral(part))[0];
    const concept = head ? compoundHead(head, taxonomy, locale) : undefined;
    if (concept) return { occupationId: concept.id, confidence: COST.compound, form: head! };
  }
  return undefined;
}

/** The occupation id a posting's title names surely enough to store (importers and the evaluation read titles with this one function). */
export function titleOccupationId(title: string, taxonomy: Taxonomy, locale: Locale): string | undefined {
  const found = occupationOfTitle(title, taxonomy, locale);
  return found && found.confidence >= MIN_TITLE_OCCUPATION_CONFIDENCE ? found.occupationId : undefined;
}
