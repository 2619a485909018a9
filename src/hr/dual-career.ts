/** Marks digest candidates whose partner also looks for work (Job für Zwei), see src/digest/dual-career.ts. */
import type { PendingItem } from '../digest';
import { dualCareer } from '../digest/dual-career';
import type { DigestQueue, QueuedItem } from '../services/ports';

/** Adds the partner note to each pending candidate with a visible partner; the company's jobs are read only then. */
export async function markDualCareers(
  store: Pick<DigestQueue, 'visiblePartners' | 'activeJobs'>,
  companyId: string,
  items: readonly QueuedItem[],
  pending: PendingItem[],
  now: Date,
): Promise<void> {
  if (!store.visiblePartners || items.length === 0) return;
  const partners = await store.visiblePartners([...new Set(items.map((i) => i.personId))]);
  if (partners.size === 0) return;
  const companyJobs = (await store.activeJobs(now)).filter((j) => j.companyId === companyId);
  items.forEach((item, i) => {
    const partner = partners.get(item.personId);
    if (partner) pending[i]!.candidate = { ...pending[i]!.candidate, partner: dualCareer(partner, companyJobs, now) };
  });
}
