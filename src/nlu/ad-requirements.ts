/**
 * The words a job ad asks for, read from where ads list them: the task and requirement sections
 * ("Aufgaben", "Dein Profil", "Anforderungen", "Was du mitbringst", "Qualifikation") up to the
 * section of what is offered ("Benefits", "Wir bieten"), and anywhere after a cue ("Kenntnisse in
 * SAP MM", "Erfahrung mit Excel", "Umgang mit Stücklisten"). Ads arrive with their line breaks
 * collapsed, so a section is found by its heading, not by its bullets.
 *
 * Each candidate is one noun-like word (or a run of them: "Master Data Management") with its span;
 * the caller resolves it to a concept or keeps it as the posting's own skill word. Precision guard:
 * nothing from the offer section, no adjectives, no generic nouns of ads ("Erfahrung", "Team",
 * "Arbeitszeiten", "Partner"), no languages.
 */
import { fold } from './tokens';

/** Headings that open a section of tasks or requirements (after the end of a sentence, or with a possessive). */
const OPENING =
  /(?:^|[^\p{L}\p{N}\s,]\s*|\b(?:Ihre|Deine|Dein|Ihr|Unsere|Was|Das|Damit)\s+)(?:Aufgaben|Tätigkeiten|Aufgabengebiet|Verantwortung|Qualifikation(?:en)?|Profil|Anforderungen|Anforderungsprofil|Voraussetzungen|Kenntnisse|du\s+mitbringst|Sie\s+mitbringen|bringst\s+du\s+mit|bringen\s+Sie\s+mit|überzeugt\s+uns)\b/gu;

/** Headings that open what the employer offers or tells about itself: its nouns are not asked for. */
const CLOSING =
  /\b(?:Benefits|Wir\s+bieten|Was\s+wir\s+(?:dir|Ihnen)?\s*bieten|bieten\s+wir|Unser\s+Angebot|Deine\s+Vorteile|Ihre\s+Vorteile|Deine\s+Benefits|Ihre\s+Benefits|Über\s+uns|Kontakt|Find\s+Jobs)\b/gu;

/** Cues after which the next nouns are what is asked for, wherever they stand. */
const CUE = /\b(?:Kenntnisse|Kenntnissen|Erfahrung|Erfahrungen|Know-how|Knowhow|Umgang|Expertise|Verständnis|Sicherheit|Affinität)\s+(?:in|im|mit|von|der|des|für|zu|zur|zum|bei|auf)\s+/gu;

/** Nouns ads use for everything: the job, the company, the people, the terms, the degree, the language. */
const GENERIC = new Set(
  [
    'aufgaben', 'aufgabe', 'qualifikation', 'qualifikationen', 'profil', 'anforderungen', 'erfahrung', 'erfahrungen', 'berufserfahrung', 'kenntnisse', 'kenntnissen',
    'grundkenntnisse', 'fachkenntnisse', 'vorkenntnisse', 'bereich', 'bereichen', 'umfeld', 'rahmen', 'unterstuetzung', 'mitarbeit', 'bereitschaft', 'freude', 'spass',
    'interesse', 'motivation', 'ausbildung', 'studium', 'abschluss', 'weiterbildung', 'qualifizierung', 'jahre', 'jahren', 'jahr', 'team', 'teams', 'kollegen',
    'kolleginnen', 'unternehmen', 'firma', 'kunden', 'kundinnen', 'partner', 'partnern', 'partnerunternehmen', 'auftrag', 'auftraggeber', 'standort', 'standorte',
    'arbeitszeiten', 'arbeitszeit', 'arbeitsplatz', 'gehalt', 'verguetung', 'urlaub', 'homeoffice', 'bewerbung', 'lebenslauf', 'stelle', 'position', 'rolle',
    'deutsch', 'englisch', 'franzoesisch', 'italienisch', 'deutschkenntnisse', 'englischkenntnisse', 'sprachkenntnisse', 'wort', 'schrift', 'vorteil', 'plus',
    'idealerweise', 'sie', 'du', 'wir', 'ihr', 'ihre', 'dein', 'deine', 'uns', 'unser', 'unsere', 'einsatz', 'zukunft', 'perspektive', 'moeglichkeit', 'moeglichkeiten',
    'arbeit', 'arbeiten', 'taetigkeit', 'taetigkeiten', 'art', 'weise', 'sinne', 'teil', 'ziel', 'ziele', 'zeit', 'ende', 'beginn', 'start', 'tag', 'woche', 'monat',
    'hand', 'blick', 'fokus', 'mensch', 'menschen', 'welt', 'markt', 'produkte', 'produkten', 'themen', 'thema', 'fragen', 'sachen', 'dinge', 'mitarbeitende',
    'mitarbeiter', 'mitarbeitern', 'mitarbeiterinnen', 'kandidaten', 'quereinsteiger', 'einarbeitung', 'feld', 'lage', 'fall', 'vollzeit', 'teilzeit', 'remote',
    'aufbau', 'entwicklung', 'verantwortung', 'durchfuehrung', 'umsetzung', 'betreuung', 'sicherheit', 'verstaendnis', 'ansprechpartner', 'schnittstelle',
    'dabei', 'auch', 'zudem', 'desweiteren', 'des weiteren', 'ausserdem', 'zusaetzlich', 'gerne', 'ebenso', 'sowie', 'hierbei', 'dazu', 'darueber', 'vor', 'allem',
    'gespuer', 'potenzial', 'abteilung', 'region', 'geschaeftsfuehrung', 'leitung', 'vorgesetzten', 'anwendern', 'nutzer', 'nutzern', 'tools', 'systeme',
  ].map((w) => fold(w)),
);

/** Capitalised adjectives and participles at the start of a list item ("Mehrjährige", "Abgeschlossene", "Sehr", "Gute"). */
const ADJECTIVE = /(?:ig|lich|isch|bar|sam|haft|iv|ell|al|ene|enen|ener|ende|enden|ender|(?:iert|ert|et)(?:e|er|es|en)|ige|iger|igen|iges|iche|icher|ichen|isches|ische|ischen|ive|iven|elle|ellen|ale|alen|gute|guter|gutes|guten|sicher|sichere|sicherer|sicheres|sicheren|solide|soliden|sehr|hohe|hoher|hohes|hohen|erste|ersten|neue|neuen|neuer)$/u;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#./&-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu;

/** One candidate: the words and where they stand. */
export interface AdCandidate {
  text: string;
  span: [number, number];
}

/** Character ranges of the task and requirement sections (open) or of what is offered (closed). */
function sections(text: string, open = true): [number, number][] {
  const marks: { at: number; open: boolean }[] = [
    ...[...text.matchAll(OPENING)].map((m) => ({ at: m.index! + m[0].length, open: true })),
    ...[...text.matchAll(CLOSING)].map((m) => ({ at: m.index!, open: false })),
  ].sort((a, b) => a.at - b.at);
  const out: [number, number][] = [];
  let from: number | undefined;
  for (const mark of marks) {
    if (mark.open === open && from === undefined) from = mark.at;
    else if (mark.open !== open && from !== undefined) {
      out.push([from, mark.at]);
      from = undefined;
    }
  }
  if (from !== undefined) out.push([from, text.length]);
  return out;
}

/** Where an ad tells what it offers ("Wir bieten: flexible Arbeitszeiten, einen zuverlässigen Partner"): nothing there is asked for. */
export function adOfferRanges(text: string): [number, number][] {
  return sections(text, false);
}

/** Where a cue's object stands: up to the end of its clause. */
function cueRanges(text: string): [number, number][] {
  return [...text.matchAll(CUE)].map((m) => {
    const from = m.index! + m[0].length;
    const rest = text.slice(from);
    const stop = rest.search(/[.;:!?\n()]|\s(?:und|oder|sowie)\s+(?:\p{Ll}|Sie\b|du\b)|\s(?:sowie|runden|haben|sind|bist|hast|bringen|bringst|wünschenswert|von\s+Vorteil)\b/u);
    return [from, from + (stop < 0 ? Math.min(rest.length, 80) : stop)];
  });
}

/** Job titles: an ad names the trade it wants ("Ausbildung als Industriekaufmann"), which is no skill. */
const TITLE =
  /(?:kaufmann|kauffrau|kaufleute|techniker|elektroniker|informatiker|ingenieur|meister|leiter|berater|manager|entwickler|mitarbeiter|assistent|referent|sachbearbeiter|spezialist|koordinator|fachkraft|helfer|monteur|mechaniker|mechatroniker|elektriker|fachmann|fachfrau|korrespondent|specialist|engineer|developer)(?:in|innen|en|s)?$/u;

function candidateWord(word: string): boolean {
  const key = fold(word);
  if (TITLE.test(key)) return false;
  if (/^[A-Z0-9][A-Z0-9+#./-]{1,7}$/.test(word) && /[A-Z]/.test(word)) return !/^(?:M|W|D|MWD|GMBH|AG|CH|DE|EU|UND|IT)$/.test(word.replace(/[/.]/g, ''));
  if (!/^\p{Lu}/u.test(word) && !/^\p{Ll}+[A-Z]/u.test(word)) return false;
  if (key.length < 4 || GENERIC.has(key) || GENERIC.has(key.replace(/-.*$/, ''))) return false;
  return !ADJECTIVE.test(key);
}

/** The candidates of an ad (see the module comment), in text order, without overlaps. */
export function adRequirementCandidates(text: string): AdCandidate[] {
  const ranges = [...sections(text), ...cueRanges(text)].sort((a, b) => a[0] - b[0]);
  const out: AdCandidate[] = [];
  let covered = 0;
  for (const [from, to] of ranges) {
    const start = Math.max(from, covered);
    if (start >= to) continue;
    let run: AdCandidate | undefined;
    for (const m of text.slice(start, to).matchAll(WORD)) {
      const at = start + m.index!;
      const word = m[0];
      const joined = run && /^[ ]$/.test(text.slice(run.span[1], at));
      if (candidateWord(word)) {
        if (run && joined) run = { text: text.slice(run.span[0], at + word.length), span: [run.span[0], at + word.length] };
        else {
          if (run) out.push(run);
          run = { text: word, span: [at, at + word.length] };
        }
      } else if (run) {
        out.push(run);
        run = undefined;
      }
    }
    if (run) out.push(run);
    covered = to;
  }
  return out;
}
