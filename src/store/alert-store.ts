/** What the job alert needs from the database: who has it on, and which jobs each person was already told about. */
import type { PrismaClient } from './database';

export class AlertStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Ids of the people who switched the job alert on. */
  async subscribers(): Promise<string[]> {
    const rows = await this.prisma.person.findMany({ where: { jobAlert: true }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  /** Of these job ids, the ones this person was already alerted about. */
  async alreadySent(personId: string, jobIds: string[]): Promise<Set<string>> {
    if (jobIds.length === 0) return new Set();
    const rows = await this.prisma.alertDelivery.findMany({ where: { personId, jobId: { in: jobIds } }, select: { jobId: true } });
    return new Set(rows.map((row) => row.jobId));
  }

  /** Remembers that the person was told about these jobs (never twice). */
  async recordSent(personId: string, jobIds: string[]): Promise<void> {
    if (jobIds.length === 0) return;
    await this.prisma.$transaction(
      jobIds.map((jobId) =>
        this.prisma.alertDelivery.upsert({ where: { personId_jobId: { personId, jobId } }, create: { personId, jobId }, update: {} }),
      ),
    );
  }
}
