/**
 * Working conditions a person rules out in their own words ("bitte ohne Schichtarbeit", "keine
 * Nachtdienste", "die Wochenenddienste passen nicht mehr zu meiner Familie", "nicht mehr im Büro"),
 * and the ones a posting's text names ("im Dreischichtbetrieb", "Bereitschaft zu Schichtarbeit";
 * "kein Schichtdienst" names none). A condition counts only where a negation governs it in the
 * same clause, so "gern auch im Nachtdienst" rules nothing out. Also whether they rule out their
 * trade itself (leavesTrade).
 */
import { clauses, clauseWords, fold, NEGATIONS, TOWARDS } from './tokens';

export type WorkCondition = 'shift' | 'night' | 'weekend' | 'evening' | 'office' | 'away' | 'phone';

/** Where in a (folded) word a condition is named: inside compounds too ("Wechselschicht", "Nachtarbeit"). */
const CONDITIONS: readonly (readonly [WorkCondition, RegExp])[] = [
  // Night first: "keine Nachtschicht" rules out the night, not the day shift ("feste Tagschicht").
  ['night', /(?<!weih)nacht|night/],
  // "Geschichte" and "Schichtenmodell" of a painter are no shift work, nor is a fixed day shift ("Tagschicht").
  ['shift', /(?<!ge|tag)schicht(?!en?modell)|shift/],
  // Swiss "Wuchenend", "Samschtig", "Sunntig" too.
  ['weekend', /w(?:oe?|ue?)chenend|weekend|sam(?:s|sch)tag|samschtig|sonntag|sunntig/],
  // Evening work ("Abenddienst", "abends", Swiss "Abig"), not the end of the working day ("Feierabend") or an evening school.
  ['evening', /^(?!feier)\p{L}*(?:abend(?!schule|kurs|gymnas|studium)|abig|evening)/u],
  // Not an open-plan office: "kein Großraumbüro" rules out the open plan, not office work.
  ['office', /(?<!grossraum)buero|(?<!open plan |open-plan )office|schreibtisch/],
  // Nights away from home: long-distance driving, offshore work, rotation shifts ("Rotation 14/14").
  ['away', /fernverkehr|offshore|^rotation|long ?haul/],
  // Work on the phone: a call centre, telephone sales («bitte nicht nur Telefon wie im Callcenter»). Read in a
  // person's words and in course titles only: postings name «Telefon» in their contact lines (see CONDITION_BITS).
  ['phone', /^telefon(?:ie|dienst|arbeit|verkauf|marketing|training|akquise)?$|call-?cent|telesales|hotline/],
];

/**
 * "Ich will jeden Abend zu Hause sein", "abends bei der Familie sein", "jeden Abig dehei": the person
 * wants to sleep at home, which rules out nights away (long-distance driving, offshore rotation). Folded.
 */
const HOME_EVENINGS = /\b(?:abends|(?:jeden|am) abend|jede abig|abig|every evening|in the evenings?)\b(?:\s+\S+){0,4}?\s+(?:zu ?hause|daheim|dehei|deheim|z hus|bei (?:der|meiner) familie|at home|home)\b/u;

/**
 * A wish for days only or weekdays only rules out what lies outside them: "nur Tagdienst", "nur noch
 * Tagschicht" the night; "von Montag bis Freitag", "Mo–Fr", "nur unter der Woche" the weekend. Folded.
 */
const ONLY_DAYS = /\bnur (?:noch )?(?:am )?tag(?:dienst|schicht|es?)?\b/u;
const ONLY_WEEKDAYS = /\b(?:montags?|mo\.?) ?(?:bis|[-–]) ?(?:freitags?|fr)\b|\bnur unter der woche\b/u;

/**
 * A clause that says a condition harms them ("die Nachtschicht macht mir zu schaffen", "die
 * Wochenenden machen meine Familie kaputt", "die Nachtschichten machen mich fertig"): what it names is
 * ruled out like a negated one. Folded.
 */
const HARMS = /\bmach(?:t|en|e)\b(?: \S+){0,3} (?:kaputt|fertig|krank|zu schaffen)\b|\bsetz(?:t|en) mir zu\b/u;

/** Shift systems that run through the night ("Dreischichtbetrieb", "3-Schicht", "vollkontinuierlich"): they name the night too. */
const ROUND_THE_CLOCK = /drei ?schicht|\b3 schicht|konti/u;

/** "Nachtschicht ist kein Problem": a negation of the objection, not of the condition. */
const NO_OBJECTION = new Set(['problem', 'thema', 'hindernis', 'schlimm', 'problems', 'issue']);
/** Swiss negations ("nöd", "nid", "kei", "nüme" = "nicht mehr"), as folded; the standard ones are in NEGATIONS. */
const SWISS_NEGATIONS: ReadonlySet<string> = new Set(['noed', 'nid', 'ned', 'kei', 'keis', 'keini', 'nueme', 'nuem', 'numme']);
const negation = (word: string) => NEGATIONS.has(word) || SWISS_NEGATIONS.has(word);
/** Getting out of a thing ("raus aus dem Schichtdienst", "weg vom Samstagsverkauf"): it is ruled out like a negated one. Folded. */
const GETTING_OUT: ReadonlySet<string> = new Set(['raus', 'weg', 'away']);
/** Words that join two conditions under one negation ("keine Abende und Wochenenden", "nüme jede Abig und jedes Wuchenend"). */
const JOINING = new Set(['und', 'oder', 'noch', 'and', 'or', 'nor', 'u']);
/** Words after a condition that say it is off ("Wochenende frei", "abends frei haben", "weekends off"). */
const OFF = new Set(['frei', 'free', 'off']);
/** How many words a negation reaches forward ("ohne regelmässige Schichtarbeit") and back ("Wochenenddienste passen nicht mehr"). */
const BEFORE = 3;
const AFTER = 3;

/**
 * A clause that ends in "nicht mehr" ("Samstags arbeiten und Spätschicht bis 20 Uhr will ich nicht
 * mehr"): what it names first and then refuses, however far back, is ruled out.
 */
function endsRefusing(folded: readonly string[]): boolean {
  const n = folded.length;
  // "Offshore kommt wegen der Familie nicht in Frage" refuses it too.
  const outOfQuestion = (folded[n - 1] === 'frage' && folded[n - 2] === 'in' && folded[n - 3] === 'nicht') || (folded[n - 1] === 'infrage' && folded[n - 2] === 'nicht');
  return (folded[n - 1] === 'mehr' && (folded[n - 2] === 'nicht' || folded[n - 2] === 'nich')) || folded[n - 1] === 'nimmer' || outOfQuestion;
}

/** A condition the text names and the word that names it, as written. */
export interface NamedCondition {
  condition: WorkCondition;
  word: string;
  negated: boolean;
}

/** Every condition the text names, clause by clause, with whether a negation governs it. */
export function namedConditions(text: string): NamedCondition[] {
  const out: NamedCondition[] = [];
  for (const clause of clauses(text)) {
    const words = clauseWords(clause);
    const folded = words.map(fold);
    let previous: WorkCondition | undefined;
    /** Where the last condition named was negated (a condition joined to it shares its negation). */
    let lastNegated = -1;
    const refused = endsRefusing(folded) || HARMS.test(folded.join(' '));
    folded.forEach((w, i) => {
      const condition = CONDITIONS.find(([, pattern]) => pattern.test(w))?.[0];
      // "night shifts", "Nacht- und Schicht…" aside: the shift after a night word is that night.
      const partOfNight = condition === 'shift' && previous === 'night';
      previous = condition;
      if (!condition || partOfNight) return;
      const near = [...folded.slice(Math.max(0, i - BEFORE), i), ...folded.slice(i + 1, i + 1 + AFTER)];
      const between = folded.slice(lastNegated + 1, i);
      // A way somewhere after the join ("raus aus dem Abendverkauf und ins Büro") is the wish, not a second condition ruled out.
      const joined = lastNegated >= 0 && between.some((x) => JOINING.has(x)) && !between.some((x) => TOWARDS.has(x)) && i - lastNegated <= BEFORE + 1;
      // "Abends und Wochenende frei": a time joined to one said to be off is off too ("Schichtarbeit und Wochenende frei" still names shifts).
      const joinedOff = !/schicht|dienst|arbeit|shift|work/u.test(w) && JOINING.has(folded[i + 1] ?? '') && CONDITIONS.some(([, pattern]) => pattern.test(folded[i + 2] ?? '')) && folded.slice(i + 3, i + 5).some((x) => OFF.has(x));
      const off = folded.slice(i + 1, i + 3).some((x) => OFF.has(x)) || joinedOff;
      const gettingOut = folded.slice(Math.max(0, i - BEFORE - 1), i).some((x) => GETTING_OUT.has(x));
      const negated = refused || joined || off || gettingOut || near.some((n, k) => negation(n) && !NO_OBJECTION.has(near[k + 1] ?? '') && !folded.slice(i + 1).some((x) => NO_OBJECTION.has(x)));
      if (negated) lastNegated = i;
      out.push({ condition, word: words[i]!, negated });
      if (condition === 'shift' && ROUND_THE_CLOCK.test(`${folded[i - 1] ?? ''} ${w}`)) out.push({ condition: 'night', word: words[i]!, negated });
    });
  }
  return out;
}

/**
 * The conditions the person rules out and every word that names one of them (to keep them out of
 * the word search): also where the text tells of them without a negation ("elf Jahre mit
 * Nachtdiensten. Nachtdienste schaffe ich nicht mehr"), since such a word would pull the postings
 * that name what they no longer want.
 */
export function ruledOutConditions(text: string): { conditions: WorkCondition[]; words: string[] } {
  const named = namedConditions(text);
  const conditions = [...new Set(named.filter((n) => n.negated).map((n) => n.condition))];
  if (!conditions.includes('away') && clauses(text).some((c) => HOME_EVENINGS.test(fold(c)))) conditions.push('away');
  const folded = fold(text);
  if (!conditions.includes('night') && ONLY_DAYS.test(folded)) conditions.push('night');
  if (!conditions.includes('weekend') && ONLY_WEEKDAYS.test(folded)) conditions.push('weekend');
  return { conditions, words: [...new Set(named.filter((n) => conditions.includes(n.condition)).map((n) => n.word))] };
}

/** The conditions a posting's text names as part of the job (not those it rules out: "kein Schichtdienst"). */
export function conditionsOfPosting(text: string): Set<WorkCondition> {
  return new Set(namedConditions(text).filter((n) => !n.negated).map((n) => n.condition));
}

/** What a place left is not: a working condition, a form of employment, a state of the person (as a negative lookahead on the next word). */
const NO_TRADE_PLACE =
  '(?!\\w*(?:schicht|nacht|wochenend|samstag|sonntag|abend|buero|zeitarbeit|leiharbeit|teilzeit|vollzeit|minijob|befrist|arbeitslos|schule|hartz|buergergeld|sozialhilfe|stress|routine|trott|alltag)\\w*\\b)';

/** The place of the trade no longer wanted, captured («Die Nächte im Taxi will ich nicht mehr»; not «im Schichtdienst»). */
const NO_MORE_IN_PLACE = `\\bim ${NO_TRADE_PLACE}(\\w+)\\b[^.!?;,]{0,30}\\b(?:will|moechte|mag) ich nicht mehr\\b`;

/**
 * Words by which a person says they cannot or will not go on in their trade: a doctor's ban ("darf
 * nicht mehr schwer heben", "der Arzt sagt: kein Bau mehr"), a body that gives up ("die Knie machen
 * nicht mehr mit", "die Knie sind kaputt", "Rückenprobleme") or asks for lighter work, a wish to get
 * away ("weg von der Baustelle") or a retraining paid for ("berufliche Neuorientierung", "Reha").
 * Matched on the folded text. A condition they no longer want ("Nachtdienste schaffe ich nicht
 * mehr", "geht das nicht mehr") is no such word: a nurse who leaves the night shift stays a nurse.
 */
const LEAVING_TRADE: readonly RegExp[] = [
  /\b(?:darf|duerfen|durfte|durften)\b[^.!?;]{0,40}\bnicht mehr\b/u,
  // The knees that no longer go along, not "das mach ich nicht mehr mit" (a condition the person no longer goes along with).
  /(?:^|[.!?;,\n])(?:(?!\bmache? ich\b)[^.!?;,\n])*\bnicht mehr mit\b/u,
  // Not "weg vom reinen Ölwechsel": away from doing only that, within the trade.
  /\bweg (?:von|vom)\b(?! (?:de[mnr] )?(?:reine[mnr]?|nur|ausschliesslich)\b)/u,
  /\b(?:berufliche[nr]? )?neuorientierung\b|\bberufliche[nr]? reha\b|\bumorientier/u,
  // A doctor's verdict ("der Arzt sagt: kein Bau mehr", "keine schwere Arbeit mehr", "die Hautärztin sagt, ich muss aufhören").
  /\b\w*(?:arzt|aerztin|doktor)\b[^.!?;]{0,40}\b(?:(?:kein\w*|nich?t?) (?:\w+ ){0,3}mehr|(?:muss|soll|sollte) (?:\w+ ){0,3}aufhoeren)\b/u,
  // A body that gave up ("die Knie sind kaputt", "jetzt machts der Rücken nich mehr", "mit meinem Rücken ist schwer
  // heben vorbei"; not "die Knie-OP ist vorbei") and the lighter work it asks for.
  /\b(?:knie|ruecken|bandscheiben?|schultern?|huefte|gelenke)\b[^.!?;,]{0,40}\b(?:(?:ist|sind) kaputt|nich?t? mehr|(?:ist|sind) (?:\w+ ){1,3}vorbei)\b|\brueckenprobleme\b|\b(?:etwas|was) leichteres\b/u,
  // Getting out of the place of the trade ("will raus aus der Werkstatt", "muss raus aus der Backstube"), not out of a
  // working condition ("raus aus der Schicht", "aus dem Samstagsverkauf") or a form of employment ("raus aus der Zeitarbeit");
  // also the place no longer wanted («Die Nächte im Taxi will ich nicht mehr»).
  new RegExp(`\\braus aus (?:de[mnr]|em|am) ${NO_TRADE_PLACE}\\w+`, 'u'),
  new RegExp(NO_MORE_IN_PLACE, 'u'),
  // A body part called broken before it ("kaputte Knie", "mit meinem kaputten Rücken").
  /\bkaputte[nmrs]? (?:knie|ruecken|bandscheiben?|schultern?|huefte|gelenke)\b/u,
  /\bno longer (?:able|allowed)\b|\bcan(?:not|'t) (?:work|do) (?:as|in) (?:a |an )?\w+ any ?more\b/u,
];

/** The place named after getting out of it or away from it ("raus aus der Werkstatt", "weg von der Baustelle"), or before «will ich nicht mehr». */
const LEFT_PLACE = new RegExp(
  `\\b(?:raus aus|weg (?:von|vom))\\s+(?:(?:de[mnr]|em|am|die|das)\\s+)?(\\w+)|${NO_MORE_IN_PLACE}`,
  'gu',
);

/**
 * The places a person who leaves their trade gets out of ("Werkstatt", "Baustelle", "Backstube"), folded:
 * what they leave behind is no word to search postings by.
 */
export function leftPlaces(text: string | undefined): string[] {
  if (!text || !leavesTrade(text)) return [];
  return [...fold(text).matchAll(LEFT_PLACE)].map((m) => (m[1] ?? m[2])!);
}

/** Whether the person's words say they leave their trade (LEAVING_TRADE): their occupation's postings are then no first proposal. */
export function leavesTrade(text: string | undefined): boolean {
  if (!text) return false;
  const folded = fold(text);
  return LEAVING_TRADE.some((cue) => cue.test(folded));
}
