/**
 * Training data for the intent classifier: short commands matched exactly (or with a typo) and
 * example utterances in de-CH (incl. Swiss German), de-DE and English for the Bayes classifier.
 * The evaluation set in test/fixtures/understand is written separately and must not repeat these.
 */
import type { IntentName } from '../services/ports';

/** Slash commands (Telegram menu, typed) → intent. */
export const SLASH_COMMANDS: Record<string, IntentName> = {
  '/start': 'restart', '/neustart': 'restart', '/restart': 'restart', '/profil': 'show_profile', '/profile': 'show_profile',
  '/jobs': 'show_jobs', '/stellen': 'show_jobs', '/lehrstellen': 'show_jobs', '/weiterbildung': 'show_trainings',
  '/kurse': 'show_trainings', '/trainings': 'show_trainings', '/hilfe': 'help', '/help': 'help', '/daten': 'export_data',
  '/export': 'export_data', '/loeschen': 'delete_profile', '/löschen': 'delete_profile', '/delete': 'delete_profile', '/abmelden': 'forget_device', '/logout': 'forget_device',
  '/abbrechen': 'cancel', '/cancel': 'cancel', '/zurueck': 'back', '/zurück': 'back', '/back': 'back', '/mensch': 'human',
  '/berater': 'human', '/alarm': 'job_alert', '/jobalarm': 'job_alert', '/sichtbarkeit': 'visibility', '/telegram': 'link_telegram',
  '/interessen': 'interest_check', '/mehr': 'more', '/warum': 'why',
};

/**
 * A change said in words: something new, moved, different, corrected, "now" or "rather" instead of before. A
 * bare value («PLZ 4600», «Wohnort: Aarau», «part-time, around 60%») answers a question about the place or the
 * Pensum; only the words of a change make it a request to edit what is stored. Folded text (ä → a, ü → u).
 */
const SAYS_CHANGE =
  /neu|new|umgezog|umzug|umzieh|umzog|zugl|zog|zieh|move|chang|ander|statt|nicht mehr|nimmer|numm|\bmeh\b|no longer|anymore|veraltet|aktuell|stimmt|falsch|korrig|anpass|aapass|updat|wechs|edit|fix|correct|instead|different|jetzt|doch|lieber|rather|grosser|erhoh|reduz|trag|wunsch|nur no/;

/**
 * Words a message must hold before the model may read an intent that forgets or deletes: a slip of
 * the model ("mein Jobcoach hat gesagt …" read as «Gerät vergessen») must never cost a person their
 * chat or profile. Changes of the place or the wishes need the words of a change (SAYS_CHANGE). Slash
 * commands and exact keywords do not need them.
 */
export const REQUIRED_EVIDENCE: Partial<Record<IntentName, RegExp>> = {
  edit_place: SAYS_CHANGE,
  edit_wishes: SAYS_CHANGE,
  // Matched against the folded text (lower case, ä → a, ö → o, ü → u).
  // A shared device's session deleted or logged out "afterwards" («am Schluss uslogge», «meine Sitzung danach löschen»).
  forget_device: /vergess|vergiss|vergass|abmeld|abmald|meld\w* (?:mich|mi) ab|auslogg|uslogg|log\w*(?: me)? out|sign\w*(?: me)? out|forget|fremd|nicht mir|nicht mehr offnen|not mine|sitzung|session|(?:losch|delete)\w*.{0,40}\b(?:danach|nachher|afterwards|am schluss|am ende)\b|\b(?:danach|nachher|afterwards|am schluss|am ende)\b.{0,40}(?:losch|delete)/,
  // «Profil bearbeiten» names what it edits, as does a stored detail («mein Nachname ist falsch», «mein Alter stimmt
  // nicht»); a bare «ändern» is an answer.
  edit_profile: /profil|angabe|details|name|alter\b|geburt|jahrgang|\bage\b|birth|e-?mail|telefonnummer|phone number/,
  delete_profile: /losch|delete|remove|entfern|erase|wipe|weg|\bwag\b|vergess|vergiss|auflos|raus|nicht gespeichert/,
};

/** Whole messages that are a command on their own (compared after normalizing; small typos tolerated). */
export const KEYWORDS: Partial<Record<IntentName, string[]>> = {
  help: ['hilfe', 'help', '?', 'hilf mir', 'hilf mer', 'hälp', 'info', 'optionen', 'befehle', 'menü', 'menu', 'commands'],
  cancel: ['abbrechen', 'abbruch', 'stopp', 'stop', 'cancel', 'abbräche', 'aufhören', 'beenden', 'halt', 'quit', 'exit', 'ende'],
  back: ['zurück', 'zurueck', 'zrugg', 'back', 'go back', 'einen schritt zurück', 'vorherige frage'],
  restart: ['neu starten', 'neustart', 'von vorne', 'restart', 'start over', 'nochmal von vorne', 'neu beginnen', 'reset', 'vo vorne'],
  show_profile: ['profil', 'mein profil', 'profil zeigen', 'profile', 'my profile', 'zusammenfassung', 'show profile'],
  export_data: ['daten exportieren', 'export', 'meine daten', 'daten herunterladen', 'export data', 'datenexport'],
  delete_profile: ['profil löschen', 'daten löschen', 'alles löschen', 'delete profile', 'delete my data', 'konto löschen', 'löschen'],
  show_jobs: ['jobs', 'stellen', 'lehrstellen', 'jobs zeigen', 'show jobs', 'ausbildungsplätze', 'stellenangebote', 'jobangebote', 'offene stellen'],
  show_trainings: ['weiterbildung', 'weiterbildungen', 'kurse', 'kurs', 'trainings', 'schulungen', 'courses', 'weiterbildung?'],
  more: ['mehr', 'more', 'weitere', 'noch mehr', 'nächste', 'next', 'mehr anzeigen', 'show more', 'meh', 'no meh', 'mehr davon'],
  why: ['warum', 'wieso', 'weshalb', 'why', 'warum?', 'wieso das', 'why?', 'worum', 'wie kommst du darauf'],
  human: ['mensch', 'berater', 'beraterin', 'human', 'agent', 'person', 'mitarbeiter'],
  edit_skills: ['skills ändern', 'fähigkeiten ändern', 'skills bearbeiten', 'edit skills', 'kenntnisse ändern'],
  edit_place: ['ort ändern', 'wohnort ändern', 'plz ändern', 'edit place', 'change location', 'standort ändern'],
  edit_wishes: ['wünsche ändern', 'edit wishes', 'wünsche bearbeiten', 'pensum ändern', 'radius ändern'],
  edit_languages: ['sprachen ändern', 'edit languages', 'sprachkenntnisse ändern', 'sprachen bearbeiten'],
  interest_check: ['interessen-check', 'interessencheck', 'interessen check', 'berufscheck', 'interest check'],
  visibility: ['sichtbarkeit', 'visibility', 'sichtbar', 'unsichtbar', 'anonym'],
  job_alert: ['job-alarm', 'jobalarm', 'job alarm', 'job alert', 'benachrichtigungen', 'jobabo'],
  link_telegram: ['telegram', 'telegram verbinden', 'link telegram'],
  welcome: ['anerkennung', 'recognition', 'welcome desk', 'welcome centre', 'welcome center', 'willkommen', 'diploma recognition', 'berufsanerkennung', 'anerkennung abschluss'],
  partner: ['job für zwei', 'job fuer zwei', 'jobs für zwei', 'job for two', 'jobs for two', 'doppelkarriere', 'dual career', 'partner einladen', 'invite partner', 'job paare', 'jobpaare'],
  forget_device: ['gerät vergessen', 'geraet vergessen', 'abmelden', 'ausloggen', 'logout', 'log out', 'sign out', 'forget this device', 'forget device', 'gerät abmelden', 'dieses gerät vergessen'],
  greeting: ['hallo', 'hoi', 'hi', 'hey', 'grüezi', 'grüessech', 'sali', 'salü', 'servus', 'moin', 'guten tag', 'hello', 'grüss gott', 'guten morgen', 'guten abend', 'guten nachmittag', 'good evening', 'good afternoon', 'guete abig', 'gueten abig', 'gueten tag', 'gueten morge', 'hallöchen', 'ciao', 'tag'],
  thanks: ['danke', 'merci', 'merci vielmal', 'vielen dank', 'danke schön', 'dankeschön', 'thanks', 'thank you', 'thx', 'danke dir', 'merci viumau'],
  yes: ['ja', 'jo', 'jep', 'jap', 'jup', 'jupp', 'yup', 'yes', 'yep', 'ok', 'okay', 'genau', 'klar', 'gerne', 'gern', 'sicher', 'stimmt', 'passt', 'einverstanden', 'ja bitte', 'ja gern', 'jawohl', 'sure', 'richtig', 'ja klar', 'jä', 'jaa', 'y', 'korrekt', 'go ahead', 'mach das', 'los', 'yes go ahead', 'ok passt', 'isch guet', 'guet'],
  no: ['nein', 'nei', 'nö', 'ne', 'nee', 'no', 'nope', 'nein danke', 'lieber nicht', 'eher nicht', 'nicht', 'auf keinen fall', 'no thanks', 'nöd', 'falsch', 'n', 'nei merci', 'nein danke.', 'nah'],
  edit_profile: ['profil bearbeiten', 'profil ändern', 'mein profil bearbeiten', 'mein profil ändern', 'profil anpassen', 'edit profile', 'edit my profile', 'change my profile', 'change profile', 'profil aapasse', 'angaben ändern'],
};

/** Example utterances per intent, for the Bayes classifier (paraphrases, not single keywords). */
export const EXAMPLES: Record<IntentName, string[]> = {
  help: [
    'Wie mache ich hier weiter?', 'Was erwartest du von mir?', 'Ich blicke nicht durch', 'Was soll ich antworten?', 'Keine Ahnung, was ich schreiben soll', 'I do not understand what to do', 'Wie genau läuft das?', 'Wie geht es hier weiter?', 'Was kann ich dich fragen?', 'Ich brauche Hilfe mit dem Chat', 'Wofür sind die Buttons da?', 'Welchen Knopf soll ich drücken?', 'Hilfe, wie funktioniert das?',
    'Ich checke das nicht', 'Was soll ich hier eingeben?', 'Ich bin verwirrt', 'Wie läuft das ab?', 'Was bietet dieser Chat?', 'Was kann der Bot?', 'Gibt es eine Anleitung?', 'What should I type?', 'wie gaht das?', 'was mues i mache?', 'Ich kenne mich nicht aus', 'Ich brauche Unterstützung beim Bedienen',
    'Was kannst du alles?', 'Wie funktioniert das hier?', 'Ich verstehe nicht, was ich machen soll', 'Kannst du mir helfen?',
    'Was kann ich hier tun?', 'Ich brauche Hilfe', 'Wie geht das?', 'Was sind die Befehle?', 'Ich komme nicht weiter',
    'Was machst du eigentlich?', 'Wie benutze ich dich?', 'chasch mer hälfe?', 'i verstoh nüt', 'How does this work?',
    'What can you do?', 'I need help', 'Erklär mir das bitte', 'Wofür bist du da?', 'Was bedeutet das?', 'Hilfe bitte',
  ],
  cancel: [
    'Tschüss, ich mache später weiter', 'Lass gut sein', 'Ich möchte nicht mehr mitmachen', 'Abbruch bitte', 'I am done, bye', 'Ich hör da uf', 'Bis später, ich höre auf',
    'Schluss jetzt', 'Ich mag nicht mehr', 'Lass uns aufhören', 'Vergiss das', 'Nicht weitermachen', 'Stop it', 'Forget it', 'hör auf', 'Beende das Gespräch', 'Ich breche ab', 'Das reicht mir',
    'Ich will aufhören', 'Lass uns das abbrechen', 'Vergiss es', 'Ich möchte das nicht mehr', 'Brich das bitte ab',
    'Stopp, ich habe keine Lust mehr', 'Ich will das beenden', 'Lass es sein', 'Cancel this please', 'I want to stop',
    'ich wott ufhöre', 'Abbrechen bitte', 'Genug für heute', 'Ich höre jetzt auf', 'Das will ich nicht machen, abbrechen',
  ],
  back: [
    'Ich habe die falsche Antwort gegeben', 'Ich möchte das vorhin Gesagte korrigieren', 'Eine Frage zurück', 'Letzte Antwort nochmal ändern', 'Undo that answer', 'Kann ich die letzte Eingabe ändern?',
    'Ich habe mich vertippt, zurück', 'Nochmal zur vorigen Frage', 'Schritt zurück', 'Back to the previous step', 'Zurück zur Frage davor', 'Ich möchte meine letzte Antwort korrigieren',
    'Geh einen Schritt zurück', 'Ich will zur vorherigen Frage', 'Zurück zur letzten Frage', 'Die letzte Frage nochmal',
    'Kann ich zurück?', 'Ich möchte die Antwort vorher ändern', 'Go back one step', 'previous question', 'zrugg bitte',
    'Nochmal die Frage davor', 'Einen Schritt zurück bitte', 'Zurück bitte',
  ],
  restart: [
    'Ich möchte alles nochmal neu eingeben', 'Wir fangen neu an', 'Bitte alles auf null', 'Let us start again', 'Nochmal ganz von Anfang an beginnen',
    'Ganz von vorne', 'Reset bitte', 'Nochmal starten', 'Begin again', 'Neu anfangen', 'Alles zurücksetzen und neu beginnen', 'Von Anfang an bitte',
    'Ich möchte von vorne anfangen', 'Alles nochmal von Anfang', 'Neu beginnen bitte', 'Starte neu', 'Fang nochmal an',
    'Lass uns von vorne beginnen', 'Ich will nochmal neu starten', 'Start from the beginning', 'Restart the conversation',
    'nomal vo vorne', 'Alles auf Anfang', 'Komplett neu starten',
  ],
  show_profile: [
    'Was hast du bis jetzt notiert?', 'Welche Angaben hast du von mir?', 'Zeig, was du über mich weisst', 'What did I tell you so far?', 'Was ist in meinem Profil drin?', 'Mein Profil nochmal anschauen',
    'Was ist gespeichert über mich?', 'Zeig meine Angaben', 'Was hast du dir gemerkt?', 'Übersicht über mein Profil', 'Show my summary', 'See my profile', 'Was steht über mich drin?', 'Mis Profil aazeige', 'Profil ansehen',
    'Zeig mir mein Profil', 'Was weisst du über mich?', 'Was hast du von mir gespeichert?', 'Wie sieht mein Profil aus?',
    'Zeig mir die Zusammenfassung', 'Was steht in meinem Profil?', 'Show me my profile', 'What do you know about me?',
    'zeig mer mis profil', 'lueg mis profil', 'Profil anzeigen bitte', 'Kann ich mein Profil sehen?', 'Meine Angaben zeigen',
  ],
  export_data: [
    'Ich will meine gespeicherten Angaben als Datei', 'Meine Angaben zum Speichern', 'Kann ich eine Kopie bekommen?', 'Send me a file with my data', 'Daten runterladen bitte',
    'Ich will meine Daten runterladen', 'Datenkopie anfordern', 'Alle Daten als JSON', 'Get a copy of my data', 'Download all data', 'Ich möchte wissen, welche Daten gespeichert sind, als Export', 'Gib mir meine Daten zum Herunterladen',
    'Ich möchte meine Daten exportieren', 'Gib mir alle meine Daten', 'Ich will meine Daten herunterladen',
    'Welche Daten habt ihr über mich? Als Datei bitte', 'Datenauskunft bitte', 'Export all my data', 'Send me my data as JSON',
    'Schick mir meine Daten', 'Kopie meiner Daten', 'Ich will eine Kopie von allem, was gespeichert ist', 'Daten exportieren bitte',
  ],
  delete_profile: [
    'Ich möchte, dass ihr alles über mich vergesst', 'Nehmt meine Daten raus', 'Mein Konto auflösen', 'Meine Daten sollen nicht gespeichert bleiben', 'Please wipe my data', 'Meine Angaben bitte löschen',
    'Löscht bitte mein Profil', 'Ich will mein Konto entfernen', 'Alle Daten von mir weg', 'Delete my account', 'Erase my data', 'Mein Profil soll weg', 'Bitte alles löschen was ihr habt',
    'Lösch mein Profil', 'Ich will alle meine Daten löschen', 'Bitte lösche alles über mich', 'Entferne mein Konto',
    'Vergiss mich komplett', 'Ich möchte mein Profil löschen lassen', 'Delete everything about me', 'Remove my profile',
    'lösch alles vo mir', 'Profil entfernen', 'Meine Daten sollen gelöscht werden', 'Konto löschen bitte',
  ],
  show_jobs: [
    'Hast du Arbeit für mich?', 'Gibt es etwas in meiner Gegend?', 'Wo kann ich arbeiten?', 'Gibt es Stellen im Verkauf?', 'Gibt es Ausbildungsplätze in der Pflege?', 'Welche Praktikumsplätze gibt es?', 'Ich brauche einen Job', 'Looking for work near me', 'Are there any openings?',
    'Hast du Jobs?', 'Was für Stellen hast du?', 'Jobs in meiner Nähe', 'Such mir eine Stelle', 'Gits Lehrstelle?', 'Hesch Jobs für mi?', 'Zeig die Jobs', 'Lehrstellen anzeigen', 'Freie Stellen zeigen', 'Find jobs near me', 'What jobs are there?', 'Arbeit finden', 'Stellenvorschläge bitte',
    'Zeig mir Jobs', 'Welche Stellen passen zu mir?', 'Gibt es offene Stellen für mich?', 'Ich will Jobs sehen',
    'Zeig mir passende Lehrstellen', 'Hast du Ausbildungsplätze für mich?', 'Welche Jobs gibt es?', 'Suche Jobs für mich',
    'Jobs anzeigen', 'Zeig mir Stellenangebote', 'Show me jobs', 'Any jobs for me?', 'Find me a job', 'zeig mer jobs',
    'lueg emol jobs', 'Hesch öppis für mi?', 'Was für Arbeit gibt es?', 'Ich suche eine Stelle, zeig mir was', 'Passende Stellen bitte',
    'Gibt es Lehrstellen?', 'Welche Firmen suchen jemanden?',
  ],
  show_trainings: [
    'Ich will mich weiterbilden lassen', 'Where can I learn German?', 'Wo lerne ich das?',
    'Ich will einen Kurs besuchen', 'Gibt es Weiterbildungen für mich?', 'Kurse anzeigen', 'Welche Ausbildungskurse gibt es?', 'Weiterbildungsangebote', 'Show me courses', 'What trainings are there?', 'Ich möchte etwas Neues lernen', 'Kursvorschläge bitte', 'Schulungen zeigen',
    'Welche Weiterbildungen gibt es?', 'Zeig mir Kurse', 'Ich möchte mich weiterbilden', 'Was kann ich lernen?',
    'Gibt es passende Kurse für mich?', 'Welche Schulung hilft mir?', 'Show me trainings', 'Any courses for me?',
    'Weiterbildung anzeigen', 'zeig mer kurs', 'Wo kann ich das lernen?', 'Ich will mich fortbilden', 'Welche Kurse schliessen meine Lücken?',
  ],
  more: [
    'Hast du noch andere Treffer?', 'Any others?', 'Zeig mer no anders',
    'Weitere Vorschläge', 'Mehr Jobs', 'Gibt es noch andere Angebote?', 'Nächste Seite', 'Weiter blättern', 'Noch ein paar mehr', 'More results', 'Next ones please', 'Zeig weitere Angebote',
    'Zeig mir mehr', 'Gibt es noch mehr?', 'Noch weitere bitte', 'Die nächsten bitte', 'Mehr Ergebnisse', 'Weitere anzeigen',
    'Show me more', 'More please', 'zeig mer meh', 'no meh bitte', 'Hast du noch andere?', 'Noch mehr Jobs bitte',
  ],
  why: [
    'Wieso meinst du, dass das passt?', 'Warum hast du mir das gezeigt?', 'Warum gerade diese Lehrstelle?', 'Was hat das mit mir zu tun?', 'Why do you suggest this?', 'Wieso isch das passend?',
    'Warum das?', 'Wieso schlägst du das vor?', 'Was ist der Grund?', 'Erklär mir, warum das passt', 'How does this fit me?', 'Weshalb?', 'Wieso ausgerechnet diese Stelle?',
    'Warum passt das zu mir?', 'Wieso schlägst du mir das vor?', 'Weshalb diese Stelle?', 'Warum dieser Job?',
    'Wieso passt das?', 'Why is this a match?', 'Why this job?', 'werum das?', 'Was passt daran?', 'Wieso genau diese?',
  ],
  human: [
    'Gibt es eine Ansprechperson?', 'Ich möchte einen Termin mit einer Beraterin', 'Ich will nicht mit einem Bot schreiben', 'Is there a real person?', 'Chan i mit öpperem rede?',
    'Ich will mit einem echten Menschen chatten', 'Einen Berater bitte', 'Kann mich jemand anrufen?', 'Ich möchte persönlich beraten werden', 'Echter Mensch bitte', 'Can I talk to someone?', 'Connect me with an advisor', 'Ich will mit einer Beraterin sprechen', 'Mit jemandem reden, nicht mit einem Bot',
    'Ich möchte mit einem Menschen reden', 'Kann ich mit einer echten Person sprechen?', 'Verbinde mich mit einem Berater',
    'Ich will mit jemandem vom Team reden', 'Gibt es einen richtigen Menschen?', 'Ich brauche eine persönliche Beratung',
    'Talk to a human', 'I want to speak to a person', 'chan ich mit emne mänsch rede?', 'Ruf mich bitte an', 'Ich will eine echte Beraterin',
    'Kontakt zu einem Berater', 'Bist du ein Mensch?',
  ],
  edit_skills: [
    'Ich habe noch etwas vergessen bei meinen Fähigkeiten', 'Ich will noch etwas bei meinen Skills dazuschreiben', 'Eine Fähigkeit stimmt nicht', 'Ich kann noch mehr, bitte ergänzen', 'I want to add more skills',
    'Ich möchte Skills ergänzen', 'Fähigkeit hinzufügen', 'Skill löschen', 'Meine Kenntnisse bearbeiten', 'Update my skills', 'Ich will meine Skills anpassen', 'Neue Fähigkeit eintragen',
    'Ich möchte meine Fähigkeiten ändern', 'Skills bearbeiten bitte', 'Ich will einen Skill hinzufügen', 'Kenntnisse anpassen',
    'Ich kann noch mehr, das will ich ergänzen', 'Einen Skill entfernen', 'Change my skills', 'Add a skill', 'Meine Skills stimmen nicht',
    'Fähigkeiten ergänzen',
  ],
  edit_place: [
    'Ich wohne inzwischen in einem anderen Ort', 'Neue Adresse', 'Meine Adresse stimmt nicht mehr', 'Adresse ändern', 'Ich bin gezogen', 'PLZ stimmt nicht mehr', 'My postcode changed', 'I live somewhere else now', 'Umgezogen, bitte Ort ändern',
    'Neuer Wohnort', 'Ort korrigieren', 'Ich wohne nicht mehr dort', 'Meine PLZ ist falsch', 'Wohnort anpassen', 'Update my location', 'Ich bin an einen anderen Ort gezogen', 'Mein Wohnort stimmt nicht',
    'Ich bin umgezogen', 'Mein Wohnort hat sich geändert', 'Ich möchte den Ort ändern', 'Anderen Ort eingeben', 'Neue PLZ eingeben',
    'Change my location', 'I moved', 'Ich wohne jetzt woanders', 'Ort anpassen', 'Standort ändern bitte',
  ],
  edit_wishes: [
    'Ich möchte weniger Prozent arbeiten', 'Ich möchte weiter weg suchen', 'Ich kann erst später anfangen', 'I want part-time instead', 'Anderes Arbeitspensum bitte',
    'Pensum anpassen', 'Ich will mehr Prozent arbeiten', 'Startdatum ändern', 'Andere Art von Stelle', 'Umkreis anpassen', 'Update my preferences', 'Meine Wünsche haben sich geändert',
    'Ich möchte meine Wünsche ändern', 'Ich will ein anderes Pensum', 'Den Umkreis ändern', 'Anderes Startdatum',
    'Ich suche jetzt etwas anderes', 'Change my preferences', 'Wünsche anpassen', 'Lieber Teilzeit, bitte ändern', 'Radius vergrössern',
  ],
  edit_languages: [
    'Mein Deutsch ist jetzt B2', 'Ich habe eine Sprache vergessen', 'Französisch bitte noch dazu', 'My German got better', 'Sprachniveau anpassen bitte',
    'Sprache ergänzen', 'Sprachniveau ändern', 'Ich spreche jetzt besser Deutsch, bitte anpassen', 'Update my languages', 'Sprachen korrigieren', 'Neue Sprache eintragen',
    'Ich möchte meine Sprachen ändern', 'Sprachkenntnisse anpassen', 'Eine Sprache hinzufügen', 'Mein Englisch ist besser geworden',
    'Change my languages', 'Add a language', 'Sprachen ergänzen', 'Sprachen bearbeiten bitte',
  ],
  interest_check: [
    'Ich weiss nicht, was ich lernen soll', 'Welche Lehre passt zu mir?', 'Zeig mir, welche Berufe mir liegen', 'Ich habe noch keine Idee für einen Beruf', 'What job would fit me?', 'Was soll ich werden?',
    'Was könnte ich werden?', 'Test, welcher Beruf passt', 'Berufsinteressen herausfinden', 'Ich weiss nicht, was mir liegt', 'Help me choose a career', 'Interessentest machen', 'Welche Berufe passen zu mir?', 'Ich bin ratlos, welche Lehre',
    'Ich weiss nicht, was ich werden will', 'Welcher Beruf passt zu mir?', 'Ich habe keine Ahnung, was ich machen soll',
    'Mach den Interessen-Test mit mir', 'Was könnte mich interessieren?', 'Hilf mir, einen Beruf zu finden', 'Which job suits me?',
    'I do not know what I want to do', 'Berufswahl Test', 'Ich bin unsicher, welche Richtung', 'Was passt zu meinen Interessen?',
  ],
  visibility: [
    'Können Arbeitgeber mein Profil finden?', 'Wer sieht meine Daten?', 'Ich möchte, dass Betriebe mich finden', 'Mein Profil für Firmen sperren', 'Can companies see me?',
    'Profil für Firmen freigeben', 'Profil verstecken', 'Arbeitgeber sollen mich finden', 'Hide my profile', 'Mein Profil soll privat bleiben', 'Können Unternehmen mich sehen?', 'Sichtbar für Personalabteilungen',
    'Sollen Firmen mein Profil sehen können?', 'Ich will für Firmen sichtbar sein', 'Mach mein Profil unsichtbar',
    'Firmen sollen mich nicht sehen', 'Anonym für HR sichtbar machen', 'Who can see my profile?', 'Make my profile visible',
    'Sichtbarkeit ändern', 'Ich will nicht, dass Firmen mich finden', 'Dürfen Arbeitgeber mich sehen?',
  ],
  job_alert: [
    'Ich will keine Nachrichten mehr über Stellen', 'Schreib mir, wenn es neue Lehrstellen gibt', 'Job-Alarm aktivieren', 'Alarm ein', 'Stop sending me jobs', 'Benachrichtigung ausschalten',
    'Neue Jobs automatisch schicken', 'Benachrichtigung einschalten', 'Alarm aus', 'Job-Alarm einrichten', 'Send me new jobs automatically', 'Keine Nachrichten über neue Stellen mehr', 'Informier mich über neue Jobs',
    'Benachrichtige mich bei neuen Jobs', 'Schick mir neue Stellen automatisch', 'Ich will Job-Alarme bekommen',
    'Job-Alarm ausschalten', 'Keine Benachrichtigungen mehr', 'Notify me about new jobs', 'Turn off job alerts',
    'Sag mir Bescheid, wenn was Neues kommt', 'Neue Stellen per Nachricht', 'Alarm für neue Lehrstellen',
  ],
  forget_device: [
    'Vergiss dieses Gerät', 'Ich will mich hier abmelden', 'Melde mich ab', 'Ich bin an einem fremden Computer', 'Dieser Computer soll mich vergessen',
    'Abmelden bitte', 'Log me out', 'Forget this browser', 'Ich will mich ausloggen', 'Das Handy gehört nicht mir, abmelden',
    'Dieses Gerät soll mein Profil nicht mehr öffnen', 'Sign me out on this device',
  ],
  link_telegram: [
    'Geht das auch mit Telegram?', 'Ich will lieber über Telegram schreiben', 'Telegram-App verbinden', 'Can I use Telegram?',
    'Telegram verknüpfen', 'Weiter auf Telegram', 'Ich will den Chat aufs Handy mitnehmen, Telegram', 'Connect Telegram', 'Telegram-Konto verbinden',
    'Ich will auf Telegram weitermachen', 'Mit Telegram verbinden', 'Kann ich das auch auf dem Handy in Telegram?',
    'Verknüpfe mein Konto mit Telegram', 'Continue on Telegram', 'Link my Telegram account', 'Telegram koppeln',
  ],
  welcome: [
    'How do I get my diploma recognised?', 'Where do I apply for recognition?', 'Is my foreign qualification recognised here?', 'Do I need recognition to work as a nurse here?',
    'I trained abroad, what do I need to work here?', 'I am new here from abroad and need help with my diploma', 'Recognition of my degree from abroad',
    'Wird mein ausländischer Abschluss anerkannt?', 'Wo beantrage ich die Anerkennung?', 'Ich habe meine Ausbildung im Ausland gemacht', 'Brauche ich eine Anerkennung für meinen Beruf?',
    'Anerkennung meines Diploms aus dem Ausland', 'Ich komme aus dem Ausland und will hier in meinem Beruf arbeiten', 'Mein Diplom ist aus dem Ausland', 'Hilfe für Fachkräfte aus dem Ausland',
    // Applying for recognition is no job application (thanks and job requests say "apply" too).
    'Who recognises my certificate from abroad?', 'Which office checks foreign diplomas?', 'Where do I send my papers for the recognition?', 'Wo reiche ich mein ausländisches Diplom ein?', 'Wer prüft meinen Abschluss aus dem Ausland?',
  ],
  partner: [
    'Mein Partner sucht auch Arbeit', 'Meine Partnerin sucht auch eine Stelle', 'Meine Frau sucht auch einen Job', 'Mein Mann sucht auch Arbeit',
    'Wir ziehen zu zweit um und suchen beide Arbeit', 'Wir suchen beide einen Job in der Region', 'Kannst du auch meinem Partner einen Job suchen?',
    'My partner is looking for work too', 'My wife also needs a job', 'My husband is looking for a job as well', 'We both need jobs',
    'Stellen für uns beide', 'Gibt es auch etwas für meine Freundin?', 'Mein Freund sucht auch eine Stelle', 'Jobs für mich und meinen Partner',
  ],
  greeting: [
    'Hoi du', 'Guten Tag, ich brauche eine Stelle', 'Hey Lotse, wie gehts?', 'Grüss dich',
    'Hallo Bot', 'Hoi zusammen', 'Grüessech', 'Hey, hallo', 'Hello there', 'Hi Lotse', 'Tag auch',
    'Hallo zusammen', 'Hallo, ich bin neu hier', 'Hoi zäme', 'Grüezi mitenand', 'Hallo Lotse', 'Hey du', 'Hi there',
    'Good morning', 'Sali zäme', 'Servus', 'Moin moin', 'Hallo, wie geht es?',
  ],
  thanks: [
    'Merci, sehr nett', 'Vielen Dank, das war gut', 'Thank you so much',
    'Danke vielmals', 'Danke sehr', 'Merci beaucoup', 'Vielen Dank für deine Hilfe', 'Thanks for your help', 'Das war hilfreich, danke', 'Mega, merci',
    'Danke dir vielmal', 'Vielen herzlichen Dank', 'Merci viel mal', 'Danke, das hilft mir', 'Super, danke',
    'Thanks so much', 'Thank you very much', 'Tausend Dank', 'Danke für die Hilfe', 'Merci für d Hilf', 'Herzlichen Dank',
  ],
  yes: [
    'Jawoll', 'Ja, genau so ist es', 'Yes, exactly', 'Jo, stimmt',
    'Ja, stimmt genau', 'Ja bitte', 'Sicher doch', 'Absolut', 'Yes, correct', 'Jo, genau', 'Ja, passt so', 'Okay, machen wir',
    'Ja, genau', 'Ja, das stimmt', 'Ja, gerne', 'Klar doch', 'Ja, mach das', 'Das passt so', 'Yes please', 'Yes, that is right',
    'Jo, passt', 'Jo gern', 'Ja, einverstanden', 'Genau so', 'Ja, das bin ich',
  ],
  no: [
    'Nein, das nicht', 'Nein, so nicht', 'Nei, das passt nöd',
    'Nein, falsch', 'Nein, will ich nicht', 'Nö, danke', 'Nope, not that', 'Nei, lieber nöd', 'Nein, stimmt nicht', 'Ne, passt nicht',
    'Nein, das stimmt nicht', 'Nein danke', 'Lieber nicht', 'Nö, kein Interesse', 'Nein, das passt nicht', 'No, thanks',
    'No, that is wrong', 'Nei, merci', 'Nei, das stimmt nöd', 'Auf keinen Fall', 'Das ist falsch', 'Eher nicht',
  ],
  none: [
    'Ich arbeite gern draussen mit Pflanzen', 'Ich habe früher in einem Restaurant gearbeitet', 'Meine Schwester ist Pflegefachfrau', 'I like working with my hands', 'Mein Lieblingsfach ist Werken', 'Ich habe im Sommer Ferien', 'Ich will etwas mit Autos machen', 'Ich möchte gern mit Kindern arbeiten',
    'Ich arbeite gern mit Menschen', 'Ich helfe gern anderen Menschen', 'Ich habe mit Kindern gearbeitet', 'Mein Lieblingsfach ist Deutsch', 'Ich war im Militär', 'Ich habe eine Katze', 'Ich suche Arbeit im Büro', 'Mein Bruder macht eine Lehre', 'Das ist eine gute Frage', 'Ich mache gern Sport', 'Tischler mit Gesellenbrief', 'Ich habe ein Jahr in Spanien gelebt', 'Ich reise gern', 'Ich habe am Gymnasium Chemie gehabt',
    'Ich kann gut mit Holz arbeiten', 'Ich habe eine Lehre als Koch gemacht', 'Ich programmiere in Java', 'Ich wohne in Olten',
    'Ich bin 16 Jahre alt', 'Am liebsten arbeite ich draussen', 'Ich spreche Englisch und Französisch', 'Ich habe den Staplerschein',
    'Ich suche eine Stelle als Elektriker', 'Ich arbeite seit drei Jahren als Logistiker', 'Meine Hobbys sind Fussball und Gamen',
    'Ich mag Mathe und Physik', 'Ich kann schweissen und löten', 'Ich war zwei Jahre zuhause bei den Kindern', 'Ab August',
    '80 Prozent', 'Bis 20 Kilometer', 'Ich heisse Lea', 'Ich habe die Sekundarschule abgeschlossen', 'Ich kenne mich mit Excel aus',
    'Kochen, Putzen, Einkaufen', 'Ich repariere gern Velos', 'Informatik interessiert mich', 'Ich bin Quereinsteigerin aus der Pflege',
    'Ich habe Erfahrung im Verkauf', 'Ich fahre gern Auto', 'Mein Vater ist Schreiner', 'Das Wetter ist schön heute',
    'Ich habe einen Hund', 'Je cherche un travail', 'Busco trabajo', 'I can weld and solder', 'I worked as a nurse for five years',
    'Grafikdesign und Fotografie', 'Ich arbeite gern im Team', 'Ich bin zuverlässig und pünktlich', 'Montag bis Freitag',
    'Ich habe ein Diplom als Pflegefachfrau', 'Lagerlogistik', 'CNC-Fräsen und Drehen', 'Ich kann Kunden beraten',
    'Ich male gern', 'Pizza', 'asdf', 'lol', 'Ich habe keinen Führerschein', 'Wir haben Hunger', 'Mein Handy ist kaputt',
    'Ich backe gern Kuchen', 'Ich spiele Gitarre in einer Band', 'Schule fertig im Sommer',
  ],
  edit_profile: [
    'Ich will mein Profil ändern', 'Ich möchte mein Profil bearbeiten', 'Kann ich mein Profil ändern?', 'Wie kann ich meine Angaben ändern?', 'Ich möchte etwas an meinem Profil ändern',
    'Mein Profil stimmt nicht mehr', 'Ich will meine Angaben korrigieren', 'Profil bearbeiten bitte', 'Ich muss mein Profil anpassen', 'Etwas in meinem Profil ist falsch',
    'I want to edit my profile', 'Can I change my profile?', 'I need to update my profile', 'Let me change my details', 'Update my profile',
    'i wott mis profil ändere', 'mis profil aapasse', 'Ich will das Profil überarbeiten', 'Meine Angaben anpassen', 'Profil korrigieren',
  ],
};
