/**
 * Imported taxonomy concepts (e.g. from ESCO) in the SkillConcept table. The curated concepts ship
 * with the code; the database holds what an operator imported, and loadTaxonomy joins both.
 */
import { builtinTaxonomy, type Taxonomy } from '../matching/taxonomy/taxonomy';
import type { Concept, TaxonomyField } from '../matching/taxonomy/types';
import type { PrismaClient } from './database';

/** What upsertConcepts did. */
export interface ConceptUpsertResult {
  created: number;
  updated: number;
  unchanged: number;
}

/** Rows per statement/transaction: stays below SQLite's parameter limit. */
const BATCH = 400;
const TX_OPTIONS = { timeout: 120_000, maxWait: 30_000 };
const ESCO_PREFIX = 'http://data.europa.eu/esco/';

interface SkillConceptRow {
  id: string;
  kind: string;
  labelDe: string;
  labelDeCh: string | null;
  labelEn: string | null;
  altLabels: string;
  field: string | null;
  related: string;
  escoUri: string | null;
}

function toRow(c: Concept): SkillConceptRow {
  return {
    id: c.id,
    kind: c.kind,
    labelDe: c.labels['de-DE'],
    labelDeCh: c.labels['de-CH'],
    labelEn: c.labels.en,
    altLabels: JSON.stringify(c.synonyms),
    field: c.field,
    related: JSON.stringify(c.related),
    escoUri: c.id.startsWith(ESCO_PREFIX) ? c.id : null,
  };
}

/** A JSON string array column; anything else (hand-edited rows) reads as empty. */
function stringArray(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function fromRow(row: SkillConceptRow): Concept {
  const kind = row.kind === 'occupation' ? 'occupation' : 'skill';
  return {
    id: row.id,
    kind,
    field: (row.field ?? 'esco') as TaxonomyField,
    labels: { 'de-DE': row.labelDe, 'de-CH': row.labelDeCh ?? row.labelDe.replace(/ß/g, 'ss'), en: row.labelEn ?? row.labelDe },
    synonyms: stringArray(row.altLabels),
    related: stringArray(row.related),
    ...(kind === 'occupation' ? { essentialSkills: [], optionalSkills: [] } : {}),
  };
}

const union = (a: string, b: string) => JSON.stringify([...new Set([...stringArray(a), ...stringArray(b)])]);

/** The new row with the stored synonyms and relations kept. */
function joinLists(old: SkillConceptRow, next: SkillConceptRow): SkillConceptRow {
  return { ...next, altLabels: union(old.altLabels, next.altLabels), related: union(old.related, next.related) };
}

const same = (a: SkillConceptRow, b: SkillConceptRow) => (Object.keys(a) as (keyof SkillConceptRow)[]).every((k) => a[k] === b[k]);

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Taxonomy concepts stored in the database. */
export class TaxonomyStore {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Inserts new concepts and updates changed ones (by id); unchanged rows are not touched. Synonyms
   * and relations are joined with the stored ones, so importing a reduced export (labels only)
   * after a full one does not wipe what the full one brought.
   */
  async upsertConcepts(concepts: Concept[], onProgress?: (done: number, total: number) => void): Promise<ConceptUpsertResult> {
    const rows = [...new Map(concepts.map((c) => [c.id, toRow(c)])).values()];
    const result: ConceptUpsertResult = { created: 0, updated: 0, unchanged: 0 };
    let done = 0;
    for (const batch of chunks(rows, BATCH)) {
      const existing = await this.prisma.skillConcept.findMany({ where: { id: { in: batch.map((r) => r.id) } } });
      const old = new Map(existing.map((r) => [r.id, r as SkillConceptRow]));
      const created = batch.filter((r) => !old.has(r.id));
      const changed = batch
        .filter((r) => old.has(r.id))
        .map((r) => joinLists(old.get(r.id)!, r))
        .filter((r) => !same(old.get(r.id)!, r));
      await this.prisma.$transaction(async (tx) => {
        if (created.length > 0) await tx.skillConcept.createMany({ data: created });
        for (const r of changed) await tx.skillConcept.update({ where: { id: r.id }, data: r });
      }, TX_OPTIONS);
      result.created += created.length;
      result.updated += changed.length;
      result.unchanged += batch.length - created.length - changed.length;
      done += batch.length;
      onProgress?.(done, rows.length);
    }
    return result;
  }

  /** Every stored concept. */
  async allConcepts(): Promise<Concept[]> {
    const rows = await this.prisma.skillConcept.findMany({ orderBy: { id: 'asc' } });
    return rows.map((r) => fromRow(r as SkillConceptRow));
  }

  /** How many concepts are stored. */
  async count(): Promise<number> {
    return this.prisma.skillConcept.count();
  }
}

/** The curated taxonomy plus every imported concept (the curated one alone when nothing was imported). */
export async function loadTaxonomy(store: TaxonomyStore): Promise<Taxonomy> {
  const imported = await store.allConcepts();
  return imported.length === 0 ? builtinTaxonomy() : builtinTaxonomy().withConcepts(imported);
}
