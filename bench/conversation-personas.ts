/**
 * The people of the walk-through benchmark (`npm run eval:conversation`): eight scripted personas
 * who chat with Lotse as they would, typing in their own words first and tapping a button only
 * when Lotse did not understand them. Written before the conversation flow was changed, so the
 * figures before and after come from the same people.
 *
 * A persona answers by topic (what the open question asks about; bench/eval-conversation.ts reads
 * the topic from the question's buttons). Each topic holds the answers in the order the person
 * would give them: the first time the topic is asked the first answer, after a "nicht verstanden"
 * the next one, and so on; the last answer is repeated when they run out. `tap` names a button by
 * its action without the question tag ("lang:de-CH", "lvl:basic"), `say` types text.
 */

/** What the open question is about. */
export type Topic =
  | 'language'
  | 'consent'
  | 'name'
  | 'situation'
  | 'goal'
  | 'skills'
  | 'confirm'
  | 'level'
  | 'source'
  | 'interestOffer'
  | 'interestItem'
  | 'school'
  | 'training'
  | 'experience'
  | 'place'
  | 'radius'
  | 'pensum'
  | 'start'
  | 'kind'
  | 'languages'
  | 'mobility'
  | 'visibility'
  | 'alert'
  | 'summary'
  | 'next';

export type Answer = { tap: string } | { say: string };

export interface Persona {
  id: string;
  /** Who this is, in one line. */
  who: string;
  /** The browser's locale the web chat sends. */
  clientLocale: string;
  /** Taps the suggested buttons whenever one fits (the "cooperative" person of the ≤ 25 goal). */
  cooperative: boolean;
  answers: Partial<Record<Topic, Answer[]>>;
  /** Skill labels the person means; a «Meinst du …?» for anything else is a misunderstanding and gets "nein". */
  skills: RegExp;
  /** The profile summary must show these … */
  summaryMust?: RegExp[];
  /** … and must not show these (a misread stored as fact). */
  summaryMustNot?: RegExp[];
}

const say = (text: string): Answer => ({ say: text });
const tap = (action: string): Answer => ({ tap: action });

export const PERSONAS: Persona[] = [
  {
    id: 'pupil-ch',
    who: 'Lea, 15, Sek B in Olten, writes Swiss German dialect, likes drawing and computers',
    clientLocale: 'de-CH',
    cooperative: false,
    answers: {
      language: [tap('lang:de-CH')],
      consent: [say('jo passt'), tap('consent:yes')],
      name: [say('Lea')],
      situation: [say('ich gang no id sek'), tap('sit:pupil')],
      goal: [say('e lehrstell, öppis mit technik oder zeichne')],
      skills: [say('ich zeichne gern u bi guet am computer'), tap('sk:done')],
      level: [say('chli'), tap('lvl:basic')],
      source: [say('i de schuel'), tap('src:school')],
      interestOffer: [say('weiss nöd'), tap('int:check')],
      interestItem: [say('stimmt'), say('geht so'), say('eher nöd'), say('stimmt'), say('nei'), say('geht so')],
      school: [say('sek b')],
      training: [tap('trn:none')],
      experience: [tap('yrs:0')],
      place: [say('Olte'), say('4600')],
      radius: [say('nöd so wiit'), tap('rad:10')],
      pensum: [tap('pen:full')],
      start: [say('im summer nach dr schuel'), tap('start:later')],
      kind: [say('e lehrstell'), tap('kind:apprenticeship')],
      languages: [say('dütsch, bitz englisch u franz'), tap('lng:germanNative')],
      mobility: [say('ich bi 15, ha kei uswiis'), tap('mob:transit')],
      visibility: [tap('vis:anonymous')],
      alert: [tap('yn:yes')],
      summary: [tap('sum:jobs')],
    },
    skills: /zeichn|computer|informatik|gestalt|grafik|digital/i,
    summaryMust: [/Olten/, /Lehrstelle/, /Deutsch/],
    summaryMustNot: [/Führerschein/],
  },
  {
    id: 'school-leaver-ch',
    who: 'Luca, 16, just finished school in Solothurn, wants a Lehrstelle as Elektroinstallateur, taps buttons',
    clientLocale: 'de-CH',
    cooperative: true,
    answers: {
      language: [tap('lang:de-CH')],
      consent: [tap('consent:yes')],
      name: [say('Luca')],
      situation: [tap('sit:school_leaver')],
      goal: [say('Lehrstelle als Elektroinstallateur')],
      skills: [say('handwerklich geschickt und ich kann gut mit Strom und Kabeln umgehen'), tap('sk:done')],
      level: [tap('lvl:good')],
      source: [tap('src:school')],
      interestOffer: [tap('int:sure')],
      interestItem: [tap('ria:yes')],
      school: [tap('sch:lower')],
      training: [tap('trn:none')],
      experience: [tap('yrs:0')],
      place: [say('4500 Solothurn')],
      radius: [tap('rad:25')],
      pensum: [tap('pen:full')],
      start: [tap('start:later')],
      kind: [tap('kind:apprenticeship')],
      languages: [tap('lng:germanNative')],
      mobility: [tap('mob:transit')],
      visibility: [tap('vis:anonymous')],
      alert: [tap('yn:yes')],
      summary: [tap('sum:jobs')],
    },
    skills: /hand|elektr|strom|kabel|install/i,
    summaryMust: [/Solothurn/, /Lehrstelle/],
  },
  {
    id: 'returner-ch',
    who: 'Sandra, 38, back after eight years of family work, was a Kauffrau, wants part time near Grenchen',
    clientLocale: 'de-CH',
    cooperative: true,
    answers: {
      language: [tap('lang:de-CH')],
      consent: [tap('consent:yes')],
      name: [say('Sandra')],
      situation: [tap('sit:returner')],
      goal: [say('Teilzeit im Büro, 50 bis 60 Prozent')],
      skills: [say('Buchhaltung, Kundenkontakt und Organisieren, Excel kann ich auch'), tap('sk:done')],
      level: [tap('lvl:good')],
      source: [tap('src:work')],
      interestOffer: [tap('int:sure')],
      interestItem: [tap('ria:some')],
      school: [tap('sch:middle')],
      training: [say('Kauffrau EFZ')],
      experience: [tap('yrs:6')],
      place: [say('Grenchen')],
      radius: [tap('rad:25')],
      pensum: [say('50 bis 60 %'), tap('pen:part')],
      start: [tap('start:soon')],
      kind: [tap('kind:permanent')],
      languages: [tap('lng:germanNative')],
      mobility: [tap('mob:both')],
      visibility: [tap('vis:private')],
      alert: [tap('yn:yes')],
      summary: [tap('sum:jobs')],
    },
    skills: /buchhalt|kund|organis|excel|büro|admin|tabellen|rechnungs/i,
    summaryMust: [/Grenchen/],
  },
  {
    id: 'career-changer-de',
    who: 'Timo, 29, Industriemechaniker in Stuttgart, wants to move towards Mechatronik',
    clientLocale: 'de-DE',
    cooperative: false,
    answers: {
      language: [tap('lang:de-DE')],
      consent: [say('ja klar'), tap('consent:yes')],
      name: [say('Timo')],
      situation: [say('bin Industriemechaniker und will Richtung Mechatronik'), tap('sit:career_changer')],
      goal: [say('Richtung Mechatronik')],
      skills: [say('Drehen, Fräsen, Hydraulik und ein bisschen SPS'), tap('sk:done')],
      level: [say('gut'), tap('lvl:good')],
      source: [say('in der Ausbildung'), tap('src:apprenticeship')],
      interestOffer: [say('Richtung Mechatronik'), tap('int:sure')],
      interestItem: [tap('ria:yes')],
      school: [say('Realschule'), tap('sch:lower')],
      training: [say('Industriemechaniker')],
      experience: [say('seit 8 Jahren'), tap('yrs:6')],
      place: [say('70173 Stuttgart')],
      radius: [say('so 30 km'), tap('rad:25')],
      pensum: [say('Vollzeit')],
      start: [say('in drei Monaten'), tap('start:soon')],
      kind: [say('feste Stelle'), tap('kind:permanent')],
      languages: [say('Deutsch Muttersprache, Englisch B1')],
      mobility: [say('hab Führerschein und Auto'), tap('mob:car')],
      visibility: [tap('vis:anonymous')],
      alert: [tap('yn:yes')],
      summary: [tap('sum:jobs')],
    },
    skills: /dreh|fräs|hydraul|sps|steuerung|mechatron|zerspan|pneumat/i,
    summaryMust: [/Stuttgart/],
  },
  {
    id: 'nurse-en',
    who: 'Maria, 34, registered nurse from the Philippines, six years on a ward, new in Solothurn, writes English',
    clientLocale: 'en-US',
    cooperative: false,
    answers: {
      language: [tap('lang:en')],
      consent: [say('yes ok'), tap('consent:yes')],
      name: [say('Maria')],
      situation: [say('I am a nurse and just moved to Switzerland'), tap('sit:international')],
      goal: [say('a job as a nurse in a hospital')],
      skills: [say('patient care, wound care, medication and vital signs, 6 years on a surgical ward'), tap('sk:done')],
      level: [say('very good'), tap('lvl:expert')],
      source: [say('at work'), tap('src:work')],
      interestOffer: [tap('int:sure')],
      interestItem: [tap('ria:yes')],
      school: [say('Bachelor of Nursing'), tap('sch:university')],
      training: [say('Bachelor of Nursing')],
      experience: [say('6 years'), tap('yrs:6')],
      place: [say('Solothurn')],
      radius: [tap('rad:25')],
      pensum: [say('80 to 100'), tap('pen:high')],
      start: [say('as soon as possible'), tap('start:asap')],
      kind: [say('permanent job'), tap('kind:permanent')],
      languages: [say('English C1, Tagalog native, German A2')],
      mobility: [say('public transport'), tap('mob:transit')],
      visibility: [tap('vis:anonymous')],
      alert: [tap('yn:yes')],
      summary: [tap('sum:jobs')],
    },
    skills: /patient|wound|medicat|vital|nurs|care|pfleg|wund|medikament/i,
    summaryMust: [/Solothurn/, /German|Deutsch/],
    summaryMustNot: [/Controlling/],
  },
  {
    id: 'coached-ch',
    who: 'Peter, 45, supported by a job coach after a long sick leave, answers vaguely',
    clientLocale: 'de-CH',
    cooperative: false,
    answers: {
      language: [tap('lang:de-CH')],
      consent: [say('ja'), tap('consent:yes')],
      name: [say('Peter')],
      situation: [say('mein jobcoach hat gesagt ich soll das machen'), tap('sit:supported')],
      goal: [say('egal, einfach wieder arbeiten')],
      skills: [say('lager, staplerfahren und ordnung halten'), tap('sk:done')],
      level: [say('geht so'), tap('lvl:good')],
      source: [say('weiss nöd'), tap('src:skip')],
      interestOffer: [say('vielleicht'), tap('int:sure')],
      interestItem: [say('geht so')],
      school: [say('sek'), tap('sch:lower')],
      training: [say('weiss nöd')],
      experience: [say('viele'), tap('yrs:6')],
      place: [say('Zuchwil')],
      radius: [say('nicht so weit'), tap('rad:10')],
      pensum: [say('weiss nöd'), tap('pen:part')],
      start: [say('egal'), tap('start:later')],
      kind: [say('egal'), tap('kind:all')],
      languages: [tap('lng:germanNative')],
      mobility: [say('vielleicht'), tap('mob:transit')],
      visibility: [say('egal'), tap('vis:private')],
      alert: [say('vielleicht'), tap('yn:yes')],
      summary: [tap('sum:jobs')],
    },
    skills: /lager|stapler|ordnung|logist|sorgfalt/i,
    summaryMust: [/Zuchwil/],
  },
  {
    id: 'employed-ch',
    who: 'Nina, 31, Informatikerin EFZ in Bern area, employed, looks for something new around Solothurn, 80 %',
    clientLocale: 'de-CH',
    cooperative: true,
    answers: {
      language: [tap('lang:de-CH')],
      consent: [tap('consent:yes')],
      name: [say('Nina')],
      situation: [tap('sit:employed')],
      goal: [say('eine neue Stelle als Informatikerin, 80 %')],
      skills: [say('Java, SQL und Netzwerke'), tap('sk:done')],
      level: [tap('lvl:expert')],
      source: [tap('src:work')],
      interestOffer: [tap('int:sure')],
      interestItem: [tap('ria:yes')],
      school: [tap('sch:upper')],
      training: [say('Informatikerin EFZ')],
      experience: [tap('yrs:6')],
      place: [say('Solothurn')],
      radius: [tap('rad:25')],
      pensum: [tap('pen:high')],
      start: [tap('start:soon')],
      kind: [tap('kind:permanent')],
      languages: [say('Deutsch Muttersprache, Englisch C1, Französisch B1')],
      mobility: [tap('mob:both')],
      visibility: [tap('vis:anonymous')],
      alert: [tap('yn:yes')],
      summary: [tap('sum:jobs')],
    },
    skills: /java|sql|netzwerk|programm|datenbank|informatik/i,
    summaryMust: [/Solothurn/],
  },
  {
    // Added in the fifteenth session, before its figures were taken on the code before and after the
    // change it is about (a story told before consent is taken in after the yes).
    id: 'storyteller-ch',
    who: 'Nico, 16, Olten, answers the language question with his whole story in Swiss German, then says yes',
    clientLocale: 'de-CH',
    cooperative: false,
    answers: {
      language: [say('Hoi, ich bin Nico, 16, wohne in Olten und suech e Lehrstell als Elektroinstallateur, ich bastle gern mit Kabeln und Strom'), tap('lang:de-CH')],
      consent: [say('ja'), tap('consent:yes')],
      name: [say('Nico')],
      situation: [say('ich bin no i de schuel'), tap('sit:pupil')],
      goal: [say('e Lehrstell als Elektroinstallateur in Olten')],
      skills: [say('ich bastle gern mit Kabeln und Strom'), tap('sk:done')],
      level: [tap('lvl:basic')],
      source: [tap('src:hobby')],
      interestOffer: [tap('int:sure')],
      interestItem: [tap('ria:yes')],
      school: [say('sek a')],
      training: [tap('trn:none')],
      experience: [tap('yrs:0')],
      place: [say('Olten')],
      radius: [tap('rad:25')],
      pensum: [tap('pen:full')],
      start: [tap('start:later')],
      kind: [tap('kind:apprenticeship')],
      languages: [tap('lng:germanNative')],
      mobility: [tap('mob:transit')],
      visibility: [tap('vis:anonymous')],
      alert: [tap('yn:yes')],
      summary: [tap('sum:jobs')],
    },
    skills: /elektr|kabel|strom|install|handwerk/i,
    summaryMust: [/Olten/, /Lehrstelle/],
  },
];
