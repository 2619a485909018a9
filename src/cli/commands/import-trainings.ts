/** `lotse import trainings <file> --format wbsuche|csv`: imports trainings; re-imports update instead of duplicating. */
import { defaultExtractors, defaultGeocoder } from '../../importers/defaults';
import { TRAINING_FORMATS, type TrainingFormatName } from '../../importers/index';
import { importTrainingsFile } from '../../importers/run';
import { UsageError, type Command } from '../command';
import { fileAndFormat, runImport } from './import-jobs';

const USAGE = 'import trainings <file> --format wbsuche|csv [--country CH|DE]';

export const importTrainingsCommand: Command = {
  summary: 'Import trainings (BA Weiterbildungssuche response, CSV)',
  usage: USAGE,
  options: { format: { type: 'string' }, country: { type: 'string' } },
  async run({ values, positionals }, io) {
    const { file, format } = fileAndFormat(positionals, values.format, Object.keys(TRAINING_FORMATS) as TrainingFormatName[], USAGE);
    const country = values.country === undefined ? undefined : String(values.country).toUpperCase();
    if (country !== undefined && country !== 'CH' && country !== 'DE') throw new UsageError('--country must be CH or DE');
    return runImport(io, 'trainings', (catalog, onProgress) =>
      importTrainingsFile(catalog, file, format, { ...defaultExtractors(), geocode: defaultGeocoder, defaultCountry: country, onProgress }),
    );
  },
};
