/** The catalog the matcher reads, aware that a source refresh removes postings without touching any row's updatedAt. */
import type { ProposalCatalog } from '../services/proposals';
import type { CatalogStore } from '../store/catalog-store';
import type { SourceStore } from '../store/source-store';

/**
 * Open jobs and trainings from the database; "changed since" also counts a source refresh anywhere
 * (another instance, `lotse sources refresh`), so that removed postings leave proposals within the
 * matcher's check interval.
 */
export function databaseCatalog(catalog: CatalogStore, sources: SourceStore, now: () => Date): Required<ProposalCatalog> {
  return {
    activeJobs: () => catalog.activeJobs(now()),
    activeJobBatches: () => catalog.activeJobBatches(now()),
    jobsByIds: (ids) => catalog.jobsByIds(ids, now()),
    activeJobCount: () => catalog.activeJobCount(now()),
    allTrainings: () => catalog.allTrainings(),
    jobsChangedSince: async (since) => (await sources.refreshedSince(since)) || (await catalog.jobsChangedSince(since, now())),
  };
}
