/** `lotse seed`: writes the demo network (companies, jobs, trainings) into the database; safe to run again. */
import { seedDemo } from '../../demo/catalog';
import { CatalogStore } from '../../store/catalog-store';
import type { Command } from '../command';
import { withDatabase } from '../database';

/** `lotse seed [--json]` → {companies, jobs: {created, updated, unchanged}, trainings: {…}}. */
export const seedCommand: Command = {
  summary: 'Seed the demo network (companies, jobs, trainings); running it again updates instead of duplicating',
  usage: 'seed',
  async run(_args, io) {
    return withDatabase(async (db) => {
      const result = await seedDemo(new CatalogStore(db.prisma));
      const line = (what: string, r: { created: number; updated: number; unchanged: number }) =>
        `${what}: ${r.created} new, ${r.updated} updated, ${r.unchanged} unchanged`;
      io.print(`Demo network seeded: ${result.companies} companies`);
      io.print(line('jobs', result.jobs));
      io.print(line('trainings', result.trainings));
      return result;
    });
  },
};
