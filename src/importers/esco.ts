/**
 * Importer for the official ESCO CSV export (skills_de.csv, occupations_de.csv, the skill
 * collections, skillSkillRelations_de.csv, occupationSkillRelations_de.csv; also the reduced
 * concept_uri/preferred_label form). Files are recognised by their header, not their name, so a
 * whole export directory can be handed over. English labels come from *_en.csv files when present.
 */
import fs from 'node:fs';
import path from 'node:path';
import { swissSpelling } from '../matching/taxonomy/builtin';
import type { Concept, ConceptKind } from '../matching/taxonomy/types';
import { readCsv } from './csv';

/** What an import saw and did. */
export interface EscoImportStats {
  files: string[];
  /** Concept rows read (a concept listed in several collection files counts each time). */
  rows: number;
  /** Distinct concepts produced. */
  concepts: number;
  skipped: number;
  /** Skipped rows by reason, e.g. {"not released": 3}. */
  reasons: Record<string, number>;
  relations: number;
}

/** The concepts of an import and its statistics. */
export interface EscoImport {
  concepts: Concept[];
  stats: EscoImportStats;
}

/** Synonyms kept per concept: enough for lookups, bounded against runaway rows. */
const MAX_SYNONYMS = 60;

/** Header name without case, underscores or spaces ("concept_uri" = "conceptUri"). */
function key(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

function column(record: Record<string, string>, name: string): string {
  for (const [k, v] of Object.entries(record)) if (key(k) === name) return v.trim();
  return '';
}

/** ESCO label lists: newline-separated in the main files, " | " in the collection files. */
export function splitLabels(value: string): string[] {
  return value
    .split(/\r?\n| \| /)
    .map((s) => s.trim())
    .filter(Boolean);
}

function kindOf(conceptType: string, uri: string): ConceptKind | undefined {
  const type = conceptType.toLowerCase();
  if (type === 'occupation') return 'occupation';
  if (type === 'knowledgeskillcompetence') return 'skill';
  if (type) return undefined;
  if (/\/esco\/occupation\//.test(uri)) return 'occupation';
  if (/\/esco\/skill\//.test(uri)) return 'skill';
  return undefined;
}

/** Longer URIs and labels are no ESCO data (ESCO's longest label has under 200 characters). */
const MAX_URI_CHARS = 300;
const MAX_LABEL_CHARS = 300;

type FileKind = 'concepts' | 'skill-relations' | 'occupation-relations' | 'other';

/** What a CSV file holds, judged by its header. */
export function fileKind(header: string[]): FileKind {
  const keys = new Set(header.map(key));
  if (keys.has('concepturi') && keys.has('preferredlabel')) return 'concepts';
  if (keys.has('originalskilluri') && keys.has('relatedskilluri')) return 'skill-relations';
  if (keys.has('occupationuri') && keys.has('skilluri')) return 'occupation-relations';
  return 'other';
}

/** Collects concepts and relations from ESCO CSV texts; call result() at the end. */
export class EscoCollector {
  private readonly byId = new Map<string, Concept>();
  private readonly english = new Map<string, string>();
  private readonly stats: EscoImportStats = { files: [], rows: 0, concepts: 0, skipped: 0, reasons: {}, relations: 0 };
  private readonly pendingRelations: { from: string; to: string; type: string; kind: 'skill' | 'occupation' }[] = [];

  /** Adds one CSV file's text; `name` only labels statistics, `language` "en" only adds English labels. */
  add(text: string, name: string, language: 'de' | 'en' = 'de'): FileKind {
    if (!text.trim()) return 'other';
    const { header, rows } = readCsv(text);
    const records = rows.map((r) => r.values);
    const kind = fileKind(header);
    if (kind === 'other') return kind;
    this.stats.files.push(name);
    if (kind === 'concepts') {
      if (language === 'en') for (const r of records) this.addEnglish(r);
      else for (const r of records) this.addConcept(r);
    } else {
      for (const r of records) this.addRelation(r, kind);
    }
    return kind;
  }

  private skip(reason: string): void {
    this.stats.skipped++;
    this.stats.reasons[reason] = (this.stats.reasons[reason] ?? 0) + 1;
  }

  private addEnglish(r: Record<string, string>): void {
    const uri = column(r, 'concepturi');
    const label = column(r, 'preferredlabel');
    if (uri && label) this.english.set(uri, label);
  }

  private addConcept(r: Record<string, string>): void {
    this.stats.rows++;
    const uri = column(r, 'concepturi');
    const label = column(r, 'preferredlabel');
    const status = column(r, 'status');
    if (!/^https?:\/\//.test(uri)) return this.skip('no concept URI');
    if (!label) return this.skip('no preferred label');
    if (uri.length > MAX_URI_CHARS || label.length > MAX_LABEL_CHARS) return this.skip('URI or label too long');
    if (status && status !== 'released') return this.skip('not released');
    const kind = kindOf(column(r, 'concepttype'), uri);
    if (!kind) return this.skip('not a skill or occupation');
    const synonyms = [...splitLabels(column(r, 'altlabels')), ...splitLabels(column(r, 'hiddenlabels'))].filter((s) => s !== label);
    const existing = this.byId.get(uri);
    if (existing) {
      existing.synonyms = [...new Set([...existing.synonyms, ...synonyms])].slice(0, MAX_SYNONYMS);
      return;
    }
    this.byId.set(uri, {
      id: uri,
      kind,
      field: 'esco',
      labels: { 'de-DE': label, 'de-CH': swissSpelling(label), en: label },
      synonyms: [...new Set(synonyms)].slice(0, MAX_SYNONYMS),
      related: [],
      ...(kind === 'occupation' ? { essentialSkills: [], optionalSkills: [] } : {}),
    });
  }

  private addRelation(r: Record<string, string>, kind: 'skill-relations' | 'occupation-relations'): void {
    if (kind === 'skill-relations') {
      this.pendingRelations.push({ from: column(r, 'originalskilluri'), to: column(r, 'relatedskilluri'), type: column(r, 'relationtype'), kind: 'skill' });
    } else {
      this.pendingRelations.push({ from: column(r, 'occupationuri'), to: column(r, 'skilluri'), type: column(r, 'relationtype'), kind: 'occupation' });
    }
  }

  /** Relations are applied last, so the order of files does not matter; unknown ends are dropped. */
  private applyRelations(): void {
    for (const rel of this.pendingRelations) {
      const from = this.byId.get(rel.from);
      if (!from || !this.byId.has(rel.to) || rel.from === rel.to) continue;
      if (rel.kind === 'skill') {
        if (!from.related.includes(rel.to)) from.related.push(rel.to);
      } else if (from.kind === 'occupation') {
        const list = rel.type === 'essential' ? from.essentialSkills! : from.optionalSkills!;
        if (!list.includes(rel.to)) list.push(rel.to);
      } else continue;
      this.stats.relations++;
    }
  }

  /** The collected concepts (English labels applied) and the statistics. */
  result(): EscoImport {
    this.applyRelations();
    for (const [uri, en] of this.english) {
      const c = this.byId.get(uri);
      if (c) c.labels.en = en;
    }
    const concepts = [...this.byId.values()];
    return { concepts, stats: { ...this.stats, concepts: concepts.length } };
  }
}

/** Imports every ESCO CSV file in one or more directories (files of other kinds are ignored). */
export function importEscoDirectories(dirs: string[]): EscoImport {
  const collector = new EscoCollector();
  for (const dir of dirs) {
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith('.csv'))
      .sort();
    if (files.length === 0) throw new Error(`no .csv files in ${dir}`);
    for (const file of files) {
      const language = /_en\.csv$/i.test(file) ? 'en' : 'de';
      collector.add(fs.readFileSync(path.join(dir, file), 'utf8'), file, language);
    }
  }
  return collector.result();
}

/** Imports every ESCO CSV file in a directory. */
export function importEscoDirectory(dir: string): EscoImport {
  return importEscoDirectories([dir]);
}
