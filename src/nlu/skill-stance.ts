/**
 * Whether the writer claims a skill they name: a skill named in a question ("Arbeitet ihr mit SAP?"),
 * denied ("Schweissen kann ich leider nicht", "keine Erfahrung mit SAP") or wished for ("suche was mit
 * Cloud", "interessiere mich für Informatik", "would like to learn React"), said of someone else ("mein Mann
 * kann kochen") or of the way to work ("fahre mit dem Auto zur Arbeit") is not one the person has, and storing
 * it would put a wrong skill in the profile. Pure.
 */
import { fold } from './tokens';

/**
 * Words that start a new claim within a sentence. Not "und" after a word cut short by a hyphen: "weg vom Abend- und
 * Wochenenddienst", "keine Nacht- und Wochenenddienste" join two compounds under one stance.
 */
const CLAIM_BREAK = /(?<!\p{L}-\s*)\b(?:und|aber|sondern|and|but)\b/iu;

/** The clause around a span and the mark that ends it (",", ".", "?", "" at the end of the text). */
function clauseOf(text: string, span: readonly [number, number]): { before: string; after: string; end: string } {
  const start = Math.max(...[',', ';', '\n', '.', '!', '?', ':'].map((c) => text.lastIndexOf(c, span[0] - 1))) + 1;
  const rest = text.slice(span[1]);
  // A dot between letters or digits is part of a name ("Vue.js", "ASP.NET"), not the end of a sentence.
  const at = rest.search(/[,;\n!?:]|\.(?!\w)/);
  const stop = at < 0 ? rest.length : at;
  // "und", "aber" start a new claim ("suche eine Stelle und kann schweissen", "keine Erfahrung, aber ich kann kochen").
  const before = text.slice(start, span[0]).split(CLAIM_BREAK).pop() ?? '';
  return { before, after: rest.slice(0, stop), end: at < 0 ? '' : rest.charAt(at) };
}

/**
 * A negation right before the skill, with at most a few words between ("kein SAP", "keine Erfahrung im
 * Verkauf", "nie programmiert", "no experience with Python", "spricht kaum Deutsch"); "nicht mehr" and "nicht nur" keep it
 * ("arbeite nicht mehr als Koch" still knows cooking), and so does a weak level ("nicht so gut").
 */
const NEGATED_BEFORE =
  /(?:^|\s)(?:kein|keine|keinen|keiner|keinerlei|kei|keis|keini|nie|niemals|nicht|noed|nid|ned|kaum|never|not|hardly|barely|can't|cannot|cant|don't|haven't|hasn't|didn't)\s+(?!mehr\b|nur\b|so\b(?!\s+(?:der|die|das)\b)|gut\b|sehr\b|viel\b|lange?\b|schlecht\b|only\b|just\b|much\b|very\b|long\b)(?:[\p{L}']+-?\s+){0,4}$/u;
/** English "no" before the skill ("no experience with Python", "I have no Excel"). */
const NO_BEFORE = /(?:^|\s)no\s+(?!mehr\b|only\b|just\b|much\b|very\b|long\b)(?:[\p{L}']+\s+){0,4}$/u;
/** Words of German and Swiss German, where "no" is Swiss "noch" ("Füeg no Excel dezue", "ich cha no Excel"). Matched on folded text. */
const GERMAN_WORDS = /(?<!\p{L})(?:ich|cha|chan|han|hani|ha|bi|bin|isch|bitte|au|scho|dezue|derzue|zue|mine|mini|mis|min|kann|habe|hab|mir|mi|fueeg|fueg|und|oder|de|vo|im|es|e)(?!\p{L})/u;

/**
 * Ability lost or forbidden ("kann nicht mehr schwer heben", "darf nicht mehr heben", Swiss "cha nüme", "can no
 * longer lift"): unlike "arbeite nicht mehr als Koch", which still knows the trade, what one can or may no longer do
 * is not offered. Matched on folded text.
 */
const CANNOT_ANYMORE = /\b(?:kann|konnte|cha|chan|can|could|darf|durfte|doerf|dorf|may)\s+(?:ich\s+|i\s+)?(?:[\p{L}']+\s+)?(?:nicht\s+mehr|nueme|nuemm|no longer|not anymore)\s+(?:[\p{L}']+\s+){0,3}$/u;
/**
 * A limit asked for right before the thing ("wenig Telefon", "möglichst wenig Kundenkontakt", "less paperwork"):
 * a condition wished for, no skill; "ein wenig Excel", "a little Python" and "wenig Erfahrung mit Excel" still claim it. Folded.
 */
const LITTLE_BEFORE = /(?:^|\s)(?<!\b(?:ein|a)\s)(?:wenig|weniger|little|less)\s+$/u;
/** Fear of a thing, or leaving it behind ("Angst vor Vorstellungsgesprächen", "möcht weg vom Schichtdienst"): it is not offered. Folded. */
const AVOIDED_BEFORE =
  /\b(?:hasse|hassen|hasst|hate|hated|hates|verabscheue|angst\s+(?:vor|davor)|weg\s+(?:vom|von|vo|from)|raus\s+aus|genug\s+(?:vom|von)|afraid\s+of|away\s+from|quit|quitted|gave\s+up|stopped)\s+(?:[\p{L}']+-?\s+){0,3}$/u;
/**
 * "ohne" right before the thing, at most one word between ("ohne Kundenkontakt", "ohne regelmässige Schichtarbeit",
 * "auch ohne Führerschein", "ohni Usweis", "without a licence"): a condition wished for or a thing one lacks, no skill.
 * Not "ohne Probleme Excel", where the word between is what one is without; farther back it governs something else
 * ("ohne Ausbildung zehn Jahre als Maler gearbeitet" still claims the painter's trade). Folded.
 */
const WITHOUT_BEFORE = /(?:^|\s)(?:ohne|ohni|without)\s+(?:(?!(?:probleme?|problems?|muehe|schwierigkeiten|weiteres|zweifel|difficulty|doubt)\s)[\p{L}']+\s+)?$/u;
/**
 * The skill first, the denial after it in its clause: "Schweissen kann ich leider nicht", "Excel hatte ich nie", "selber backen tu
 * ich nie", "Von Programmieren habe ich keine Ahnung" (not "keine Probleme"); Swiss German fuses verb and «i» ("Roboter hani no
 * nie programmiert", "Stapler chani nöd fahre").
 */
const NEGATED_AFTER =
  /^\s+(?:(?:kann|konnte|kenne|beherrsche|hab|habe|hatte|mache|mach|tu|tue|tuen|bin|cha|chan|han|ha|bi)\s+(?:ich|i)|hani|chani|bini|hätti|hetti)\s+(?:\p{L}+\s+){0,2}?(?:(?:überhaupt|gar)\s+(?:nicht|nöd|nid)|(?:nicht|nie|kaum|nöd|nöt|nid|ned)(?!\s+(?:so\s+)?(?:gut|guet|viel|oft|mehr|nur))|(?:kein|keine|keinen|keiner|keinerlei|kei|keis|keini)(?!\s+(?:Probleme?|Mühe|Schwierigkeiten)))\b/u;
/**
 * The thing first, then a verb with "ich" and "no more" or "not at all" ("Lastwage fahr ich nüme", "Pflege mache ich nicht mehr",
 * "Im Büro sitze möcht ich nüme", "Kundenkontakt am Telefon mag ich gar nicht"): work the writer will not or cannot do any
 * more is not offered, even when it was their past work. Any verb, a word or two between (unlike NEGATED_AFTER's plain "nicht").
 */
const NO_MORE_AFTER =
  /^\s+(?:[\p{L}]+\s+){0,2}?\p{Ll}+\s+(?:ich|i)\s+(?:(?:leider|echt|wirklich|sicher|körperlich|halt|eifach|einfach|jetzt|heute)\s+)*(?:nüme|nümm|nümme|nimmer|nicht\s+mehr|nöd\s+meh|nid\s+meh|gar\s+nicht|gar\s+nöd|gar\s+nid|überhaupt\s+nicht|überhaupt\s+nöd)(?!\p{L})/u;
/** The thing as what does not suit the writer: "Verchaufe liit mir nöd", "Verkauf liegt mir nicht", "Pflege chunnt für mich nöd in Frag", "kommt nicht in Frage". */
const DISLIKED_AFTER =
  /^\s+(?:(?:liegt|liit|lit|ligt|liegen|lieget)\s+(?:mir|mi)\s+(?:(?:gar|überhaupt|eher|echt|halt)\s+)?(?:nicht|nöd|nid|ned)|(?:kommt|chunnt|kunnt|kommen)\s+(?:(?:für|fuer|für)\s+(?:mich|mi)\s+)?(?:(?:gar|überhaupt|sicher)\s+)?(?:nicht|nöd|nid|ned|kei)\s+(?:in\s+)?(?:frage|frag))(?!\p{L})/iu;
/**
 * A later clause that takes back with "das" what the one before said was done: "Früher hab ich Dächer gedeckt, heute schaff ich das
 * körperlich nicht mehr", "…, I can't do that any more". Past work given up is not offered.
 */
const NO_MORE_LATER =
  /^[^.!?]*?,\s*(?:(?:aber|but|und|and|doch)\s+)?(?:(?:heute|jetzt|inzwischen|mittlerweile|nowadays|now|today)\s+)?\p{Ll}+\s+(?:ich|i)\s+(?:das|des|es|s|that|it)\s+(?:\p{L}+\s+){0,3}?(?:nicht\s+mehr|nüme|nümm|nümme|nimmer|no\s+longer|any\s?more)(?!\p{L})/iu;
/**
 * A later clause that says the work named before can be done no more, pointing back with «das»/«es»/«it» or ending it:
 * "Ich bi Forstwart gsi, aber mit de Chnü gaht das nümme", "…, wegen meiner Allergie geht das nicht mehr", "I used to be a
 * roofer but my shoulder won't let me do it anymore", "…, mit 50 ist jetzt Schluss mit Dach". Past work given up is not
 * offered; a condition without «das» ("…, aber Nachtschicht geht nicht mehr") leaves the trade alone.
 */
const GIVEN_UP_LATER =
  /^[^.!?]*?(?:,|\s(?=(?:aber|but|doch)\s))\s*(?:(?:aber|but|doch|und|and|bis|until)\s+)?(?:[^,.!?]{0,40}?\s)?(?:(?:geht|gaht|goht|gat|got|klappt)\s+(?:das|des|es|s)\s+(?:\p{L}+\s+){0,2}?(?:nicht\s+mehr|nüme|nümm|nümme|nimmer)|(?:won['’]t|wouldn['’]t|doesn['’]t|will\s+not|does\s+not)\s+let\s+me\s+do\s+(?:it|that|this)\s+any\s?more|(?:can['’]t|cannot|couldn['’]t|can\s+not)\s+do\s+(?:it|that|this)\s+any\s?more|(?:ist|isch)\s+(?:jetzt\s+|nun\s+)?schluss\s+mit|(?:das|es|des)\s+(?:ist|isch)\s+(?:jetzt\s+)?vorbei)(?!\p{L})/iu;

/** Whether a later clause of the sentence gives up the work named at `span` (see GIVEN_UP_LATER). */
export function givenUpLater(text: string, span: readonly [number, number]): boolean {
  return GIVEN_UP_LATER.test(text.slice(span[1]));
}

/**
 * A verb before «ich» and «nümme» / «nicht mehr» with the thing after it: "wäg em Rugge gang ich aber nümme ufs Dach",
 * "heute steig ich nicht mehr aufs Gerüst". Not a trade after «als» ("arbeite ich nicht mehr als Koch" keeps the trade).
 * Matched on the folded sentence, since «aber» between («gang ich aber nümme») opens no clause of its own here.
 */
const NO_MORE_BEFORE =
  /\b\p{Ll}+\s+(?:ich|i)\s+(?:(?:aber|halt|leider|echt|sicher|jetzt|heute|eifach|einfach)\s+)*(?:nicht\s+mehr|nueme|nuemm|nuemme|nimmer)\s+(?!(?:als|as)\s)(?:[\p{L}']+\s+){0,3}$/u;

/** A preference against the thing right after it: "Nachtschicht lieber nöd", "Schichtarbeit eher nicht", "night shifts rather not". */
const RATHER_NOT_AFTER = /^\s+(?:lieber|eher|besser|rather|preferably)\s+(?:nicht|nöd|nid|ned|not|kein|keine|kei|no)(?!\p{L})/iu;
/** The skill as subject of a denial: "Kochen ist nicht mein Ding", Swiss "Chochä isch nöd mis Ding", "Excel ist keine Stärke von mir". */
const NOT_MINE_AFTER = /^\s+(?:ist|isch|sind|is)\s+(?:(?:leider|eher|überhaupt|gar|also)\s+)?(?:nicht|nöd|nid|ned|not|kein|keine|keis|kei)\s+(?!nur\b|only\b)/iu;
/** The skill as what comes hard: "Rechnen fällt mir schwer", "Lesen und Rechnen fallen mir schwer" (both of them). */
const HARD_FOR_ME_AFTER = /^\s+(?:(?:und|oder)\s+\p{L}+\s+)?(?:fällt|faellt|fallen|fiel|fielen)\s+(?:mir\s+)?(?:(?:eher|sehr|recht|ziemlich|etwas|noch)\s+)?schwer\b/iu;

/** Words of a wish, a need, a dream or an interest, before the skill in its clause ("ich suche was mit", "ich brauche Beratung", "hätte gern Stellen im Verkauf", Swiss "i wett …", "wür gern", "ich träume davon", "wär froh um", an application "Bewerbig als …"). */
const WISH_BEFORE =
  /\b(?:suche|suchen|sucht|such|sueche|suech|sueched|suechet|möchte|möchten|möcht|würde (?:\p{L}+ )?gerne?|würd (?:\p{L}+ )?g(?:e|ä)rn|wür (?:\p{L}+ )?g(?:e|ä)rn|würde (?:\p{L}+ )?gärn|wäre (?:\p{L}+ )?gerne?|wär (?:\p{L}+ )?gern|wär (?:\p{L}+ )?gärn|träume|träum|dream of|dreaming of|wäre? froh (?:um|über)|wär froh (?:um|über)|would be glad|bewerbung|bewerbig|bewerbe|bewirbe|apply|applying|hätte gerne?|hätt gärn|wett|wetti|wött|wünsche|interessiere|interessiert|interessier|interesse|looking|interested|want|wanna|would like|i'd like|i'd love|we'd like|hoping|hope|prefer|bevorzuge|brauche|brauch|benötige|need|will|willst|wollte|zurück\s+(?:in|ins|zu|zur|zum|i\s+d|is))\b/iu;
/**
 * A request or a plan rather than a claim: asking to be shown something ("zeig mer Stelle im Lager", "show me
 * jobs where English is enough", "Gits öppis im Verchauf"), what one should still do ("i sött no de
 * Nothelferkurs mache"), a field named as the preferred place ("am liebsten im Büro") or "gern was im Büro".
 */
const REQUEST_BEFORE =
  /\b(?:zeig|zeige|zeigen|zeigt|zeiged|show|gibt es|gits|git's|sött|sollte|müsste|should)\b|\bam\s+(?:liebsten|liebste|liebschte)\s+(?:im|in|i|ins|is|bei|bi|bim|als|was|öppis|etwas)\b|\b(?:gern|gerne|gärn|eher|lieber)\s+(?:was|etwas|öppis|eppis)\b|\blieber\s+(?:im|in|i|ins|is|bei|bi|bim|als|mit)\s|^\s*(?:öppis|eppis|etwas|something)\s+(?:im|in|i|als|mit|bi|bei|as|with)\s/iu;
/** Learning still to come, anywhere in the clause ("Java lernen", "learn React", a licence still to catch up on: "Staplerschein nachholen"); "gelernt" is done. */
const TO_LEARN = /\b(?:lernen|erlernen|lerne\s+gern|learn|learning|nachholen|nachhole|nachzuholen)\b/iu;

/**
 * Someone else as the subject at the start of the clause: a relative, partner, friend or colleague ("Mein
 * Mann kann gut kochen", "my husband can weld"), or "er", "sie", "he", "she", with a verb of ability or work
 * ("kann", "arbeitet", "ist", "war", "macht"). What they can or are is not the writer's. "hat"/"hatte" counts
 * only with a verb or experience after it ("er hat geschweisst", "sie hat Erfahrung im Verkauf"): "meine
 * Mutter hat Demenz" tells about the one the writer cares for.
 * Not so the one the writer speaks for: a parent writing for their child or a job coach for a client ("Mein
 * Sohn kann gut zeichnen", "meine Klientin arbeitet gern im Verkauf") describes the person the profile is
 * for, and so does "er"/"sie" after such a person was named.
 */
const RELATIVE = String.raw`(?:mann|ehemann|frau|ehefrau|partner|partnerin|freund|freundin|bruder|schwester|brüder|schwestern|vater|mutter|eltern|papa|mama|cousin|cousine|neffe|nichte|kollege|kollegin|nachbar|nachbarin|maa|schwöster|brüeder|brüetsch|vatter|muetter|mueter|fründ|fründin|grosi|grossmuetter|grossvatter|grossmutter|grossvater|oma|opa|husband|wife|brother|sister|father|mother|parents|friend|colleague|neighbour|neighbor)`;
const WARD = String.raw`(?:sohn|tochter|kind|bueb|meitli|giel|klient|klientin|klientinnen|klienten|schützling|teilnehmer|teilnehmerin|son|daughter|child|kid|client)`;
const OTHER_PERSON = String.raw`^\s*(?:(?:und|auch|also|dann|aber|and|but)\s+)*(?:(?:mein|meine|meinem|unser|unsere|mis|mini|min|my|our)\s+(?:(?:älteste[rn]?|jüngste[rn]?|kleine[rn]?|grosse[rn]?|große[rn]?|eldest|oldest|youngest|little)\s+)?${RELATIVE}|(?:der|die|dr|d|the)\s+${RELATIVE}(?:\s+(?:von|vo|vom|of)\s+(?:\p{L}+\s+)?\p{L}+)?|er|sie|he|she)\s+(?:\([^)]{1,20}\)\s+)?(?:(?:\p{L}+)\s+)?`;
/**
 * Any German verb in the third person singular after that subject ("Mein Mann fährt Lastwagen", "meine Frau
 * kocht"): whatever the verb, the work is theirs. Not "hat"/"het" (see OTHER_PERSON_HAS) and not a plural
 * ("Sie arbeiten" is the polite "you").
 */
const THIRD_PERSON_VERB = String.raw`(?!hat\b|het\b|hatte\b)\p{Ll}{2,}t`;
/** Verbs of ability, work or being after that subject (the singular, so the polite "Sie haben" stays "you"). */
const OTHER_PERSON_DOES = new RegExp(
  `${OTHER_PERSON}(?:kann|konnte|chan|arbeitet|arbeitete|schafft|schaffet|ist|isch|war|macht|machte|spricht|lernt|studiert|sucht|möchte|will|can|could|works|worked|is|was|speaks|does|did|${THIRD_PERSON_VERB})\\b`,
  'iu',
);
const OTHER_PERSON_HAS = new RegExp(`${OTHER_PERSON}(?:hat|hatte|het|has|had)\\b`, 'iu');
/** After "hat": experience, or a participle of work done. */
const EXPERIENCE = /\b(?:erfahrung|gelernt|gearbeitet|gschaffet|experience|worked|trained)\b/iu;

/** One's own children, parents or friends as a plural subject ("Meine Kinder gehen in die Kita", "my parents run a farm"). */
const OTHERS_DO =
  /^\s*(?:(?:und|auch|aber|and|but)\s+)*(?:meine|unsere|mini|üsi|my|our)\s+(?:kinder|kids|children|chind|goofe|eltern|parents|geschwister|kollegen|freunde|nachbarn|siblings|friends|colleagues)\s+(?:\p{Ll}+en|sind|sin|waren|hend|are|were|go|do|run|work)\b/iu;

/** An indefinite article (and adjectives) right before the find: "hat eine Garage", "het e grossi Schreinerei" is a thing owned. */
const OWNED_THING = /\b(?:e|en|es|ä|ein|eine|einen|a|an)\s+(?:\p{Ll}+\s+){0,2}$/u;
/**
 * The subject after its verb, German word order ("Das hat mein Mann eingerichtet", "Gebaut hat es mein Bruder"):
 * the relative named right after "hat", "hätt", "kann", "macht" did it.
 */
const OTHER_AFTER_VERB = new RegExp(`\\b(?:hat|hatte|het|hät|hätt|kann|chan|macht|machte|hat's|hets)\\s+(?:es\\s+|das\\s+|s\\s+)?(?:mein|meine|unser|unsere|mis|mini|min|my|our)\\s+${RELATIVE}\\s+(?:[\\p{L}']+\\s+){0,4}$`, 'iu');

/** Whether `before` (the start of a clause up to a skill) makes someone else its subject; `skill` is the words of the find. */
function saysOfOther(before: string, skill: string): boolean {
  if (OTHER_PERSON_DOES.test(before) || OTHERS_DO.test(before) || OTHER_AFTER_VERB.test(before) || OTHER_AFTER_VERB.test(`${before}${skill} `)) return true;
  return OTHER_PERSON_HAS.test(before) && (EXPERIENCE.test(before) || /^\p{Ll}/u.test(skill) || OWNED_THING.test(before));
}

/**
 * Travel to work or school by a vehicle ("fahre mit dem Auto zur Arbeit", "pendle mit dem Zug", "I commute by
 * car"): how a person gets there, not a skill they offer (driving, or repairing the bicycle named).
 */
const COMMUTE = /\b(?:pendl\p{L}*|pendeln|commut\p{L}*|zur (?:arbeit|schule|büez|lehrstelle)|zum (?:arbeitsplatz|job|geschäft|betrieb)|ins (?:büro|geschäft|gschäft)|is (?:gschäft|büro)|to (?:work|school|the office))\b/iu;
/**
 * A ride as a passenger or by bike at the end of a skill's words ("ich fahre mit dem Bus", "mit dem Fahrrad oder Bus",
 * "by bus"): how they get there, not a vehicle they drive for work ("ich fahre Linienbus"). A car or motorbike is left to
 * COMMUTE: who drives one holds a licence.
 */
const RIDDEN_ENDS =
  /\b(?:mit (?:dem|der|em|me|de|mim|öffentlichen)|by|per)\s+(?:zug|bahn|s-bahn|bus|linienbus|tram|postauto|velo|fahrrad|rad|e-bike|öv|train|bike|bicycle)(?:\s+(?:oder|und|or|and)\s+(?:zug|bahn|bus|tram|postauto|velo|fahrrad|rad|öv|train|bike))?\s*$/iu;
const BY_VEHICLE = /\b(?:mit (?:dem|der|em|me|de|meinem|mim|minere|öffentlichen)|by|per)\s+(?:\p{L}+\s+)?(?:auto|wagen|zug|bahn|bus|tram|velo|fahrrad|rad|töff|töffli|motorrad|roller|moped|öv|car|train|bike|bicycle|scooter|motorbike)\b/iu;

/** The sentence around a span: from the last mark that ends one to the next, and that mark ("?", ".", "!", "" at the end). */
function sentenceOf(text: string, span: readonly [number, number]): { before: string; after: string; end: string } {
  const start = Math.max(...['\n', '.', '!', '?'].map((c) => text.lastIndexOf(c, span[0] - 1))) + 1;
  const rest = text.slice(span[1]);
  const at = rest.search(/[\n!?]|\.(?!\w)/);
  return { before: text.slice(start, span[0]), after: at < 0 ? rest : rest.slice(0, at), end: at < 0 ? '' : rest.charAt(at) };
}

/** A question put to the reader: a question word or a verb first ("Welche Steuerungen habt ihr", "Gits e Kurs", "Which cloud"), or "ihr", Swiss "öich", "du", "you". */
const ASKS_READER =
  /^\s*(?:(?:hallo|hoi|hi|hey|grüezi|sali|salü)[\s,!]+)?(?:(?:mit|with|in|auf|bei|für|for|an|on)\s+)?(?:welche[mnrs]?|wele[mnrs]?|weli|welches|was|wie|wo|wann|wer|which|what|where|when|how|who|gits|git's|gibt es|gibt's|hat es|hets|hät's|do|does|are there|is there|(?:ist|isch|sind|muss|muess|wird|is|are|must)\s+(?:das|des|es|man|me|mer|this|that|it))\b|(?<!\p{L})(?:ihr|euch|öich|üch|du|dir|dich|you)(?!\p{L})/iu;
/** A job asked for the one who does it ("hetted ihr öppis für en Sanitär", "habt ihr was für einen Maurer?"): the writer names their own trade. */
const FOR_ONE_WHO = /\b(?:für|fuer|for)\s+(?:en|einen|eine|e|ä|a|an)\s+(?:[\p{L}\d-]+\s+)?$/iu;
/** Words of the writer speaking of themselves: a clause with one is a claim, though its sentence asks something. */
// Letters, not \b, around the words: "öich" (Swiss "euch") holds no "ich"; Swiss "bi öich", "bi de" is "bei", not "bin".
const SELF = /(?<!\p{L})(?:ich|i|mir|mich|mi|mein|meine|meinem|meinen|meiner|mis|mini|min|bin|bi(?!\s+(?:öich|euch|üch|üs|de|dr|em|ere|ihne)(?!\p{L}))|han|hani|hab|habe|i'm|i've|my)(?!\p{L})/iu;

/**
 * A skill named in a question: its own clause ends with "?", or it stands in a sentence that asks the reader
 * something ("Mit welem CAD-Programm schaffed ihr, SolidWorks oder Inventor?", "Which cloud do you run on, AWS
 * or Azure?") in a clause where the writer says nothing of themselves ("Ich kann schweissen, habt ihr was?" claims).
 */
export function isQuestioned(text: string, span: readonly [number, number]): boolean {
  const clause = clauseOf(text, span);
  if (clause.end === '?') return true;
  const sentence = sentenceOf(text, span);
  if (sentence.end !== '?') return false;
  const ownClause = `${sentence.before.split(/[,;:]/).pop() ?? ''}${sentence.after.split(/[,;:]/)[0] ?? ''}`;
  return ASKS_READER.test(`${sentence.before}${text.slice(span[0], span[1])}${sentence.after}`) && !SELF.test(ownClause) && !FOR_ONE_WHO.test(clause.before);
}

/**
 * A later clause of the sentence that takes the skill back ("De Nachbar het mir s Mauere zeigt, aber ich chas
 * nonig richtig", "Man hat mir Schweissen gezeigt, aber ich kann es noch nicht"): "es" is the skill named before.
 */
const TAKEN_BACK_LATER = /^[^.!?]*?(?:,\s*|\s)(?:aber|but)\s+(?:ich|i)\s+(?:kann(?:['’]s|\s+es)|chas|cha['’]s|cha\s+es|can['’]t\s+do\s+it|cannot\s+do\s+it)\s+(?:(?:leider|noch|halt|immer)\s+)?(?:nicht|nöd|nid|nonig|no\s+nöd|not|yet)\b/iu;

/** A later clause that says it was not for the writer ("…, war nix für mich", "…, isch nüt für mi", "…, it was not for me"). */
const NOT_FOR_ME_LATER = /^[^.!?]*?(?:,\s*|\s)(?:(?:aber|but|und|and)\s+)?(?:das\s+|es\s+|s\s+|it\s+)?(?:war|isch|ist|is|was|wär|wäre)\s+(?:aber\s+|halt\s+|einfach\s+|echt\s+|gar\s+|just\s+|really\s+)?(?:nix|nichts|nüt|nünt|nothing|not)\s+(?:für|fuer|for)\s+(?:mich|mi|me)\b/iu;

/**
 * A later clause that is only the writer set against what was said ("Mein Sohn kocht super, ich eher nicht", "Dr Bueb
 * isch Informatiker, ich nöd", "…, but I don't"): the skill belongs to the one named before, not to the writer.
 */
const NOT_I_LATER = /^[^.!?]*?,\s*(?:(?:aber|but|und|and)\s+)?(?:ich|i)\s+(?:selber\s+|selbst\s+|eher\s+|leider\s+|persönlich\s+|myself\s+)?(?:nicht|nöd|nid|ned|not|don['’]t|can['’]t)(?=\s*(?:[^\p{L}\s]|$))/iu;

/**
 * Words that say what was said is no work the writer did or could offer: "nur Spielerei", "nöd professionell", "kei Bruef",
 * "beruflich hab ich nie …", "never worked …". Not "nur Hobby" or "nur privat": a hobby done well is a skill ("On weekends I
 * repair bicycles, just as a hobby"). Case matters: only lower-case words may stand before them in their clause.
 */
const ONLY_PRIVATE =
  /^\s*(?:(?:[Aa]ber|[Bb]ut|[Dd]och|[Uu]nd|[Aa]nd)\s+)?(?:(?:[Dd]as|[Dd]es|[Ee]s|s|[Tt]hat|[Ii]t|[Tt]his)\s+)?(?:(?:\p{Ll}[\p{L}'’]*|I|I['’]ve|I['’]m)\s+){0,4}?(?:(?:nur|just|only|bloss|blos)\s+(?:e\s+|eine\s+|a\s+)?(?:[Ss]pielerei|[Rr]umspielerei|[Hh]erumspielen|playing\s+around|messing\s+around)|(?:nöd|nicht|nid|ned|not)\s+(?:[Pp]rofessionell|[Bb]eruflich|professionally)|kei(?:n)?\s+(?:[Bb]ruef|[Bb]eruf)|no\s+job|[Bb]eruflich\s+(?:\p{L}+\s+){0,2}(?:nie|nöd|nicht)|(?:never|not)\s+(?:\p{L}+\s+)?(?:worked|professionally))(?!\p{L})/u;

/**
 * A later part of the sentence says what was said is no work ("…, aber das isch nur Spielerei", "…, aber nur für
 * Instagram, nöd professionell", "…, aber das isch ja kei Bruef", "…, aber beruflich hab ich nie in einer Küche gestanden",
 * "… but I've never worked in a restaurant"): the thing done is no skill the writer offers. The later part must not name a
 * thing of its own first ("Ich bin Koch, Fotografie ist nur Hobby" keeps the cook).
 */
function calledPrivateLater(text: string, span: readonly [number, number]): boolean {
  const { after } = clauseOf(text, span);
  const own = /\b(?:aber|but|doch)\b/iu.exec(after);
  if (own && ONLY_PRIVATE.test(after.slice(own.index))) return true;
  const later = sentenceOf(text, span).after.split(/[,;:]/).slice(1, 3);
  return later.some((clause) => ONLY_PRIVATE.test(clause));
}

/** A later clause that refuses what was listed before it: "…, das wott ich nümm", "…, das will ich nicht mehr", "…, that I don't want anymore". */
const REFUSED_LATER = /^\s*(?:(?:aber|but|und|and)\s+)?(?:das|des|s|that|this)\s+(?:will|wott|wött|möchte|möcht|mach|mache|mag|cha|kann|want|do)\s+(?:ich|i)\s+(?:(?:echt|wirklich|sicher|really|definitely)\s+)?(?:nicht|nöd|nid|ned|nümm|nüme|nümme|nimmer|not|no\s+longer|don't)(?!\p{L})/iu;

/** The find in a list said without the writer ("Schichtdienst mit Pikett, 24h-Dienste, das wott ich nümm"): refused by a later clause. */
function refusedLater(text: string, span: readonly [number, number]): boolean {
  const { before } = clauseOf(text, span);
  const clauses = sentenceOf(text, span).after.split(/[,;:]/);
  const at = clauses.slice(1, 4).findIndex((clause) => REFUSED_LATER.test(clause));
  if (at < 0) return false;
  return ![before, ...clauses.slice(0, at + 1)].some((clause) => SELF.test(clause));
}

/** "nothing with heavy lifting", "nüt mit Telefon", "nichts mehr mit Kunden", "Schluss mit Dach": what is excluded is not offered. Folded. */
const NOTHING_WITH_BEFORE = /(?:^|\s)(?:schluss\s+mit\s+(?:[\p{L}']+\s+){0,2}$|(?:nothing|nichts|nuet|nuent|nix)\s+(?:mehr\s+|more\s+)?(?:with|mit|involving|im|in)\s+(?:[\p{L}']+\s+){0,3}$)/u;

export function isDenied(text: string, span: readonly [number, number]): boolean {
  const { before, after } = clauseOf(text, span);
  const folded = fold(before).replace(/’/g, "'");
  const later = text.slice(span[1]);
  const negatedByNo = NO_BEFORE.test(folded) && !GERMAN_WORDS.test(fold(sentenceOf(text, span).before));
  if (NO_MORE_AFTER.test(after) || DISLIKED_AFTER.test(after) || NO_MORE_LATER.test(later) || GIVEN_UP_LATER.test(later) || NO_MORE_BEFORE.test(fold(sentenceOf(text, span).before)) || WITHOUT_BEFORE.test(folded)) return true;
  return NEGATED_BEFORE.test(folded) || negatedByNo || CANNOT_ANYMORE.test(folded) || AVOIDED_BEFORE.test(folded) || LITTLE_BEFORE.test(folded) || NEGATED_AFTER.test(after) || NOT_MINE_AFTER.test(after) || HARD_FOR_ME_AFTER.test(after) || TAKEN_BACK_LATER.test(later) || NOT_FOR_ME_LATER.test(later) || NOT_I_LATER.test(later) || calledPrivateLater(text, span) || RATHER_NOT_AFTER.test(after) || refusedLater(text, span) || NOTHING_WITH_BEFORE.test(folded);
}

/**
 * A wish said after the field or job it is about: "in die Logistik wechseln", "Floristin wär mein Wunschberuf", "… is my
 * dream job", a job still to become ("Konditorin zu werden", "Koch werden will"), an interest ("Netzwerke interessieren mich").
 */
const WISH_AFTER =
  /^\s+(?:(?:zu\s+)?(?:wechseln|umsteigen|einsteigen|umsatteln|reinkommen|switchen)|(?:wäre?|wär|isch|ist|is|would be)\s+(?:mein|mis|my)\s+(?:traum|wunsch|dream)\p{L}*|zu\s+werden|werden\s+(?:will|möchte|möcht|wott|wött|wett|wollte|würde)|(?:interessier\p{L}*|interests?)\s+(?:mich|mi|me)|(?:wäre?|wär|would\s+be)\s+(?:(?:echt|sehr|mega|so|really)\s+)?(?:toll|schön|super|ideal|cool|great|nice|perfekt|perfect|lässig))\b/iu;
/** A dream or wished-for job named before it: "Mein Traum wäre Pilotin", "my dream job is nurse". */
const DREAM_BEFORE = /\b(?:traum\p{L}*|wunschberuf|wunschjob|dream(?:\s+job)?)\s+(?:wäre?|wär|isch|ist|is|would be|was)\s+(?:\p{L}+\s+)?$/iu;
/**
 * A clause that only goes on with what the one before it began ("…, vielleicht in die Pflege", "…, zum Beispiel
 * Gärtnerin", "…, eher was im Büro", "…, gerne als Hausmeister", "…, wie man Websites baut", "…, maybe in sales"): it has no verb of its own,
 * so a wish said before it covers it.
 */
const GOES_ON = /^\s*(?:(?:aber|but|oder|or)\s+)?(?:(?:realistisch|realistically)\s+)?(?:vielleicht|vilicht|villicht|eventuell|evtl\.?|eher|lieber|zum beispiel|zb|etwa|am liebsten|am liebste|am liebschte|gerne?\s+(?:als|in|im|bei|bi)|gärn\s+(?:als|in|im|i|bi)|wie man|wie me|wo man|wo me|maybe|perhaps|preferably|rather|for example|such as|like|how to)\b/iu;

/** An item of a list of nouns: a noun, perhaps with an article or "oder"/"und" before it ("Mensa", "oder einem Heim"). */
const LIST_ITEM = /^\s*(?:(?:und|oder|or|and)\s+)?(?:(?:ein|eine|einer|einem|einen|der|die|das|dem|den|im|in|ins|e|ä|en|a|an|the)\s+)?(?:\p{Lu}[\p{L}-]*\s*)?$/u;
/** The rest of a list item's clause: nothing, or the list going on ("oder einem Heim am See"), no claim of the writer. */
const LIST_GOES_ON = /^\s*(?:(?:und|oder|or|and)\s|$)/iu;
const CLAIM_WORDS = /(?<!\p{L})(?:ich|i|kann|cha|chan|bin|habe|hab|han|ha|can|have)(?!\p{L})/iu;

/**
 * A noun in a list whose first item a wish governs ("Ich suche eine Stelle in einer Kantine, Mensa, Kita oder einem
 * Heim"): the wish covers every item, not only the one in its own clause. Not a clause after a wish that claims
 * ("Ich suche eine Stelle, Kochen kann ich gut").
 */
function wishedList(text: string, span: readonly [number, number], after: string): boolean {
  if (!LIST_GOES_ON.test(after) || CLAIM_WORDS.test(after)) return false;
  const clauses = sentenceOf(text, span).before.split(/[,;:]/);
  // The find's own clause may begin with an item of its own ("…, Kita oder Küche").
  const own = clauses[clauses.length - 1]!.replace(/(?:^|\s)\p{Lu}[\p{L}-]*\s+(?:und|oder|or|and)\s+$/u, ' ');
  if (clauses.length < 2 || !LIST_ITEM.test(own)) return false;
  let first = clauses.length - 2;
  while (first > 0 && LIST_ITEM.test(clauses[first]!) && clauses[first]!.trim() !== '') first -= 1;
  const head = clauses[first]!;
  // The list begins at a place or field the wish names ("… in einer Kantine", not "als Koch").
  return /\b(?:in|im|ins|bei|beim|an|am|i|bi|bim)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*\s*$/u.test(head) && WISH_BEFORE.test(clauses.slice(0, first + 1).join(','));
}

export function isWished(text: string, span: readonly [number, number]): boolean {
  const { before, after } = clauseOf(text, span);
  if (WISH_BEFORE.test(before) || REQUEST_BEFORE.test(before) || TO_LEARN.test(`${before} ${after}`) || WISH_AFTER.test(after) || DREAM_BEFORE.test(before)) return true;
  if (wishedList(text, span, after)) return true;
  const sentence = sentenceOf(text, span).before;
  const clauses = sentence.split(/[,;:]/);
  if (clauses.length < 2 || !GOES_ON.test(clauses[clauses.length - 1]!)) return false;
  const earlier = clauses.slice(0, -1).join(',');
  return WISH_BEFORE.test(earlier) || TO_LEARN.test(earlier);
}

/** Whether the clause of a span speaks about what someone else can do or is (see OTHER_PERSON). */
export function isOtherPerson(text: string, span: readonly [number, number]): boolean {
  return otherInClause(text, span, text.slice(span[0], span[1]));
}

/** Whether the clause up to `at` speaks of someone else's work ("Mein Bruder arbeitet als …", "meine Frau war …"): an occupation said there is theirs. */
export function saidOfOther(text: string, at: number): boolean {
  return at >= 0 && otherInClause(text, [at, at], 'als');
}

function otherInClause(text: string, span: readonly [number, number], skill: string): boolean {
  const { before, after } = clauseOf(text, span);
  // The verb may be part of the find itself ("Mein Bruder | repariert Handys").
  // A bare pronoun before a participle is its object ("und sie gepflegt"), so only a named person counts there.
  const verbOfNamed = /^\p{Ll}/u.test(skill) && !PRONOUN_SUBJECT.test(before) && saysOfOther(`${before}${skill}`, skill);
  // A clause that opens with "er"/"sie" and the find as its verb ("…, er sortiert gern"); not a participle, whose pronoun is its object ("und sie gepflegt").
  const opensClause = /(?:^|[,;:.!?]\s*)$/u.test(text.slice(0, span[0] - before.length));
  const verbOfPronoun = opensClause && /^\s*(?:er|sie|he|she)\s+$/iu.test(before) && /^(?!ge)\p{Ll}{3,}(?:t|s)$/u.test(skill.trim());
  if (!saysOfOther(before, skill) && !verbOfNamed && !verbOfPronoun && !sameOtherGoesOn(text, span, before)) return thingAsSubject(before, skill, after);
  return !(PRONOUN_SUBJECT.test(before) && lastNamedIsWard(text.slice(0, span[0] - before.length)));
}

/**
 * A claim after "und" that starts with a verb of the third person and no subject of its own ("Min Maa isch Polizist und schaffet
 * Schicht", "Mein Bruder ist Koch und macht Catering"): its subject is the one of the claim before, someone else's.
 */
const VERB_WITHOUT_SUBJECT = /^\s*(?:\p{Ll}{2,}(?:t|et)|isch|ist)\s/u;

function sameOtherGoesOn(text: string, span: readonly [number, number], before: string): boolean {
  if (!VERB_WITHOUT_SUBJECT.test(before)) return false;
  const start = Math.max(...[',', ';', '\n', '.', '!', '?', ':'].map((c) => text.lastIndexOf(c, span[0] - 1))) + 1;
  const claims = text.slice(start, span[0] - before.length).split(/\b(?:und|and)\b/iu);
  const previous = claims[claims.length - 2] ?? claims[claims.length - 1] ?? '';
  return saysOfOther(previous, '') && !(PRONOUN_SUBJECT.test(previous) && lastNamedIsWard(text.slice(0, start)));
}

/** A clause that starts with an article or a possessive and one noun ("Die Kasse", "Unsere Heizung", "Meine Krankenkasse", Swiss "üsi"). */
const NOUN_SUBJECT = /^\s*(?:(?:und|aber|and|but)\s+)?(?:der|die|das|dieser|diese|unser|unsere|mein|meine|dini|üsi|üsen|üses|the|our|my)\s+$/iu;
/** Also the Swiss articles "d", "s", "dr", "de" ("D Krankekasse zahlt mir d Umschulig nöd"). */
const NOUN_THEN_VERB = /^\s*(?:(?:und|aber|and|but)\s+)?(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]ieser|[Dd]iese|[Uu]nser|[Uu]nsere|[Mm]ein|[Mm]eine|[Dd]ini|[Üü]si|[Üü]sen|[Üü]ses|[Tt]he|[Oo]ur|[Mm]y|[Dd]|[Ss]|[Dd]r|[Dd]e)\s+(\p{Lu}[\p{L}-]*)\s+$/u;
/** A finite verb of the third person, optionally after a place or owner ("im Supermarkt", "von Swisscom"), not before "ich" (a fronted object) nor the writer ("liegt mir", "ist meine Leidenschaft"). */
const THIRD_PERSON_AFTER =
  /^(?:\s+(?:im|in|von|vom|bei|beim|am|auf|at|in the|of|of the)\s+(?:der\s+|dem\s+|the\s+)?\p{L}+)?\s+(?:ist|war|wird|isch|is|was|\p{Ll}{2,}t)\b(?!\s+(?:ich|i|mir|mich|mein|meine|meiner|mis|mini|me|my)\b)/u;

/**
 * A thing or a stranger as the subject of the clause ("Die Kasse im Supermarkt war heute langsam", "Unsere
 * Heizung ist kaputt", "Unsere Putzfrau kommt jeden Freitag", "Meine Krankenkasse zahlt das nicht", "Der Router
 * blinkt"): the clause tells what happens to or around the writer, not what they can. The one the writer speaks
 * for ("Mein Sohn kocht gern") stays theirs, and so does what the thing is to the writer ("Die Buchhaltung
 * liegt mir", "Kochen ist meine Leidenschaft").
 */
function thingAsSubject(before: string, skill: string, after: string): boolean {
  if (ownedThingActs(before)) return true;
  if (NOUN_SUBJECT.test(before) && /^\p{Lu}[\p{L}-]*$/u.test(skill.trim())) return !IS_WARD.test(skill.trim()) && THIRD_PERSON_AFTER.test(after);
  const noun = NOUN_THEN_VERB.exec(before)?.[1];
  return !!noun && !IS_WARD.test(noun) && /^(?:ist|war|wird|isch|\p{Ll}{2,}t)$/u.test(skill.trim());
}

/**
 * A thing or a stranger as the subject, its verb, then the find ("Mein Laptop hat noch Windows 7", "Mis Auto isch i
 * de Garage", "Mein Chef hat mich im Lager angeschrien"): said of that thing, not of what the writer can. Not the
 * nouns that say what the writer's own work is ("Mein Schwerpunkt war die Lohnbuchhaltung", "Meine Aufgabe ist …").
 */
const OWNED_THING_ACTS = /^\s*(?:(?:und|aber|and|but)\s+)?(?:der|die|das|dieser|diese|unser|unsere|mein|meine|dini|üsi|üsen|üses|the|our|my|d|s|de|dr|mis|mini|min|mi)\s+([\p{L}-]+)\s+(?:ist|isch|war|wird|hat|het|hatte|hät|is|was|has|had|\p{Ll}{2,}t)\s/iu;
const OWN_WORK_NOUN =
  /(?:job|aufgabe|aufgaben|schwerpunkt|stärke|stärken|hobby|hobbys|arbeit|beruf|tätigkeit|tätigkeiten|spezialität|lehre|ausbildung|erfahrung|fokus|alltag|leidenschaft|bereich|fach|ziel|stelle|rolle|funktion|position|studium|abschluss|kurs|diplom|kenntnisse|sprache|verantwortung|kompetenz|kompetenzen|fähigkeit|fähigkeiten|talent|ding|sache|gebiet|deutsch|isch)$/iu;

function ownedThingActs(before: string): boolean {
  const noun = OWNED_THING_ACTS.exec(before)?.[1];
  if (!noun || !/^\p{Lu}/u.test(noun) || OWN_WORK_NOUN.test(noun) || IS_PERSON.test(noun)) return false;
  return !/\b(?:ich|I)\b/u.test(before.slice(before.indexOf(noun) + noun.length));
}

const PRONOUN_SUBJECT = /^\s*(?:(?:und|auch|also|dann|aber|and|but)\s+)*(?:er|sie|he|she)\b/iu;
const PERSON_NAMED = /\b(?:mein|meine|meinem|meinen|meiner|unser|unsere|unseren|unserem|mis|mini|min|my|our)\s+(\p{L}+)(?:\s+(\p{L}+))?/giu;
const IS_WARD = new RegExp(`^${WARD}$`, 'iu');
const IS_PERSON = new RegExp(`^(?:${WARD}|${RELATIVE})$`, 'iu');
/** An adjective before the noun ("mein ältester Sohn", "our youngest son"). */
const ADJECTIVE = /(?:e|er|en|es|est|st|ste|ster|sten)$/iu;

/**
 * The writer says they write for someone ("Als Betreuerin schreibe ich für Herrn K.", "I'm a job coach writing for
 * a client", "ich bin Jobcoach und begleite eine junge Frau", "Ich bin d Mueter vom Noé"): "er" and "sie" after it
 * are that person, whose profile it is.
 */
const SPEAKS_FOR =
  /\b(?:(?:schreibe?|schriibe?)\s+(?:ich\s+|i\s+)?(?:für|im namen|fuer|fürs)|writing\s+(?:for|on behalf)|write\s+(?:for|on behalf)|on behalf of|begleite|betreue)\b|\b(?:ich bin|i bi|bin|i'm|i am)\s+(?:\p{L}+\s+)?(?:jobcoach|job-coach|job coach|coach|betreuer|betreuerin|beistand|beiständin|sozialarbeiter(?:in)?|sozialpädagog(?:e|in)|bezugsperson|social worker|carer|caseworker|case worker)\b|\b(?:ich bin|i bi|bin|i'm|i am)\s+(?:d|die|der|dr|de|the)\s+(?:mutter|mueter|muetter|vater|vatter|mami|mama|papi|papa|mother|father|mum|mom|dad)\s+(?:vom|von|vo|of)\b/iu;

/** The role of one who writes for someone else ("ich bin Jobcoach", "Als Betreuerin schreibe ich", "I'm a job coach writing for", "I'm a job coach. My client …"). */
const SPEAKER_ROLE =
  /\b(?:(?:ich bin|i bi|bin|i'm|i am)\s+(?:(?:a|an|the|e|en|ein|eine)\s+)?|als\s+|as\s+(?:a|an)\s+)((?:job[\s-]?coach|jobcoach|coach|betreuer|betreuerin|beistand|beiständin|sozialarbeiter(?:in)?|sozialpädagog(?:e|in)|bezugsperson|social worker|carer|caseworker|case worker))\b(?=[^.!?]*\b(?:schreibe|schriibe|writing|write|begleite|betreue|für|for|on behalf)\b|[\s\S]*\b(?:my client|our client|mein klient|meine klientin|mi klient|mini klientin|min klient)\b)/giu;

/** Whether a span stands in the role the writer names while writing for someone else: their work, not the profile's skill. */
export function isSpeakerRole(text: string, span: readonly [number, number]): boolean {
  for (const m of text.matchAll(SPEAKER_ROLE)) {
    const start = m.index! + m[0].length - m[1]!.length;
    if (span[0] < start + m[1]!.length && start < span[1]) return true;
  }
  return false;
}

/** Whether the last person the writer named ("mein Sohn", "meine Klientin", "mein Mann") is one they speak for. */
function lastNamedIsWard(earlier: string): boolean {
  let ward = SPEAKS_FOR.test(earlier);
  for (const [, first, second] of earlier.matchAll(PERSON_NAMED)) {
    const noun = second !== undefined && ADJECTIVE.test(first) && IS_PERSON.test(second) ? second : first;
    if (IS_PERSON.test(noun)) ward = IS_WARD.test(noun);
  }
  return ward;
}

/** Whether the clause of a span tells how the person travels to work or school (see COMMUTE). */
export function isCommute(text: string, span: readonly [number, number]): boolean {
  const { before, after } = clauseOf(text, span);
  // A ride the skill's words end in ("ich fahre mit dem Bus", "fahr mit dem Fahrrad oder Bus") is one as a passenger.
  if (RIDDEN_ENDS.test(`${before}${text.slice(span[0], span[1])}`)) return true;
  // The claim ends at "und" as it starts after one: "Ich habe einen Staplerschein und fahre mit dem Auto zur Arbeit".
  const clause = `${before}${text.slice(span[0], span[1])}${after.split(CLAIM_BREAK)[0] ?? ''}`;
  return COMMUTE.test(clause) && BY_VEHICLE.test(clause);
}

/**
 * The opening salutation of a message or letter ("Liebes HR-Team,", "Sehr geehrtes Team der Lehrstellenbörse",
 * "Dear Sales Team"): the words after it up to the first mark name whom the writer addresses, not what they can.
 */
// "Hallo" alone is not enough: "Hallo schweissen kann ich" opens with a greeting, not an address.
const SALUTATION = /^\s*(?:(?:hallo|hoi|hi|hey|grüezi|salü|guten tag)\s+)?(?:liebe[rs]?|sehr geehrte[rs]?|geschätzte[rs]?|dear)\s+(?:[\p{L}-]+\s+){0,5}$/iu;
const FIRST_PERSON = /\b(?:ich|i|i'm|mein|meine|mis|my|bin|bi)\b/iu;

/** Whether a span stands in the message's opening salutation, before its first mark (see SALUTATION). */
export function isAddressed(text: string, span: readonly [number, number]): boolean {
  const before = text.slice(0, span[0]);
  return !/[,;:.!?\n]/.test(before) && SALUTATION.test(before) && !FIRST_PERSON.test(before);
}

/** A message that opens by asking to be shown or sent something ("Bitte zeig mer Stelle z Luzern, …", "Show me jobs in …"). */
const REQUEST_OPENING = /^\s*(?:(?:bitte|please|hallo|hoi|hi|hey|grüezi|sali|salü)[\s,!]+)?(?:(?:can|could) you\s+|kannst du\s+|chasch\s+|chönnd ihr\s+|könnt ihr\s+)?(?:zeig|zeige|zeiged|show|schick|send|find|list|gib)\b/iu;
/** Words of a claim about oneself: with one, the message tells something as well as asking. */
const FIRST_PERSON_CLAIM = /\b(?:ich|i|bin|bi|habe|hab|han|hani|kann|cha|chan|i'm|i've|i am|i have|i can)\b/iu;

/** A request is one short chat message: a longer text (an ad, a CV) that opens with "Find …" is no request. */
const MAX_REQUEST_CHARS = 200;

/** Whether the whole message only asks for something ("Bitte zeig mer Stelle z Luzern, Lager oder Logistik"): the fields it names are wished for. */
export function isRequestOnly(text: string): boolean {
  return text.length <= MAX_REQUEST_CHARS && REQUEST_OPENING.test(text) && !FIRST_PERSON_CLAIM.test(text);
}

/**
 * A German participle in the passive ("jetzt wurde meine Stelle gestrichen", "das Lager wurde umgebaut"): something
 * was done to a thing, by nobody the writer names.
 */
const PASSIVE_BEFORE = /\b(?:wurde|wurden|worden|wird)\b/iu;

export function isPassive(text: string, span: readonly [number, number]): boolean {
  const words = text.slice(span[0], span[1]).trim();
  return /^(?:ge\p{Ll}+(?:t|en)|\p{Ll}+iert|\p{Ll}+ge\p{Ll}+(?:t|en))$/u.test(words) && PASSIVE_BEFORE.test(clauseOf(text, span).before) && !/\b(?:ich|i)\s+(?:wurde|wurden|worden|wird)\b/iu.test(clauseOf(text, span).before);
}

/**
 * One's child going to a place ("Mein Kind geht in die Kita", "Die Kinder sind jetzt im Kindergarten", "my son goes to
 * school"): the child attends it, nobody works there.
 */
const CHILD = String.raw`(?:kind|kinder|sohn|tochter|söhne|töchter|kleine|kleinen|chind|chinde|bueb|buebe|meitli|goofe|kids|children|child|son|daughter)`;
const CHILD_ATTENDS = new RegExp(
  String.raw`(?:^|[\s,;])(?:mein|meine|unser|unsere|die|d|mis|mini|üsi|üses|my|our|the)\s+(?:\p{L}+\s+)?${CHILD}\s+(?:geht|gehen|gaht|gönd|göhnd|goes|go|ist|sind|isch|sin|is|are)\s+(?:(?:jetzt|schon|bald|noch|now|already)\s+)*(?:in die|in den|in das|in der|ins|im|i d|i de|id|is|zur|zum|in|to|at)\s+(?:the\s+)?$`,
  'iu',
);

export function isChildsPlace(text: string, span: readonly [number, number]): boolean {
  return CHILD_ATTENDS.test(clauseOf(text, span).before);
}

/**
 * A thing the writer or the one they write for has ("Wir haben eine neue Heizung im Keller", "hatte einen Gips", "het e
 * IV-Verfüegig", "ha e Python als Haustier"): owned, worn or received, not work done. Not a certificate, a training or a
 * quality ("habe einen Staplerschein", "eine Pflegeausbildung", "eine hohe Belastbarkeit"), nor the object of a verb that
 * ends the clause ("habe eine Kasse geführt", "han e Mur gmacht").
 */
const HAS_A =
  /\b(?:[Hh]abe|[Hh]ab|[Hh]a|[Hh]an|[Hh]ani|[Hh]at|[Hh]et|[Hh]ät|[Hh]atte|[Hh]atten|[Hh]aben|[Hh]änd|[Hh]end|have|has|had|got)\s+(?:(?:noch|auch|au|schon|scho|jetzt|grad|nur)\s+)?(?:e|en|es|ä|ein|eine|einen|a|an)\s+(?:\p{Ll}+\s+){0,2}$/u;
const HELD_NOT_THING =
  /(?:schein|scheine|ausweis|usweis|zertifikat|brevet|lizenz|licen[cs]e|certificate|permit|ausbildung|lehre|abschluss|diplom|erfahrung|kenntnisse|kurs|studium|weiterbildung|praktikum|kompetenz|kompetenzen|fähigkeit|fähigkeiten|vermögen|gabe|verständnis|initiative|bereitschaft|stärke|keit|heit|geschick|gespür|talent|flair|sinn|geduld|ruhe|händchen)$/iu;
const VERB_ENDS_CLAUSE = /\p{Ll}{3,}(?:t|en)\s*$/u;

export function isThingHad(text: string, span: readonly [number, number]): boolean {
  const words = text.slice(span[0], span[1]).trim();
  if (/\s/.test(words) || !/^\p{Lu}/u.test(words) || HELD_NOT_THING.test(words)) return false;
  const { before, after } = clauseOf(text, span);
  return HAS_A.test(before) && !VERB_ENDS_CLAUSE.test(after.split(CLAIM_BREAK)[0] ?? '');
}

/** A skill the writer does not claim: asked about, denied, wished for, someone else's, a way to work, or the addressee (see the module comment). */
export function notClaimed(text: string, span: readonly [number, number]): boolean {
  return (
    isQuestioned(text, span) ||
    isThingHad(text, span) ||
    isChildsPlace(text, span) ||
    isDenied(text, span) ||
    isWished(text, span) ||
    isOtherPerson(text, span) ||
    isCommute(text, span) ||
    isAddressed(text, span) ||
    isRequestOnly(text) ||
    isSpeakerRole(text, span) ||
    isPassive(text, span)
  );
}

/**
 * A licence or certificate the writer says they hold ("Ich habe einen Staplerschein", "besitze den
 * Schweisserausweis", "I have a forklift licence"): a one-word alias is strong evidence here, for nobody holds
 * the certificate of a skill they lack. Denied or wished-for certificates are left to notClaimed.
 */
const CERTIFICATE = /(?:schein|scheine|ausweis|zertifikat|brevet|lizenz|licen[cs]e|certificate|permit)$/iu;
const HOLDS = /\b(?:habe|hab|han|ha|hani|hätte|besitze|bsitze|verfüge über|have|got|hold|mit)\b/iu;

export function heldCertificate(text: string, span: readonly [number, number]): boolean {
  if (!CERTIFICATE.test(text.slice(span[0], span[1]).trim()) || notClaimed(text, span)) return false;
  return HOLDS.test(clauseOf(text, span).before);
}
