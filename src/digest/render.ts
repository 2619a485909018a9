/**
 * Text pieces of a digest in the HR person's locale (texts from the `hr.*` locale section).
 * Shared by the plain-text rendering (Telegram) and the Adaptive Card (Teams).
 */
import type { Texts } from '../i18n';
import { formatDate, joinList } from '../matching/explain';
import { educationText } from '../profile/education';
import type { DigestPlan, PlannedCandidate, PlannedJob } from './plan';

/** The factors shown to HR, in this order. */
const SHOWN_FACTORS = ['essential', 'level', 'pensum', 'languages'] as const;

/** One candidate's lines: headline, what they bring, and why they fit. */
export function candidateLines(c: PlannedCandidate, texts: Texts): { headline: string; facts: string[]; reason: string; breakdown: string } {
  const v = c.view;
  const facts: string[] = [];
  if (v.skills.length > 0) {
    const skills = v.skills.map((s) => `${s.label} (${texts.t(`hr.level.${s.level}`)})`).join(', ');
    facts.push(texts.t('hr.digest.skills', { skills }));
  }
  const education = educationText(texts, v.schoolLevel, v.vocationalTraining);
  if (education) facts.push(texts.t('act.hr.education', { education }));
  if (v.looksFor?.length) facts.push(texts.t('act.hr.looksFor', { kinds: v.looksFor.map((k) => texts.t(`wishes.kind.${k}`)).join(', ') }));
  if (v.pensum) facts.push(texts.t('hr.digest.pensum', { min: v.pensum.min, max: v.pensum.max }));
  if (v.startDate) facts.push(v.startDate === 'asap' ? texts.t('hr.digest.startAsap') : texts.t('hr.digest.start', { date: dayText(texts, v.startDate) }));
  if (v.languages.length > 0) facts.push(texts.t('hr.digest.languages', { languages: languageNames(texts, v.languages) }));
  if (v.partner) {
    facts.push(texts.t('partner.hr.dualCareer', { area: v.partner.area.join(', ') }));
    if (v.partner.jobs.length > 0) facts.push(texts.t('partner.hr.partnerJobs', { jobs: v.partner.jobs.join('; ') }));
  }
  const headline = v.region
    ? texts.t('hr.digest.candidate', { pseudonym: c.pseudonym, percent: c.percent, region: v.region })
    : texts.t('hr.digest.candidateNoRegion', { pseudonym: c.pseudonym, percent: c.percent });
  const reason = texts.t('hr.digest.reason', { skills: joinList(texts, c.matched) });
  return { headline, facts, reason, breakdown: breakdownLine(c, texts) };
}

/** "1. August 2027" for an ISO day; other text is kept as it is. */
function dayText(texts: Texts, day: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? formatDate(texts.locale, date) : day;
}

/** "Deutsch (Muttersprache), Englisch B2" in the HR person's language. */
function languageNames(texts: Texts, languages: readonly { language: string; level: string }[]): string {
  const names = new Intl.DisplayNames([texts.locale], { type: 'language' });
  return languages
    .map((l) => {
      const name = names.of(l.language) ?? l.language.toUpperCase();
      return l.level === 'native' ? texts.t('act.hr.native', { name }) : `${name} ${l.level}`;
    })
    .join(', ');
}

/** "Die 63 % ergeben sich vor allem aus: Muss-Skills 100 % · Niveau 80 % · Pensum 100 % · Sprachen 100 %" */
export function breakdownLine(c: PlannedCandidate, texts: Texts): string {
  const parts = SHOWN_FACTORS.map((factor) => {
    const part = c.breakdown.find((p) => p.factor === factor);
    return texts.t(`hr.factor.${factor}`, { percent: Math.round((part?.score ?? 0) * 100) });
  }).join(' · ');
  return texts.t('act.hr.breakdown', { percent: c.percent, parts });
}

/** The heading of one job group. */
export function jobHeading(job: PlannedJob, texts: Texts): string {
  const count = job.candidates.length + job.more;
  return texts.t(count === 1 ? 'hr.digest.jobOne' : 'hr.digest.job', { title: job.title, count });
}

/** The whole digest as one plain-text message (for channels without cards). */
export function renderDigestText(plan: DigestPlan, texts: Texts): string {
  const blocks = [texts.t('hr.digest.title', { company: plan.companyName })];
  for (const job of plan.jobs) {
    const lines = [jobHeading(job, texts)];
    for (const c of job.candidates) {
      const parts = candidateLines(c, texts);
      lines.push(`• ${parts.headline}`, ...parts.facts.map((f) => `  ${f}`), `  ${parts.reason}`, `  ${parts.breakdown}`);
    }
    if (job.more > 0) lines.push(texts.t('hr.digest.more', { count: job.more }));
    blocks.push(lines.join('\n'));
  }
  if (plan.moreJobs > 0) blocks.push(texts.t('hr.digest.moreJobs', { count: plan.moreJobs }));
  blocks.push(texts.t('hr.digest.contactHint'));
  return blocks.join('\n\n');
}
