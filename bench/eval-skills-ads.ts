/**
 * The text of one real job ad from ../shared/data, read the same way for every source: title, a
 * line break, the description with HTML tags removed, entities decoded, soft hyphens removed and
 * white space collapsed. The ads are never copied into the repository; eval/skills/job-ads.json
 * names them by file and record index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../src/importers/csv';

export type AdRecordSource = Record<string, unknown>[];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function clean(value: unknown): string {
  const text = Array.isArray(value) ? value.join(' ') : String(value ?? '');
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) =>
      e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function records(dataDir: string, file: string, cache: Map<string, AdRecordSource>): AdRecordSource {
  let rows = cache.get(file);
  if (!rows) {
    const raw = readFileSync(join(dataDir, file), 'utf8');
    if (file.endsWith('.csv')) rows = readCsv(raw.replace(/^\uFEFF/, '')).rows.map((r) => r.values);
    else {
      const parsed = JSON.parse(raw) as AdRecordSource | { data: AdRecordSource };
      rows = Array.isArray(parsed) ? parsed : parsed.data;
    }
    cache.set(file, rows);
  }
  return rows;
}

/** The ad's text (see the module comment). */
export function adText(dataDir: string, file: string, index: number, cache: Map<string, AdRecordSource>): string {
  const r = records(dataDir, file, cache)[index];
  if (!r) throw new Error(`${file} has no record ${index}`);
  if ('tasks' in r) return `${clean(r.title)}\n${clean(r.tasks)}\n${clean(r.requirements)}`;
  if ('jobDescription' in r) return `${clean(r.jobTitle)}\n${clean(r.jobDescription)}`;
  return `${clean(r.title)}\n${clean(r.description)}`;
}
