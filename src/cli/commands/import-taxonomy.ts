/** `lotse import taxonomy --esco <dir> [--dry-run] [--json]`: imports the official ESCO CSV export. */
import fs from 'node:fs';
import { SingleBar } from 'cli-progress';
import { importEscoDirectories } from '../../importers/esco';
import { TaxonomyStore, type ConceptUpsertResult } from '../../store/taxonomy-store';
import { UsageError, type Command, type CommandIO } from '../command';
import { withDatabase } from '../database';

const seconds = (start: number) => Math.round((performance.now() - start) / 10) / 100;

/** A progress bar on stderr for interactive terminals only (logs and --json stay clean). */
function progressBar(io: CommandIO): { update(done: number, total: number): void; stop(): void } {
  if (io.json || !process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ stream: process.stderr, format: 'Speichern [{bar}] {value}/{total} Konzepte' });
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

/** `lotse import taxonomy` → {files, concepts, skills, occupations, created, updated, unchanged, skipped, reasons, relations, parseSeconds, writeSeconds, seconds}. */
export const importTaxonomyCommand: Command = {
  summary: 'Import skills and occupations from an ESCO CSV export directory',
  usage: 'import taxonomy --esco <dir> [--esco <dir> …] [--dry-run]',
  options: { esco: { type: 'string', multiple: true }, 'dry-run': { type: 'boolean', default: false } },
  async run({ values }, io) {
    const dirs = (values.esco as string[] | undefined) ?? [];
    if (dirs.length === 0) throw new UsageError('Usage: lotse import taxonomy --esco <dir>');
    for (const dir of dirs) {
      if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`--esco: ${dir} is not a directory`);
    }
    const start = performance.now();
    // One collector over all directories, so relations may point into another directory's concepts.
    const { concepts, stats } = importEscoDirectories(dirs);
    const parseSeconds = seconds(start);
    const skills = concepts.filter((c) => c.kind === 'skill').length;
    io.print(`Read ${stats.files.length} ESCO files: ${concepts.length} concepts (${skills} skills, ${concepts.length - skills} occupations), ${stats.relations} relations, ${stats.skipped} rows skipped in ${parseSeconds} s.`);
    for (const [reason, n] of Object.entries(stats.reasons)) io.print(`  skipped ${n}: ${reason}`);
    let written: ConceptUpsertResult = { created: 0, updated: 0, unchanged: 0 };
    const writeStart = performance.now();
    if (!values['dry-run']) {
      written = await withDatabase(async (db) => {
        const bar = progressBar(io);
        try {
          return await new TaxonomyStore(db.prisma).upsertConcepts(concepts, bar.update);
        } finally {
          bar.stop();
        }
      });
      io.print(`Saved: ${written.created} new, ${written.updated} updated, ${written.unchanged} unchanged in ${seconds(writeStart)} s.`);
    }
    return {
      files: stats.files,
      concepts: concepts.length,
      skills,
      occupations: concepts.length - skills,
      ...written,
      skipped: stats.skipped,
      reasons: stats.reasons,
      relations: stats.relations,
      dryRun: Boolean(values['dry-run']),
      parseSeconds,
      writeSeconds: seconds(writeStart),
      seconds: seconds(start),
    };
  },
};
