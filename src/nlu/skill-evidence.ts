/**
 * The evidence behind a skill find and what follows from it: `sure` (stored as it is) only on strong
 * evidence, else `ask` (confirmed with a tap first). See src/nlu/skill-resolver.ts. Pure.
 */
import { boundedDamerau } from '../matching/taxonomy/fuzzy';
import type { SkillEvidence, SkillSuggestion } from '../services/ports';
import { fold } from './tokens';
import { notClaimed } from './skill-stance';

/** Whether a concept may be stored as it is, or is a guess to confirm first. */
export type SkillTier = 'sure' | 'ask';

/** Confidence a guess is given at most, below the chat's "Meinst du …?" threshold (0.75). */
export const ASK_CONFIDENCE = 0.7;

const STRONG: ReadonlySet<SkillEvidence> = new Set(['label', 'synonym', 'misspelling', 'stem', 'compound', 'technology', 'esco']);

/**
 * Endings of German nouns that name an activity ("Buchhaltung", "Schweissen", "Informatik", "Gartenpflege", "Nothelferkurs"),
 * also the action nouns made from a verb's bare stem ("Reifenwechsel", "Wareneingangskontrolle", "Getränkeausschank").
 */
const ACTIVITY_NOUN =
  /(?:ung|ungen|en|ern|eln|ik|ei|erei|ur|ion|age|ing|ismus|schaft|taet|heit|keit|pflege|arbeit|annahme|tests?|kurs|dienst|handel|service|unterhalt|bau|verkauf|support|management|schutz|wechsel|kontrolle|versand|ausschank|transport|einkauf|umzug|schnitt|einsatz|fonie|grafie|graphie|logie|nomie|therapie|metrie|chemie)$/;

/**
 * Endings of nouns that name the person doing the work ("Staplerfahrer", "Kranführer", "Tellerwäscher",
 * "Reinigungskraft", "Lagerist", "Pflegehelferin", Swiss "Hauswart", "Servicefachangestellte" for
 * "Serviertochter"): they name the activity. So do the trades' person nouns («Schornsteinfeger», «Möbelpacker»,
 * «Glaser», «Zügelmann», «Etagenfrau», «Malermeister», «Primarlehrer»): a person, not a thing. Trades with
 * an occupation concept of their own (Kauffrau, Fachmann …, Metzger, Schreiner, Gärtner) are left out: their
 * title names the occupation (src/nlu/skill-resolver.ts), which a sure skill reading would hide.
 */
const AGENT_NOUN =
  /(?:fahrer|fuehrer|leiter|arbeiter|helfer|techniker|monteur|installateur|mechaniker|berater|verkaeufer|kassierer|pfleger|waescher|keeper|macher|halter|verwalter|planer|zeichner|kraft|kurier|disponent|assistent|erin|ist|istin|eur|euse|iker|wart|angestellte|angestellter|(?<!fach|kauf)(?:mann|frau)|meister|feger|packer|glaser|lehrer|kellner|polsterer|sattler|zusteller|traeger|ausbilder|bildner|sitter|faeller|foerster)$/;

/**
 * Endings of nouns that name an ability or a quality ("Kommunikationskompetenz", "Auffassungsgabe", "Zahlenverständnis",
 * "Eigeninitiative", "Einsatzbereitschaft"): like an activity, they name what a person can do, not a thing.
 */
const QUALITY_NOUN = /(?:kompetenz|kompetenzen|faehigkeit|faehigkeiten|vermoegen|gabe|verstaendnis|initiative|bereitschaft|staerke)$/;

/** Whether a folded one-word form names an activity ("reinigung", "kundenservice", "trockenbau"). */
export const isActivityNoun = (folded: string): boolean => ACTIVITY_NOUN.test(folded);

/**
 * A one-word synonym that names a thing or a place rather than the skill ("Velo" for repairing
 * bicycles, "Lager" for warehouse management, "Küche" for cooking): a hint, not a skill.
 */
function isObjectWord(form: string, label: string): boolean {
  const word = form.trim();
  if (/\s/.test(word) || !/^\p{Lu}\p{Ll}/u.test(word) || ACTIVITY_NOUN.test(fold(word)) || AGENT_NOUN.test(fold(word)) || QUALITY_NOUN.test(fold(word))) return false;
  const f = fold(word);
  const labelWords = fold(label).split(/[^a-z0-9]+/);
  // A word of the label, or one typo away from one ("Exel" for Microsoft Excel).
  if (labelWords.some((w) => w === f || (w.length >= 4 && boundedDamerau(f, w, 1) <= 1))) return false;
  // A listed misspelling of the label ("Pyton" for Python) is the label.
  return boundedDamerau(f, fold(label), 2) > 2;
}

/** Disciplines and names keep their one-word ESCO labels ("Informatik", "Hadoop", "SAP"); other single words are hints. */
const DISCIPLINE = /(?:ik|ie|ung|wesen|technik|wissenschaft|wissenschaften)$/;

/** A single ordinary word ("Fussball", "schwimmen", "Logistik" is a discipline and stays). */
function isPlainWord(form: string): boolean {
  const word = form.trim();
  if (/\s/.test(word) || /\d/.test(word) || /^\p{Lu}{2,}$/u.test(word) || /\p{Ll}\p{Lu}/u.test(word)) return false;
  return !DISCIPLINE.test(fold(word));
}

/**
 * A verb form read by its stem as the noun of a tool or a person ("verteilen" as Verteiler,
 * "gstaplet" as Stapler): the shared stem is a coincidence of spelling, and the thing named is not
 * the work the verb says; an action noun ("berate" as Beratung, "schweisse" as Schweissen) is the same word.
 */
export function stemAcrossWordClass(typed: string, form: string | undefined): boolean {
  const word = typed.trim();
  const name = form?.trim() ?? '';
  if (/[\s-]/.test(word) || /[\s-]/.test(name)) return false;
  const w = fold(word);
  const n = fold(name);
  if (/^\p{Ll}/u.test(word) && /^\p{Lu}/u.test(name)) {
    // A craft named by its verb in -ern ("Schneidern") is another verb than the one typed ("schneiden").
    if (/[^e]er$/.test(n) || (/[^e]ern$/.test(n) && w !== n)) return true;
    if (adjectiveAsActionNoun(word, name)) return true;
  }
  // A noun that is the start of a longer one-word form ("Montag" of Montage, "Stau" of Stauen, "Lehr" of
  // Lehrer, "Pflaster" of Pflastern): another word that the stemmer cuts to the same stem.
  return /^\p{Lu}/u.test(word) && n.length > w.length && n.startsWith(w);
}

/**
 * An adjective read as the action noun of its stem ("fertig" as Fertigung, "sicherer" as Sicherungen): another word;
 * a verb form ends in -e, -n or -t ("berate" as Beratung, "reinigt" as Reinigung is the same word).
 */
export function adjectiveAsActionNoun(typed: string, form: string | undefined): boolean {
  const word = typed.trim();
  const name = form?.trim() ?? '';
  if (!/^\p{Ll}+$/u.test(word) || !/^\p{Lu}\p{L}*$/u.test(name)) return false;
  const w = fold(word);
  return /ung(?:en)?$/.test(fold(name)) && !/ung(?:en)?$/.test(w) && !/[ent]$/.test(w);
}

/**
 * A verb read by its stem as the action noun of another concept's name ("verwaltet" as Verwaltung of
 * Öffentliche Verwaltung, "automatisiere" as Automatisierung of Automatisierungstechnik, "planen" as Planung of
 * Organisationstalent): the verb says what was done, the concept names a field or a quality that only shares
 * the noun. A guess, asked; the verb of a concept named by that very noun ("schweisse" as Schweissen) or by a
 * compound with that head ("berate" as Kundenberatung) stays.
 */
export function verbReadAsFieldNoun(typed: string, form: string | undefined, label: string): boolean {
  const word = typed.trim();
  const name = form?.trim() ?? '';
  if (!/^\p{Ll}/u.test(word) || !/^\p{Lu}/u.test(name) || /[\s-]/.test(word) || /[\s-]/.test(name)) return false;
  const n = fold(name);
  const l = fold(label);
  // The label itself, or a one-word label whose head it is ("berate" as Beratung of Kundenberatung: advising customers is advising).
  return n !== l && !(!/\s/.test(l) && l.endsWith(n));
}

/**
 * A word met by its stem as a one-word thing ("Posts" as Post, "Sprinter" as Sprint): a hint, as when
 * the thing is met whole; the person doing the work ("Nageldesignerin" of Nageldesign) names the activity.
 */
export function stemOfThing(typed: string, form: string | undefined, label: string): boolean {
  return !!form && isObjectWord(form, label) && !AGENT_NOUN.test(fold(typed.trim()));
}

/** A language level a concept's name carries ("Deutsch (B1)"). */
const NAMED_LEVEL = /\(([ABC][12])\)/;

/**
 * A concept whose name carries a level ("Deutsch (B1)") met by words that state none ("Ich kann Deutsch"):
 * the level is a guess, so the find is asked, not stored. Any level the text states is the person's word.
 */
export function levelUnstated(label: string, text: string): boolean {
  return NAMED_LEVEL.test(label) && !/\b[ABC][12]\b/i.test(text);
}

/** The tier of a vocabulary find (see the module comment). */
export function tierOf(found: Pick<SkillSuggestion, 'confidence' | 'evidence' | 'form' | 'label'>): SkillTier {
  if (!found.evidence) return found.confidence >= 0.75 ? 'sure' : 'ask';
  if (!STRONG.has(found.evidence)) return 'ask';
  if (found.evidence === 'synonym' && found.form && isObjectWord(found.form, found.label)) return 'ask';
  if (found.evidence === 'esco' && found.form && isPlainWord(found.form)) return 'ask';
  return 'sure';
}


/**
 * A thing the work was done to, in the passive ("unser Dach wurde vom Dachdecker neu gedeckt", "bei uns wurde eine
 * Wärmepumpe eingebaut", "am Flughafen wurde mein Rucksack durchsucht"): someone else did it. A passive of the
 * writer ("wurde als Springer eingesetzt", "2019 wurde ich befördert") or one done by the writer ("von mir") stays a claim.
 */
const PASSIVE_OF_A_THING =
  /(?:\b(?!(?:Ich|Wir|Er|Sie|Es|Du|Ihr|I)\s)\p{Lu}\p{Ll}+\s+(?:wurde|wurden)\b|\b(?:wurde|wurden)\s+(?:ein|eine|einen|mein|meine|meinen|unser|unsere|unseren|der|die|das|den|dem)\s)/u;
const BY_ONESELF = /\b(?:von|vo)\s+(?:mir|uns)\b/iu;

/**
 * Must-map-to-nothing: the private and leisure side of a text ("Kaffee trinken", "Einkaufen gehen", "kaufe bei Lidl ein",
 * one's own applications written with a tool ("mit ChatGPT Bewerbige gschribe", "got ChatGPT to write my cover letters"),
 * "Bücher lesen", "Steuer zahlen", "Ferien am Meer"), and what one receives, watches, visits or plays
 * rather than does ("eine Spritze bekommen", "einen Kran gesehen", "Go spielen"). Verbs are lower case, so "beim Essen und
 * Trinken unterstützen" stays work.
 */
const PRIVATE_CONTEXT =
  /\b(?:trinken|trinke|trinkst|trinkt|getrunken|trunke|essen|gegessen|\p{L}+en\s+gehen|bekommen|bekam|gekriegt|gesehen|besuchen|besucht|anschauen|angeschaut|zuschauen|spielen|spiele|spielt|gespielt)\b|\b(?:Urlaub|Ferien|Ferie|zuhause|daheim|Freizeit|Hobby)\b|\b(?:free|spare) time\b|\bkauf(?:e|t|st|en)\s+(?:[^,;.]*\s)?ein\b|\b(?:shoppen|shopping|poschte|poschtet)\b|\b(?:Bücher|Romane)\s+lesen\b|\b(?:schreiben|schreibe|geschrieben|gschribe|gschriebe|write|wrote|written|writing)\b[^,;.]*\b(?:Bewerbung\p{L}*|Bewerbig\p{L}*|Lebenslauf|Lebensläufe|cover letters?|CVs?)\b|\b(?:Bewerbung\p{L}*|Bewerbig\p{L}*|Lebenslauf|Lebensläufe|cover letters?|CVs?)\s+(?:schreiben|geschrieben|gschribe|gschriebe|written)\b|\bSteuern?\s+(?:be)?zahlen\b|\bschau(?:e|t|st)?\b[^,;.]*\san\b/u;

/**
 * A visit to someone who does the work ("Ich war beim Coiffeur", "war gestern beim Röntgen", "gang gern i d Sauna
 * und zum Coiffeur", "war beim Arzt zur Blutentnahme"): the writer received the service, they did not give it.
 */
const VISITED_BEFORE =
  /\b(?:war|waren|bin|bi|gehe|ging|gang|gah|go|goes|went)\b(?:\s+[\p{L}']+){0,5}?\s+(?:beim|bim|zum|zur|bei der|at the|to the)\s+(?:\p{Lu}\p{L}+\s+(?:zur|zum|für|wegen|for)\s+)?$/u;
/** Words that make a stay at a business employment ("war lange beim Coiffeur angestellt"). */
const EMPLOYED = /\b(?:angestellt|tätig|gearbeitet|gschaffet|beschäftigt|als|Lehre|Lehrling|Praktikum|employed|worked)\b/u;
/** Work one had done by others ("mein Auto waschen lassen", Swiss "mis Auto lah service"). */
const HAD_DONE_AFTER = /^\s+(?:lassen|lasse|liess|liessen|lah|lo)\b/iu;
const HAD_DONE_BEFORE = /\b(?:lah|lo|lassen)\s+$/iu;

/**
 * Technologies named by an everyday word, and the words that show the everyday sense is meant
 * ("Python Schlange im Zoo", "Java Insel"); so a skill's word with another sense beside it ("Töffli frisieren"). Each name has its own: coffee beside Python or a game
 * beside Java is still code. A Map, so a typed "constructor" or "__proto__" finds nothing.
 */
const BILLETT_AS_TICKET = /(?:kontroll|verkauf|verchauf|verkäuf|gelöst|glöst|löse|entwert|abgestempel|schalter|\bim zug|\bzugbegleit|\bkondi|fahrgäst|passagier|kino|konzert|eintritt)/iu;
const TEACH_IN = /(?:Robot|Roboter|Kuka|Fanuc|ABB|Greifer|Schweissroboter|Schweißroboter|Anlage|Zelle|Zälle|Achse|Bahnpunkte|Teach-?in|SPS)/iu;
const OPERATED_THING = /(?:maschin|anlag|linie|\bofen|\böfen|brecher|kran\b|stapler|zentrale|bagger|presse\b|cnc|roboter|etikettier|spritzguss|bearbeitungszentr|steuerung|pult|apparat|kessel|fahrzeug|\bgeräte?n?\b)/iu;
/** Waiting, not maintaining: "warten" on or for someone, in a queue, an hour long ("in der Warteschlaufe warten", "auf den Bus warten"). */
const WAITING = /(?:\bauf\s+(?:den|die|das|dem|mich|dich|ihn|sie|uns|euch|meine[nmr]?|seine[nmr]?)\b|\bwarten\s+auf\b|warteschl|wartezimmer|wartezeit|warteliste|\bstunden?\b|\bminuten\b|\bgeduldig|\blange\s+warten)/iu;
/** "gepflegt" as the past of "pflegen" done to things or people named in the clause ("Gräber bepflanzt und gepflegt", "Kundenkontakte gepflegt"), not a well-groomed appearance. */
const TENDED_THING = /(?:gräber|grab\b|friedhof|garten|gärten|grünanlage|anlagen|beete|rasen|hecken|pflanzen|park\b|parks\b|kunden|kontakte|beziehungen|daten|datenbank|website|homepage|tiere|pferde|patient|bewohner|senior|angehörig|\bhabe?\b|\bhan\b|\bhani\b|\bhat\b|\bhaben\b|\bwurde\b)/iu;
/** Chains of jewellery ("Ketten gelötet", "Ringe und Ketten"), not drive chains. */
const JEWELLERY = /(?:\bring|schmuck|gold|silber|halskette|armband|edelstein|steine\b|perlen|juwel|uhrmacher|gelötet)/iu;
/** Service done to a machine, vehicle or plant ("Service a de Motore", "Service und Reparatur von Landmaschinen"): machine service, not serving guests. */
const MACHINE_SERVICE = /(?:motor|maschin|anlage|fahrzeug|\bauto|velo|töff|boot|heizung|brenner|reparatur|revision|wartung|inspektion|ölwechsel|pneu|reifen|lift|aufzug)/iu;
/** Paid in cash ("die zahlen mich bar", "bar auf die Hand"): no bar to serve drinks at. */
const PAID_IN_CASH = /(?:zahl|bezahl|cash|geld|auf die hand|uf d hand|\blohn)/iu;
/** The Swiss "go" before a verb ("go fische", "go skifahre", "go poschte"): going to do, not the language Go. Lower case only. */
const SWISS_GO = /(?<!\p{L})go\s+(?:\p{Ll}+\s+)?\p{Ll}+e(?!\p{L})/u;
const EVERYDAY_SENSES: ReadonlyMap<string, RegExp> = new Map([
  ['python', /\b(?:Schlangen?|snakes?|Zoo|Terrarium|Reptil|Haustier|pets?)\b|🐍/iu],
  ['java', /\b(?:Insel|island|Kaffee|coffee)\b/iu],
  ['swift', /\b(?:Taylor|Konzert|concert|Sängerin|singer)\b/iu],
  ['rust', /\b(?:Rost|car)\b/iu],
  ['spring', /\b(?:Frühling|break|Ferien|holidays?|vacation)\b/iu],
  ['go', /\b(?:Brett|board|Spiel|game)\b/iu],
  // A code with a number is a licence's or a form's ("Führerschein CE und Code 95"), not program code.
  ['code', /\bcode\s*\d/iu],
  // Not only a technology: a vehicle "frisiert" is tuned up ("Töffli frisieren"), no hairdressing.
  ['frisieren', /\b(?:Töffli|Töff|Mofas?|Mopeds?|Roller|Motor|Motorrad|Vespa|Auspuff|Vergaser|Chip)\b/iu],
  // A Swiss "Billett" is a ticket as well as the car licence: checked, sold or bought, or at a counter or on a train, it is the ticket.
  ...['billett', 'billette', 'billet', 'billets'].map((w) => [w, BILLETT_AS_TICKET] as [string, RegExp]),
  // A robot is "geteacht" (taught its points, teach-in): no teaching of people where the clause names a robot or a plant.
  ...['teachen', 'teacht', 'geteacht', 'teache', 'teachte', 'teachet'].map((w) => [w, TEACH_IN] as [string, RegExp]),
  ...['warten', 'wartet', 'gewartet'].map((w) => [w, WAITING] as [string, RegExp]),
  ['service', MACHINE_SERVICE],
  ['bar', PAID_IN_CASH],
  ['ketten', JEWELLERY],
  // A machine, plant or line is "bedient" (operated), no guests served: the clause names the thing operated.
  ...['bedienen', 'bedient', 'bediene', 'bedien', 'bedienung', 'bedienig', 'bedienst', 'bediente'].map((w) => [w, OPERATED_THING] as [string, RegExp]),
]);
/**
 * "Abschluss" on its own or after a chamber or school ("Abschluss (Realschule)", "IHK-Abschluss 2015") is a school-leaving
 * or training certificate; it is the closing of accounts only where the message speaks of accounts. Folded.
 */
const BARE_CLOSING = /^(?:\p{L}+-)?abschl(?:uss|uesse|uessen)$/u;
const ACCOUNTS = /buchhalt|buchung|bilanz|konten|konto|kreditor|debitor|finanz|rechnungswesen|lohn|steuer|datev|abacus|hgb|guv|monat|quartal|jahres|accounting|treuhand/u;
/**
 * Words of coping with stress ("unter Stress", "bei Stress ruhig", "Stress macht mir nichts aus", "I handle stress"):
 * without one, "Stress" is how the writer feels ("ich ha grad mega viel Stress"), not Stressresistenz.
 */
const COPING = /\b(?:unter|bei|bi|trotz|under|handle[sd]?|handling|cope[sd]?|resistant|resistent|belastbar|ruhig|calm|cool|aus|us|uus|problem|gewohnt|gwohnt|used to|umgehen|umgah|umgaa|aushalten|vertrage|vertrag|verträgt|thrive)\b/iu;

/** English words that name a technology only when written as its name ("Rust", "Spring"): lower case in English they are the words ("rust on my car", "spring break"). */
const ENGLISH_WORD_NAME = /^(?:rust|spring|go|swift|puppet)$/;

/** Function words that mark a clause as English. */
// Only words that are not German or Swiss German too ("in", "an", "a", "was" are).
const ENGLISH_CLAUSE = /\b(?:on|the|my|of|at|is|for|to)\b/u;

/**
 * A day of the week or an hour ("Montag bis Freitag", "bis 20 Uhr"): when one works, not what. Read by
 * its stem "Montag" would be Montage, "Uhr" Uhrmacherei.
 */
const WEEKDAY = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)s?$/u;
const HOUR_BEFORE = /\d\s*$/u;

/** "mein Hund", "meine Oma", "mis Töffli": a thing of one's own, not work done. */
const POSSESSIVE_BEFORE = /\b(?:mein|meine|meinem|meinen|meiner|mis|mi|mini|my)\s+(?:(?:own|eigene[nmrs]?|eigni?)\s+)?$/iu;

/**
 * One's own vehicle, house or garden, or one's family as those served ("mis Auto flick ich sälber", "Ich schraub an meinem
 * Motorrad", "D Heizig im eigete Huus isch kaputt", "I fix my own car", "Ich koche für meine Familie", "I cook for my kids"):
 * work on one's own things or for one's own household is private life, not a skill offered.
 */
const OWN_THINGS =
  /(?<!\p{L})(?:(?:mein|meine|meinem|meinen|mis|mini|mim|my)\s+(?:eigene[nmrs]?\s+|eigete[nm]?\s+|own\s+)?(?:auto|autos|wagen|töff|töffli|motorrad|roller|moped|mofa|vespa|velo|fahrrad|haus|huus|wohnung|garten|garte|car|motorbike|scooter|bike|house|flat|garden)|(?:eigene[nm]?|eigete[nm]?|own)\s+(?:haus|huus|house|garten|garte|garden|wohnung|flat)|(?:für|fuer|for)\s+(?:meine|mini|my|üsi|unsere|our)\s+(?:\p{L}+\s+)?(?:familie|family|kinder|kids|chind|children|goofe))(?!\p{L})/iu;

/** The reader's own place or thing right before the find ("e Stell i eurer Wäscherei", "in Ihrem Lager", "in your kitchen"): theirs, not the writer's skill. */
const READERS_BEFORE = /(?<!\p{L})(?:eure[mnrs]?|euer|euerem|öiere[mnrs]?|öie[mnrs]?|üchi|your|Ihre[mnrs]?|Ihrem)\s+(?:\p{Ll}+\s+)?$/u;

/**
 * One's own home and belongings named in the clause ("unser Kinderzimmer selber gestrichen", "im eigenen Garten",
 * "mini Wohnig sälber tapeziert", "meinen Koffer aufgegeben", "I painted my own flat", "Pflanzen auf dem Balkon"):
 * work done for oneself, or a service one used, is private life.
 */
const OWN_HOME =
  /\b(?:mein\p{L}*|unser\p{L}*|mini|mis|minere|my|our)\s+(?:(?:own|eigene\p{L}*|eigni?|neue\p{L}*|alte\p{L}*|kleine\p{L}*)\s+)?(?:\p{L}*wohnung|wohnig|haus|huus|garten|balkon|\p{L}*zimmer|auto|outo|koffer|chemin[ée]e|umzug|flat|apartment|house|garden|car|room|prescription|terrasse|keller|garage)\b|\bim\s+eigenen\s+\p{L}+|\bauf\s+dem\s+Balkon\b/iu;
/** At home ("zu Hause das Geschirr abgewaschen") is private unless the clause is care of others there ("alte Leute zu Hause gepflegt", "elderly care at home"). */
const AT_HOME = /\b(?:zu\s+Hause|z['’]?\s*Hus|at\s+home)\b/iu;
const CARE_AT_HOME = /(?:pfleg|betreu|care|caring|spitex)/iu;

/** The clause of a text around a span (between commas, semicolons, line breaks and full stops). */
export function clauseAround(text: string, span: readonly [number, number]): string {
  const before = text.slice(0, span[0]);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('\n'), before.lastIndexOf('. ')) + 1;
  const after = text.slice(span[1]).search(/[,;\n]|\.\s/);
  return text.slice(start, after < 0 ? text.length : span[1] + after);
}

/**
 * The claim of a clause that holds the words of a find: "und", "aber" start another one ("Ich programmiere
 * Python und trinke dabei Kaffee": the coffee is private, the Python is not).
 */
function claimIn(clause: string, words: string): string {
  const at = clause.indexOf(words);
  if (at < 0) return clause;
  const start = [...clause.slice(0, at).matchAll(/\b(?:und|aber|and|but)\b/giu)].pop();
  const end = clause.slice(at + words.length).search(/\b(?:und|aber|and|but)\b/iu);
  return clause.slice(start ? start.index! + start[0].length : 0, end < 0 ? clause.length : at + words.length + end);
}

/** An operation as a word: "OP", or one on a part of the body ("Knie-OP", "Bandscheiben-OP"), not "OP-Fachkraft". */
const OPERATION = /^(?:\p{L}+-)?op$/iu;
/** An operation undergone: "nach der OP", "seit meiner OP", "wegen einer OP", "hatte eine OP", "had an op". */
const UNDERGONE_BEFORE =
  /\b(?:(?:nach|vor|seit|wegen|after|before|since)\s+(?:der|meiner|einer|dr|de|minere|ere|my|the|an?)|(?:hatte|habe|hab|han|hatten|had|have|bekam|kriegte)\s+(?:eine|e|ä|an?))\s+$/iu;

/**
 * Support the writer will have at work ("am Anfang mit Begleitung", "mit Unterstützung vom Job Coach"): help received,
 * not a skill of accompanying others ("Erfahrung mit Begleitung von Klienten" stays one).
 */
const SUPPORTED = /(?<!\b(?:Erfahrung|Erfahrungen|Kenntnisse|Kenntnissen|experience)\s)\b(?:mit|with)\s+(?:einer\s+|etwas\s+)?(?:Begleitung|Unterstützung|Assistenz|support)$/iu;

/** Whether the span names a service the writer received, not gave (see VISITED_BEFORE, HAD_DONE_AFTER, UNDERGONE_BEFORE, SUPPORTED). */
export function receivedService(text: string, span: readonly [number, number]): boolean {
  const before = text.slice(0, span[0]).split(/[,;\n]|\.\s/).pop() ?? '';
  const after = text.slice(span[1]).split(/[,;\n]|\.\s/)[0] ?? '';
  const visited = VISITED_BEFORE.test(before) && !EMPLOYED.test(after);
  return visited || HAD_DONE_BEFORE.test(before) || HAD_DONE_AFTER.test(after) || operationUndergone(text.slice(...span), before) || SUPPORTED.test(`${before}${text.slice(...span)}`.trimEnd());
}

/** A part of the body operated on ("Knie-OP") is always undergone; a bare "OP" when the words before say so ("im OP gearbeitet" is work). */
function operationUndergone(words: string, before: string): boolean {
  const word = words.trim();
  if (!OPERATION.test(word)) return false;
  return word.includes('-') || UNDERGONE_BEFORE.test(before);
}

/**
 * A word that says a trade was (or is being) learned, never taught: Swiss "glehrt" (gelernt), "Lehr"/"Lehre", "Lehrling",
 * "Azubi", "apprentice", "trained", and teaching oneself ("I'm teaching myself JavaScript"). Standard "gelehrt" (taught) is
 * not among them.
 */
const LEARNING_WORD =
  /^(?:glehrt|gleert|lehr|lehre|lehrabschluss|lehrling|lehrlinge|lernende[rn]?|lehrtochter|azubi|apprentice|apprenticeship|trained|gelernte?[rn]?|glernte?[rn]?|ausgebildete?[rn]?)$/iu;
const TEACHING_ONESELF = /^\s+(?:myself|yourself|himself|herself|themselves|mich selbst|mir selbst|mir selber|mich selber)\b/iu;

/** Whether the words of a find say learning rather than teaching (see LEARNING_WORD). */
export function saysLearning(words: string, after: string): boolean {
  return LEARNING_WORD.test(words.trim()) || (/^(?:teach|teaching|taught|bringe|bring|beibringen)$/iu.test(words.trim()) && TEACHING_ONESELF.test(after));
}

/**
 * Precision safeguard over a find in a text: a private context in its clause vetoes it, and so does a
 * skill the writer asks about, denies or wishes for (src/nlu/skill-stance.ts); a single
 * word owned by the writer ("mein Hund") is no skill; a technology named by an everyday word is the
 * everyday thing beside words of that sense; a noun in -ung read by its stem alone ("Steuerungen"
 * as Steuern) is another word.
 */
/** The imperative of a verb that edits the profile ("füg", "füeg", "streich", "lösche"): "fügen" and "streichen" also name skills. */
const EDIT_IMPERATIVE = /^(?:fueg|fuege|fueeg|streich|streiche|loesch|loesche|ergaenz|ergaenze|entfern|entferne)$/;
/** Nothing but politeness and fillers between the start of a sentence and a word. */
const SENTENCE_OPENING = /(?:^|[.!?\n:])\s*(?:(?:bitte|und|dann|jetzt|no|noch|nomal|hoi|hallo|ok|okay)[\s,]+)*$/iu;

/** A request to the chat to edit the profile ("Füg bitte Excel hinzu", "Füeg no Schweisse dezue", "Streich Excel"): its verb is no skill. */
function editRequestVerb(text: string, words: string, span: readonly [number, number]): boolean {
  return EDIT_IMPERATIVE.test(fold(words)) && SENTENCE_OPENING.test(text.slice(0, span[0]));
}

export function vetoed(text: string, found: { span: [number, number]; label: string; evidence?: SkillEvidence; text?: string; form?: string }): boolean {
  const words = (found.text ?? text.slice(...found.span)).trim();
  const clause = clauseAround(text, found.span);
  const claim = claimIn(clause, text.slice(...found.span));
  if (PRIVATE_CONTEXT.test(claim) || OWN_THINGS.test(claim) || notClaimed(text, found.span)) return true;
  if (PASSIVE_OF_A_THING.test(claim) && !BY_ONESELF.test(claim)) return true;
  if (receivedService(text, found.span) || saysLearning(words, text.slice(found.span[1])) || editRequestVerb(text, words, found.span)) return true;
  if (!/\s/.test(words) && (POSSESSIVE_BEFORE.test(text.slice(0, found.span[0])) || READERS_BEFORE.test(text.slice(0, found.span[0])))) return true;
  if (OWN_HOME.test(clause) || (AT_HOME.test(clause) && !CARE_AT_HOME.test(clause))) return true;
  if (fold(words) === 'go' && SWISS_GO.test(clause)) return true;
  if (fold(words) === 'gepflegt' && /auftreten|appearance/iu.test(found.label) && TENDED_THING.test(clause)) return true;
  if (EVERYDAY_SENSES.get(fold(words))?.test(clause) || (/^g?e?stress(?:t|ed)?$/.test(fold(words)) && !COPING.test(clause))) return true;
  if (BARE_CLOSING.test(fold(words)) && !ACCOUNTS.test(fold(text))) return true;
  if (WEEKDAY.test(fold(words)) || (fold(words) === 'uhr' && HOUR_BEFORE.test(text.slice(0, found.span[0])))) return true;
  if (ENGLISH_WORD_NAME.test(words) && ENGLISH_CLAUSE.test(clause)) return true;
  if (otherLicenceClass(text, found.span, found.label)) return true;
  // The form met decides when known: "Steuerung" is no "Steuern", though the label "Steuererklärungen und Steuern" has an -ung.
  return found.evidence === 'stem' && /ung(?:en)?$/.test(fold(words)) && !fold(found.form ?? found.label).includes('ung');
}

/** A licence class right after a licence word: "Kat. C/CE", "Klasse D", "Kategorie C1", "Führerschein CE" (no "B" or "BE" of its own). */
const LICENCE_CLASS_AFTER = /^\s*(?:(?:kat|kategorie|klasse|kl|cat|category|class)\.?\s*)?(a1|a2|am|a|be|b|c1e|c1|ce|c|d1e|d1|de|d|f|g|l|m|t)(?![\p{L}\d])/iu;

/**
 * A concept of one licence class ("Führerausweis Kat. B") read from a bare licence word ("Führerausweis", "Fahrausweis")
 * that goes on with another class ("Führerausweis Kat. C/CE", "Führerschein Klasse D"): that licence is not the car's.
 */
export function otherLicenceClass(text: string, span: readonly [number, number], label: string): boolean {
  const own = /(?:kat\.|klasse|category)\s+(\p{L}+\d?)\)?$/iu.exec(label)?.[1];
  if (!own) return false;
  const named = LICENCE_CLASS_AFTER.exec(text.slice(span[1]))?.[1] ?? /(?:kat\.|klasse|kategorie)\s*(\p{L}+\d?)$/iu.exec(text.slice(...span))?.[1];
  return named !== undefined && fold(named) !== fold(own);
}

/** Words that open a clause or stand for a person, capitalised but no object ("Sie montieren …", "Ich habe …"). */
const NO_OBJECT = /^(?:sie|ich|wir|er|es|du|ihr|man|mer|i|mir|the|der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|auch|dann|als|bei|im|in|am|an|auf|mit|zu|zum|zur|vom|von|fuer|nach|ueber|unter|uf|a|de|em|d|dort|da|hier|bitte|schon|viel|viele|alle|jahre|jahr|jahren|monate|monaten|wochen|woche|tage|tagen|stunden|lang)$/;

/** Words for things in general ("Waren verpacken" packs any parcel): no object to differ from. */
const ANY_THING = /^(?:ware|waren|produkte|artikel|gueter|gegenstaende|sachen|dinge|material|materialien|teile)$/;

/** People in general, in German and Swiss spellings (folded). */
const PEOPLE = /^(?:leute|lue(?:ue)?t|menschen|personen|persone)$/;

/** A preposition: the noun after it (and after its article or adjective) names where, with what or for whom, not the object done. */
const PREPOSITION = /^(?:in|im|ins|am|an|ans|auf|aufs|uf|ufem|bei|beim|bi|bim|mit|mim|zu|zum|zur|vom|von|vo|fuer|fuers|nach|ueber|unter|vor|hinter|neben|aus|us|i|a|durch|gegen|ohne|waehrend|seit|bis)$/;

/** Whether a capitalised word at `at` follows a preposition, directly or after at most two lower-case words ("in grossen Kesseln", "uf em Schrottplatz"). */
function afterPreposition(words: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const word = words[i]!;
    if (PREPOSITION.test(fold(word))) return true;
    if (!/^\p{Ll}/u.test(word)) return false;
  }
  return false;
}

/** Whether two folded nouns name the same thing: one the other's inflection ("Briefe", "Brief") or its head ("Werkzeugmaschinen", "Maschinen"). */
function sameNoun(a: string, b: string): boolean {
  const stem = (w: string) => w.replace(/(?:en|er|e|n|s)$/, '');
  const [x, y] = [stem(a), stem(b)];
  return x.length >= 3 && y.length >= 3 && (x.endsWith(y) || y.endsWith(x));
}

/**
 * A lone verb read as a concept that names the thing it is done to ("sortiert" as Briefe und Pakete sortieren,
 * "montiert" as Montage von Maschinen und Baugruppen, "gefärbt" as Haare schneiden und frisieren) in a clause
 * whose object is another thing ("Metall sortiert", "Solarpanels montiert", "Garn und Stoffe gefärbt"): the
 * verb's own concept is a guess, asked rather than stored. Nouns after a preposition ("im Ökihof", "in
 * grossen Kesseln") say where or with what, not what; a clause without an object noun keeps the verb's reading.
 */
export function verbOfOtherObject(text: string, span: readonly [number, number], label: string, names: readonly string[] = [], isBroadVerb: (infinitive: string) => boolean = () => false): boolean {
  const typed = text.slice(span[0], span[1]);
  if (!/^\p{Ll}+(?:t|en|e)$/u.test(typed)) return false;
  const bare = (word: string) => fold(word).replace(/^(?:ge|g)(?=\p{L}{4})/u, '');
  const verb = bare(typed);
  const activity = (w: string) => (isActivityNoun(w) && !/e[rl]?n$/.test(w)) || /ungen$/.test(w) || AGENT_NOUN.test(w) || ANY_THING.test(w);
  const nouns = () => {
    const words = clauseAround(text, span).split(/[\s'’]+/u).filter(Boolean);
    return words
      .map((w, i) => ({ w: w.replace(/[^\p{L}-]/gu, ''), i }))
      .filter(({ w, i }) => /^\p{Lu}\p{Ll}{2,}/u.test(w) && !NO_OBJECT.test(fold(w)) && !/\d/.test(words[i - 1] ?? '') && !afterPreposition(words, i))
      .map(({ w }) => fold(w).split('-').pop()!);
  };
  // The things a label with a verb or a "von" names ("Briefe und Pakete sortieren", "Montage von Maschinen"): not the
  // verb's own noun ("Montage" of "montiert"), not an activity ("Ablage und Archivierung", "Mise en place und Vorbereitung" name none).
  if (!/(?:^|\s)(?:\p{Ll}{4,}(?:en|ern|eln)|von)(?:\s|$)/u.test(label)) return bareActivityOfOtherObject(verb, label, names, isBroadVerb, nouns, activity);
  const objects = (label.match(/\p{Lu}\p{Ll}+/gu) ?? []).map(fold).filter((w) => bare(w).slice(0, 4) !== verb.slice(0, 4) && !activity(w));
  if (objects.length === 0) return false;
  const found = nouns();
  return found.length > 0 && !found.some((n) => objects.some((o) => sameNoun(n, o)));
}

/**
 * A concept whose label names no object ("Kundenberatung", "Organisationstalent", "Grundpflege") names the things it
 * is done to only through its other names ("Kunden beraten", "Patienten pflegen"). Read from a lone verb that ESCO does
 * to many kinds of things ("beraten", "organisieren", "pflegen") in a clause whose object none of those names mentions
 * ("Angehörige zur Abdankung beraten", "Bestattungen organisiert", "Grünanlagen pflegen"), it is a guess. A trade's own
 * verb ("mauern", "kochen"), a concept whose names speak of things in general ("Produkte verkaufen") or of no thing at
 * all keeps the verb.
 */
function bareActivityOfOtherObject(verb: string, label: string, names: readonly string[], isBroadVerb: (infinitive: string) => boolean, nouns: () => string[], activity: (w: string) => boolean): boolean {
  // A label that is only the verb's own activity ("Reinigung", "Instandhaltung und Wartung") is that work done to anything.
  const parts = label.split(/\s+und\s+/).map(fold);
  if (parts.every((p) => /^\p{Ll}+$/u.test(p) && isActivityNoun(p)) && parts.some((p) => p.slice(0, 4) === verb.slice(0, 4))) return false;
  // Only a verb done to many kinds of things ("reinigen", "beraten", "organisieren"); a trade's own verb ("mauern",
  // "kochen", "schweissen") names its work whatever the object.
  const infinitives = names.flatMap((n) => n.split(/\s+/)).filter((w) => /^\p{Ll}{4,}en$/u.test(w) && fold(w).slice(0, 4) === verb.slice(0, 4));
  if (!infinitives.some(isBroadVerb)) return false;
  const words = names.flatMap((n) => n.match(/\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*/gu) ?? []).map(fold);
  if (words.some((w) => ANY_THING.test(w))) return false;
  const things = words.filter((w) => w.slice(0, 4) !== verb.slice(0, 4) && !activity(w));
  if (things.length === 0) return false;
  // People in general ("Leute", Swiss "Lüüt") are whom any of these verbs is done for.
  const found = nouns().filter((n) => !PEOPLE.test(n));
  // Persons in either gender ("Kundinnen" are the "Kunden" of "Kunden beraten").
  const stem = (w: string) => w.replace(/(?:innen|in|en|er|e|n|s)$/, '');
  const named = (n: string) => words.some((w) => sameNoun(n, w) || (stem(n).length >= 4 && w.includes(stem(n))));
  return found.length > 0 && !found.some(named);
}
