/** `lotse import jobs <file> --format schemaorg|ba|csv`: imports job postings; re-imports update instead of duplicating. */
import { defaultExtractors, defaultGeocoder } from '../../importers/defaults';
import { JOB_FORMATS, type JobFormat } from '../../importers/index';
import { progressBar } from '../../importers/progress';
import { importJobsFile, summaryLines, type ImportSummary } from '../../importers/run';
import { CatalogStore } from '../../store/catalog-store';
import { UsageError, type Command, type CommandIO } from '../command';
import { withDatabase } from '../database';

/** Validates the file argument and --format against the known formats. */
export function fileAndFormat<F extends string>(positionals: string[], format: unknown, formats: readonly F[], usage: string): { file: string; format: F } {
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(`Usage: lotse ${usage}`);
  if (typeof format !== 'string' || !formats.includes(format as F)) throw new UsageError(`--format must be one of ${formats.join(', ')}`);
  return { file, format: format as F };
}

/** --valid-days as a positive whole number, if given. */
export function validDaysOption(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('--valid-days must be a whole number of days ≥ 1');
  return n;
}

/** Opens the configured database, runs the import with a progress bar and prints the summary. */
export async function runImport(io: CommandIO, label: string, work: (catalog: CatalogStore, onProgress: (done: number, total: number) => void) => Promise<ImportSummary>): Promise<ImportSummary> {
  return withDatabase(async (db) => {
    const bar = progressBar(label);
    try {
      const summary = await work(new CatalogStore(db.prisma), (done, total) => bar.update(done, total));
      bar.stop();
      for (const line of summaryLines(summary)) io.print(line);
      return summary;
    } finally {
      bar.stop();
    }
  });
}

const USAGE = 'import jobs <file> --format schemaorg|ba|csv [--country CH|DE] [--valid-days N]';

export const importJobsCommand: Command = {
  summary: 'Import job postings (schema.org JSON-LD, BA Jobsuche response, CSV)',
  usage: USAGE,
  options: { format: { type: 'string' }, country: { type: 'string' }, 'valid-days': { type: 'string' } },
  async run({ values, positionals }, io) {
    const { file, format } = fileAndFormat(positionals, values.format, Object.keys(JOB_FORMATS) as JobFormat[], USAGE);
    const country = values.country === undefined ? undefined : String(values.country).toUpperCase();
    if (country !== undefined && country !== 'CH' && country !== 'DE') throw new UsageError('--country must be CH or DE');
    const validDays = validDaysOption(values['valid-days']);
    return runImport(io, 'jobs', (catalog, onProgress) =>
      importJobsFile(catalog, file, format, { ...defaultExtractors(), geocode: defaultGeocoder, defaultCountry: country, validDays, onProgress }),
    );
  },
};
