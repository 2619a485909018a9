/**
 * The one place where the matcher's weights and tuning constants live.
 *
 * A job's score is the weighted sum of ten factor scores, each in 0..1; the weights sum to 1, so a
 * score is in 0..1 as well. Skills weigh most (essential coverage 0.30 + optional 0.10 + level 0.08
 * = 0.48) because they are what a person can change and what employers look at first. Place and
 * kind of position come next (a Lehrstelle 60 km away or a Festanstellung offered to a pupil are
 * poor proposals even with perfect skills). Freshness, feedback and interests only break near-ties.
 */
import { LEARNING_KINDS, type PositionKind } from '../profile/types';
import type { ScorePart } from '../services/ports';

export type JobFactor = ScorePart['factor'];

/** Weight of each factor in a job's score (sum 1). */
export const JOB_WEIGHTS: Readonly<Record<JobFactor, number>> = {
  essential: 0.3, // share of the job's essential skills the person has
  optional: 0.1, // share of the optional skills the person has
  level: 0.08, // how well the person's level meets the required level of matched skills
  distance: 0.14, // 1 at the person's place, 0.5 at the wished radius, 0 at twice the radius
  pensum: 0.06, // overlap of the job's Pensum range with the wished one
  kind: 0.1, // 1 when the kind of position is one the person wants
  languages: 0.06, // share of the language requirements the person meets
  freshness: 0.06, // halves every FRESHNESS_HALF_LIFE_DAYS after publication
  feedback: 0.04, // 1 for jobs the person saved ("merken")
  interests: 0.06, // RIASEC interests against the occupation field
};

/** The order in which factors appear in a breakdown. */
export const JOB_FACTORS: readonly JobFactor[] = [
  'essential',
  'optional',
  'level',
  'distance',
  'pensum',
  'kind',
  'languages',
  'freshness',
  'feedback',
  'interests',
];

/** Score of an unknown factor (job without skills, without coordinates, person without interests). */
export const NEUTRAL = 0.5;

/** Radius when the person named none: a typical commute in the regions Lotse serves. */
export const DEFAULT_RADIUS_KM = 25;

/** Freshness halves every 30 days: a posting a month old is still good, a season old barely. */
export const FRESHNESS_HALF_LIFE_DAYS = 30;

/** Strict skill constraint: the person has at least this share of the essential skills. */
export const MIN_ESSENTIAL_COVERAGE = 0.5;

/** Radius multipliers tried one after the other before other constraints are loosened. */
export const RADIUS_STEPS: readonly number[] = [1, 2, 4];

/** Geographic grid cell edge in km (radius queries touch ~(2r/10+1)² cells). */
export const GRID_CELL_KM = 10;

/** Weight of each factor in a training's score (sum 1). */
export const TRAINING_WEIGHTS = {
  teaches: 0.45, // share of the missing skills the training teaches
  place: 0.2, // near, or online
  start: 0.15, // starts soon
  cost: 0.1, // affordable
  funding: 0.1, // qualifies for funding (Bildungsgutschein, Aufstiegs-BAföG, Bundesbeiträge)
} as const;

/**
 * The hybrid ranking of trainings (with the person's own words): the gap (relative to the course
 * that covers most of it) first, then BM25 of the course against the person's own words and
 * against their skills' labels (the field they come from); where, when, cost and funding only
 * break ties. Tuned on eval/trainings/owl-weiterbildung.json only.
 */
export const HYBRID_TRAINING_WEIGHTS = { teaches: 0.36, words: 0.25, field: 0.25, place: 0.06, start: 0.03, cost: 0.02, funding: 0.03 } as const;

/**
 * Trainings close the gaps of the person's best `jobs` jobs, the job at rank r weighing
 * 1 / (1 + r·rankDecay): the gaps of jobs further down are mostly of other fields (tuned, see
 * above); those of the best `pool` jobs are used when no course closes the first ones.
 */
export const TRAINING_GAP = { jobs: 2, rankDecay: 1, pool: 10 } as const;

/**
 * What a language course below the person's level of that language costs (a native speaker's
 * German course, the A1 course for someone at B1): about the words' and the field's weight, so it
 * falls behind every course of their field and stays only as a last fill-up.
 */
export const LANGUAGE_BELOW_PENALTY = 0.3;

/** What a course meant for the other age group costs (a pupils' course for a bricklayer of 45, a returners' course for a pupil): as LANGUAGE_BELOW_PENALTY. */
export const COURSE_AUDIENCE_PENALTY = 0.3;

/** What a course meant for a trade the person never names costs («Deutsch für die Küche» for a developer; see courseTrades). */
export const OTHER_TRADE_PENALTY = 0.15;

/** What a course costs whose title names a working condition the person ruled out (a call-centre training for one who wants no phone-only work). */
export const AVOIDED_COURSE_PENALTY = 0.15;

/** What a course for beginners costs that teaches a skill the person has (the CNC course «für Einsteiger» for a CNC miller): as LANGUAGE_BELOW_PENALTY. */
export const BEGINNER_COURSE_PENALTY = 0.3;

/** How much of a gap a course meant for the person's situation closes (the returners' course for a returner), next to a course covering the whole gap's 1. */
export const SITUATION_COURSE_FIT = 0.6;

/**
 * How much of a gap a course leading to a first vocational qualification closes for an adult without one (the
 * Teilqualifikation Fachlagerist for a warehouse helper who never trained): less than a course for their situation,
 * so that the short course their field asks for first (the forklift licence) stays ahead of it.
 */
export const FIRST_QUALIFICATION_FIT = 0.5;

/** How many courses the person's words bring into the hybrid training ranking. */
export const TRAINING_POOL = 30;

/** Trainings starting within this many days count as "soon" (score 1), then decay to 0 at START_HORIZON_DAYS. */
export const START_SOON_DAYS = 21;
export const START_HORIZON_DAYS = 180;

/** A training costing this much (CHF or EUR) or more scores 0 on cost. */
export const EXPENSIVE = 6000;

/** Minimum score of a job for a job alert (alerts should only bring clearly fitting jobs). */
export const ALERT_MIN_SCORE = 0.5;

/**
 * Hybrid ranking (src/matching/hybrid.ts), tuned on the tuning persona sets only (never on the
 * held-out ones): the structured score, the BM25 score of the posting against the person's own
 * words (scaled to the best hit), the occupation (1 same, 0.5 related), the field of the best
 * proposals (for a person who named no occupation) and soft skills as a tie-breaker.
 */
export const HYBRID_WEIGHTS = { structured: 0.75, words: 0.15, occupation: 0.2, field: 0.1, soft: 0.05 } as const;

/**
 * What the lexical score weighs more, on top of HYBRID_WEIGHTS.words, for a person all of whose
 * listed phrases resolved to no concept ("Abrechnung nach BEMA", "Angebote vergleichen"): the
 * structured score sees nothing of them, so the words carry the ranking. Scaled by the share of
 * such phrases among the phrases and field concepts (skills, occupations) the person has: nothing
 * for a person whose words the taxonomy knows. Tuned on the tuning persona sets with vocabulary
 * dropout (eval:match --dropout=0.3 and 0.6); 0.4–0.7 do about the same there.
 */
export const UNKNOWN_WORDS_WEIGHT = 0.5;

/**
 * A person at least `share` of whose listed phrases and field concepts are phrases that resolved to
 * no concept: what they list (the unknown phrases and the labels of their known skills) is searched
 * on its own too, and its BM25 score (scaled to the best hit) weighs `weight`; for anyone else there
 * is no such search. Tuned on the tuning persona sets, with vocabulary dropout 0.3 and 0.6 (searched
 * for everyone it costs the sets with well-known vocabulary 0.01–0.02).
 * What a person lists as their skills, as written (`lotse match --skills`, MatchQuery.listed), is
 * searched this way for everyone, its score weighing `written` (or `weight` where more): their
 * words for a skill the taxonomy knows under another name ("Traktor fahren") find the postings that
 * use them. Chosen on half of the tuning persona sets and checked on the other half (0.1–0.3 help both).
 */
export const LISTED_SEARCH = { share: 0.5, weight: 0.1, written: 0.2 } as const;

/** How many of the best proposals set the field (their occupations and the related ones) that weighs HYBRID_WEIGHTS.field. */
export const FIELD_SEEDS = 3;

/** How many jobs of the structured search and of the lexical search the hybrid ranking fuses. */
export const HYBRID_POOL = 60;

/** How far beyond the wished radius the words and the occupation look for jobs that fill the page (a multiple of it). */
export const HYBRID_REACH = 2;

/**
 * What breaking a wish costs a job in the hybrid ranking. A job a little beyond the radius fills
 * the page (labelled) and outranks a job within the radius only when it fits that much better;
 * another Pensum costs less. A job of another kind (a Festanstellung for someone looking for a
 * Lehrstelle) is a different thing, not a longer way: it only fills the page behind every job of
 * the wished kind. Missing essential skills or other language requirements cost only what their
 * factors score lower: the occupation and the words are evidence too.
 */
export const RELAXED_PENALTY = { radius: 0.15, place: 0.15, kind: 1, pensum: 0.1 } as const;

/**
 * How far beyond the wished radius (a share of it) a job costs the whole RELAXED_PENALTY.radius;
 * nearer, it costs that share of it: a job 2 km beyond a 20 km radius is hardly a longer way. Tuned on the tuning persona sets only.
 */
export const RADIUS_BEYOND_FULL = 0.5;

/**
 * What a job costs on top of RELAXED_PENALTY.radius when it lies beyond the reach of the hybrid
 * ranking's own searches (HYBRID_REACH times the radius): only the structured search's relaxation
 * brings it in, and a posting 120 km away for a pupil in Husum with a 40 km radius is no way to
 * work however well its skills fit. Tuned on the tuning persona sets only.
 */
export const BEYOND_REACH_PENALTY = 0.15;

/**
 * The kinds of position on the way into a trade: a Schnupperlehre or a Praktikum before the Lehre
 * (internship) and the Lehrstelle itself (apprenticeship). For a person who wishes for one of them,
 * a posting of the other is a step on the same way, not a different thing: it costs what a job a
 * little beyond the radius costs (RELAXED_PENALTY.radius), not RELAXED_PENALTY.kind, and its card
 * still says it is of another kind.
 */
export const ADJACENT_KINDS: readonly (readonly PositionKind[])[] = [LEARNING_KINDS];

/** A job is unrelated to the person when it shares no skill but soft ones, no occupation or field and its words score below `words`: it costs `penalty`. */
export const UNRELATED = { words: 0.1, penalty: 0.1 } as const;

/**
 * What a posting costs that names a working condition the person ruled out in their words
 * ("ohne Schichtdienst", "keine Nachtarbeit"): about a hybrid weight's worth, so it falls behind
 * comparable postings without it but a clearly better fit stays on the page (the card says why).
 */
export const AVOIDED_PENALTY = 0.15;
/** What each further ruled-out condition a posting names costs (shifts and weekends and nights). */
export const AVOIDED_EXTRA = 0.075;

/**
 * A posting below the person's qualification level (helper/EBA < EFZ/Ausbildung < HF/FH; a nurse
 * HF and a Pflegehelfer SRK posting): a related occupation's credit is multiplied by `related` per
 * level below, and every such posting costs `penalty` per level. Tuned on the tuning persona sets only.
 */
export const BELOW_LEVEL = { related: 0.5, penalty: 0.1 } as const;

/** Weight of the BM25 score (scaled to the best hit) of a posting against the direction the person wishes for in their words (src/nlu/wishes.ts). Tuned on the tuning persona sets only. */
export const WISH_WEIGHT = 0.05;

/**
 * A language at least this share of the postings asks for ("Englisch"; "Französisch" in
 * Switzerland) is no evidence of a person's field: in a posting that shares no other skill,
 * occupation or field with the person it earns no skill score in the hybrid ranking. A rarer one
 * (Arabisch, Tigrinya) still counts. Tuned on the tuning persona sets only.
 */
export const COMMON_LANGUAGE_SHARE = 0.05;

/**
 * A skill that at least this share of the postings of the wished kinds (all kinds when none) asks
 * for ("Mathematik" among Lehrstellen) is no evidence of a person's field when they have a rarer
 * one ("Holzbearbeitung"): a posting that shares only such skills with the person earns no skill
 * score from them in the hybrid ranking, as with a common language. Tuned on the tuning persona
 * sets only (0.15–0.25 do the same there).
 */
export const WIDESPREAD_SKILL_SHARE = 0.2;

/** What a posting for adults only (Nachholbildung, Umschulung, "für Erwachsene") costs for a pupil or school leaver. Tuned on the tuning persona sets only. */
export const ADULTS_ONLY_PENALTY = 0.15;

/**
 * What a posting costs whose stated start lies in a month gone by ("Lehrbeginn August 2026",
 * "Ausbildungsstart 1. September 2026" read in December 2026): the place is most likely taken, so it
 * only fills the page behind the postings that are still open, and its card says so. Tuned on the
 * tuning persona sets only.
 */
export const STARTED_PENALTY = 0.3;

/**
 * A posting published more than `days` ago (an ad of last spring read in December) is most likely
 * filled or forgotten online: like a start gone by, it costs `penalty`, so it only fills the page
 * behind the open ones, and its card says to ask. Tuned on the tuning persona sets only.
 */
export const STALE_POSTING = { days: 150, penalty: 0.3 };

/**
 * A job (not an apprenticeship or internship) whose title states a completed training (EFZ, HF,
 * Dipl.) above what the person has in that field (their occupations there, or what their own
 * words state: "gelernte", "Lehre abgeschlossen", "HF") costs this much: a carer without training
 * sees the Pflegehelfer posts before the FaGe EFZ posts. A posting of their own or a related
 * occupation never does. Tuned on the tuning persona sets only.
 */
export const ABOVE_LEVEL_PENALTY = 0.1;

/**
 * The language every posting Lotse reads is written in (German, in Switzerland and Germany): a
 * person who says they speak it tells nothing of their field, so these words of theirs search
 * nothing (the language factor weighs what they speak). A rarer language they name still does.
 */
export const WORKING_LANGUAGE_WORDS: readonly string[] = ['Deutsch', 'German'];

/**
 * The kinds of position ("Praktikum", "schnuppere"): the kinds a person wishes are matched as
 * kinds; as words of theirs they would pull any field's internship (a pupil who tinkers with mopeds
 * and "sucht ein Praktikum" got a Java internship first). «Lehrstelle» stays a word: it tells the
 * apprenticeship for the young from the Nachholbildung for adults. Courses keep them all: a course
 * on finding a Lehrstelle is about the word.
 */
export const POSITION_KIND_WORDS: readonly string[] = [
  'Praktikum', 'Praktika', 'Praktikumsplatz', 'Schnupperlehre', 'Schnupperlehren', 'schnuppern', 'schnuppere', 'Festanstellung', 'internship',
];

/**
 * What a posting of an occupation close to the person's earns, of the full occupation credit: a
 * related occupation (career changers), a way out of the trade they leave, or their trade's trained
 * post for someone who named it by a helper's name.
 */
export const RELATED_CREDIT = 0.5;

/**
 * A person who says they leave their trade ("darf nicht mehr schwer heben", "weg von der Baustelle";
 * src/nlu/aversions.ts leavesTrade) or wishes to move into another field ("ich möchte ins Labor
 * wechseln"; src/nlu/wishes.ts changedField, the occupations the wish does not name): a posting of their own occupation earns `credit` instead of
 * the full occupation credit and costs `penalty`, so the related occupations and their words come
 * first and the old trade fills the page; a posting whose title names their trade earns nothing from
 * their words either (they tell of that trade). Tuned on the tuning persona sets only.
 */
export const LEAVING_TRADE = { credit: 0, penalty: 0.1 } as const;

/**
 * A person who wishes to move into another field ("ich möchte ins Labor wechseln") leaves the trade
 * they come from (LEAVING_TRADE) unless a posting of it scores at least this share of the best
 * score against the wished words: "in die Spitex wechseln" for a FaGe is a move within the trade.
 * Tuned on the tuning persona sets only.
 */
export const WITHIN_TRADE_WISH = 0.5;

/**
 * A person who wishes to move into another field ("ich will in den IT-Support wechseln"): a posting
 * the wished words find with at least `share` of the best score against them is of the wished
 * trade and earns `credit` of the occupation's weight (as a related occupation would), though the
 * taxonomy knows it as none of theirs. Tuned on the tuning persona sets only.
 */
export const WISHED_FIELD = { share: 0.25, credit: 0.5 } as const;

/**
 * Title words (as the lexical index folds them) of a posting that invites career changers
 * ("Quereinstieg aus dem Bau", "Quereinsteiger/in Disposition"): for a person who leaves their
 * trade, such a posting of it is a way out: it earns RELATED_CREDIT, as a related occupation, and costs nothing
 * (the card says it is close to their trade).
 */
export const CHANGER_TITLE_TERMS: readonly string[] = ['quereinstieg', 'quereinsteiger', 'quereinsteigerin', 'quereinsteigende', 'seiteneinstieg', 'seiteneinsteiger'];

/**
 * Title words of a posting that leads, plans, teaches or advises in a trade rather than doing its
 * work by hand ("Kundendienstleiter/in SHK", "Ausbilder/in SHK", "Bauleiter/in"): for a person who
 * says their body no longer allows the trade ("die Knie machen das nicht mehr mit"), such a posting
 * of it is a way out, as one that invites career changers (CHANGER_TITLE_TERMS). Not for one who
 * leaves by a wish for another field: the trade's lead is still the trade. A Vorarbeiter still works
 * on the site, so "vorarbeiter" is none of them.
 */
export const LEAD_TITLE_TERMS: readonly string[] = [
  'leiter',
  'leiterin',
  'leitung',
  'bauleiter',
  'bauleiterin',
  'bauleitung',
  'kundendienstleiter',
  'kundendienstleiterin',
  'werkstattleiter',
  'werkstattleiterin',
  'projektleiter',
  'projektleiterin',
  'ausbilder',
  'ausbilderin',
  'berater',
  'beraterin',
  'fachberater',
  'fachberaterin',
  'disponent',
  'disponentin',
  'kalkulator',
  'kalkulatorin',
];
