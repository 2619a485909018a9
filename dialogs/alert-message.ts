/** The proactive job-alert message: the new jobs as the same cards the conversation shows. */
import type { Activity } from 'botbuilder-core';
import { renderCards } from '../src/bot/render';
import { textsFor } from '../src/i18n';
import type { Profile } from '../src/profile/types';
import type { JobProposal } from '../src/services/ports';
import { jobCard } from './proposals';

/** "Neu für dich: …" with one card per new job, in the person's locale. */
export function jobAlertMessage(profile: Profile, jobs: JobProposal[]): Partial<Activity> {
  const texts = textsFor(profile.locale);
  return renderCards(jobs.map((job) => jobCard(texts, job)), texts.t('alert.news', { count: jobs.length }));
}
