/**
 * Job alerts: which new jobs to tell a person about. The lead's scheduler calls this for every
 * person with the alert switched on and sends the proposals proactively.
 */
import type { Profile } from '../profile/types';
import type { JobProposal } from './ports';
import type { ProposalEngine } from './proposals';

export interface JobAlerts {
  /** Strictly matching jobs published after `since`; empty when the person has no alert on. */
  newJobsFor(profile: Profile, since: Date): Promise<JobProposal[]>;
}

/** Job alerts over the proposal service (at most `limit` jobs per alert, default 3: an alert is a nudge, not a list). */
export function createJobAlerts(proposals: Pick<ProposalEngine, 'newJobs'>, limit = 3): JobAlerts {
  return {
    async newJobsFor(profile, since) {
      if (!profile.jobAlert || profile.skills.length === 0) return [];
      return proposals.newJobs(profile, since, limit);
    },
  };
}
