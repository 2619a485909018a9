/**
 * "So sieht dein Profil aus" — the summary at the end of the profile conversation, with buttons
 * to change any part ("Skills ändern", "Ort ändern", …) and to see jobs. describeProfile is also
 * what "Profil zeigen" shows at any time.
 */
import { choiceButtons, matchChoice } from '../src/bot/choices';
import { begin, end, goto, retry, StepDialog, type Step } from '../src/bot/steps';
import type { BotServices } from '../src/bot/services';
import type { Turn } from '../src/bot/turn';
import type { Texts } from '../src/i18n';
import { educationText } from '../src/profile/education';
import type { Profile } from '../src/profile/types';
import { SKILLS } from './skills';
import { PLACE, WISHES } from './wishes';
import { showJobs, type ShowPorts } from './proposals';
import { SITUATION } from './situation';

/** Dialog id. */
export const SUMMARY = 'summary';

/** The workload the way the question asked it: percent, or hours per week where it counts in hours (de-DE). */
function pensumText(texts: Texts, pensum: Profile['pensum']): string | undefined {
  if (!pensum) return undefined;
  const hours = texts.t('wishes.pensum.unit') === 'hours';
  const week = Number(texts.t('wishes.pensum.fullTimeHours'));
  const [min, max] = [pensum.min, pensum.max].map((p) => (hours ? Math.round((p * week) / 100) : p));
  const key = hours ? 'summary.hours' : 'summary.pensum';
  return min === max ? texts.t(`${key}One`, { value: min }) : texts.t(`${key}Range`, { min, max });
}

function startText(texts: Texts, startDate: string | undefined): string | undefined {
  if (!startDate) return undefined;
  return startDate === 'asap' ? texts.t('summary.asap') : new Date(`${startDate}T00:00:00Z`).toLocaleDateString(texts.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function experienceText(texts: Texts, years: number | undefined): string | undefined {
  if (years === undefined) return undefined;
  return years === 0 ? texts.t('summary.none') : texts.t('summary.years', { count: years });
}

/** "Deutsch (Muttersprache), Englisch B1": language names from ICU in the person's language. */
function languagesText(texts: Texts, languages: Profile['languages']): string | undefined {
  const names = new Intl.DisplayNames([texts.locale], { type: 'language' });
  const name = (code: string) => names.of(code) ?? code.toUpperCase();
  return languages.map((l) => (l.level === 'native' ? `${name(l.language)} (${texts.t('summary.native')})` : `${name(l.language)} ${l.level}`)).join(', ') || undefined;
}

function line(texts: Texts, key: string, value: string | undefined): string | undefined {
  return value ? `${texts.t(`summary.labels.${key}`)}: ${value}` : undefined;
}

/** A place as the person sees it: «4600 Olten» (postal code and name, either alone), undefined when it has neither. */
export function placeText(place: Profile['place']): string | undefined {
  return (place && [place.postalCode, place.name].filter(Boolean).join(' ')) || undefined;
}

/** The vocabulary's names of occupations, for describeProfile. */
export function occupationLabel(vocabulary: BotServices['vocabulary']): (conceptId: string, locale: Profile['locale']) => string | undefined {
  return (conceptId, locale) => vocabulary.label(conceptId, locale);
}

/** Own words longer than this are shown shortened (the export holds them whole). */
const OWN_WORDS_SHOWN = 160;

function ownWordsText(ownWords: string | undefined): string | undefined {
  if (!ownWords) return undefined;
  return `«${ownWords.length > OWN_WORDS_SHOWN ? `${ownWords.slice(0, OWN_WORDS_SHOWN - 1)}…` : ownWords}»`;
}

/** The profile as a short list, in the person's language; occupations are named by `label` where it knows them. */
export function describeProfile(texts: Texts, profile: Profile, label?: (conceptId: string, locale: Profile['locale']) => string | undefined): string {
  const occupations = (profile.occupations ?? []).map((id) => label?.(id, texts.locale)).filter(Boolean);
  const skills = profile.skills.map((s) => `${s.label} (${texts.t(`skills.level.${s.level}`)})`).join(', ');
  const place = profile.place ? (placeText(profile.place) ?? texts.t('wishes.place.here')) : undefined;
  const lines = [
    line(texts, 'name', profile.firstName),
    line(texts, 'situation', profile.situation ? texts.t(`situation.options.${profile.situation}`) : undefined),
    line(texts, 'occupations', occupations.join(', ') || undefined),
    line(texts, 'skills', skills || texts.t('summary.none')),
    line(texts, 'ownWords', ownWordsText(profile.ownWords)),
    line(texts, 'education', educationText(texts, profile.schoolLevel, profile.vocationalTraining)),
    line(texts, 'experience', experienceText(texts, profile.experienceYears)),
    line(texts, 'place', place && profile.radiusKm ? texts.t('summary.placeRadius', { place, km: profile.radiusKm }) : place),
    line(texts, 'pensum', pensumText(texts, profile.pensum)),
    line(texts, 'start', startText(texts, profile.startDate)),
    line(texts, 'kinds', profile.positionKinds.map((k) => texts.t(`wishes.kind.${k}`)).join(', ') || undefined),
    line(texts, 'languages', languagesText(texts, profile.languages)),
    line(texts, 'visibility', texts.t(`visibility.options.${profile.visibility}`)),
    line(texts, 'alert', texts.t(profile.jobAlert ? 'summary.on' : 'summary.off')),
  ];
  return [texts.t('summary.title'), ...lines.filter(Boolean)].join('\n');
}

const EDIT_CHOICES = ['jobs', 'skills', 'place', 'wishes', 'situation', 'done'] as const;
const EDIT_TARGETS: Record<string, string> = { skills: SKILLS, place: PLACE, wishes: WISHES, situation: SITUATION };

/** Asks what to do with the summary: see jobs, change a part, or stop here. */
export function summaryQuestion({ vocabulary }: Pick<BotServices, 'vocabulary'>, turn: Turn) {
  return { text: `${describeProfile(turn.texts, turn.profile!, occupationLabel(vocabulary))}\n\n${turn.texts.t('summary.ask')}`, buttons: choiceButtons(turn.texts, 'summary.options', 'sum', EDIT_CHOICES) };
}

/** The summary dialog; ends with "jobs" when the person wants to see jobs. */
export function summaryDialog(ports: ShowPorts & Pick<BotServices, 'vocabulary'>): StepDialog {
  const show: Step = {
    id: 'show',
    required: true,
    buttonsLeadOn: true,
    ask: (turn) => summaryQuestion(ports, turn),
    answer: async (turn, reply, memory) => {
      const chosen = matchChoice(turn.texts, reply, 'summary.options', 'sum', EDIT_CHOICES);
      if (!chosen) return retry('summary.retry');
      // Opened from the menu («Profil bearbeiten»), nobody waits for the result: the jobs are shown here.
      if (chosen === 'jobs' && memory.fromMenu) await showJobs(ports, turn);
      if (chosen === 'done' || chosen === 'jobs') return end(chosen);
      return begin(EDIT_TARGETS[chosen]!, { edit: true });
    },
  };

  const again: Step = { id: 'again', run: () => goto('show') };

  return new StepDialog(SUMMARY, [show, again]);
}
