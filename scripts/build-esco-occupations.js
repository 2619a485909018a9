#!/usr/bin/env node
/**
 * Derives src/matching/taxonomy/esco-occupations.json (committed) from ESCO's German occupations:
 *   node scripts/build-esco-occupations.js <esco-de-v1.2 dir>
 * Keeps only the ESCO occupations that lead to exactly one curated occupation of
 * src/matching/taxonomy/concepts: by the curated concept's ESCO id, else by a title both share
 * (ESCO's preferred label first, its alternative labels second), else through the ESCO occupation
 * it is a narrower form of. Each row: ESCO id, curated slug, its preferred titles (both genders)
 * and its alternative titles of at most MAX_WORDS words. Rerun when the curated occupations change.
 * ESCO © European Union, CC BY 4.0 (https://esco.ec.europa.eu).
 */
const fs = require('node:fs');
const path = require('node:path');
const { parseCsv } = require('./esco-csv');

const MAX_WORDS = 4;
const OCCUPATION = 'http://data.europa.eu/esco/occupation/';

/** Compared as the runtime compares titles: folded, certificates and punctuation dropped. */
const key = (text) =>
  text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/\b(efz|eba|hf|fh|ihk|eidg|dipl)\b\.?/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();

/** "Polymechaniker/in" and "Detailhandelsfachfrau/-mann" as the two titles they stand for. */
function genders(form) {
  const m = /^(.*?)(\p{L}+)\/(-?)(\p{L}+)(.*)$/u.exec(form);
  if (!m) return [form];
  const [, head, first, dash, second, tail] = m;
  if (second === 'in' || second === 'r') return [head + first + tail, head + first + second + tail];
  if (dash) return [head + first + tail, head + first.replace(/(frau|mann)$/i, '') + second.toLowerCase() + tail];
  return [form];
}

function curatedOccupations(dir) {
  const out = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    for (const o of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).occupations ?? []) out.push(o);
  }
  return out;
}

function main([v12Dir]) {
  if (!v12Dir) {
    console.error('usage: node scripts/build-esco-occupations.js <esco-de-v1.2 dir>');
    process.exit(2);
  }
  const curated = curatedOccupations(path.join(__dirname, '..', 'src', 'matching', 'taxonomy', 'concepts'));
  const slugsByTitle = new Map();
  for (const o of curated) {
    for (const form of [o.de, ...(o.alt ?? [])].flatMap(genders)) {
      const k = key(form);
      if (!slugsByTitle.has(k)) slugsByTitle.set(k, new Set());
      slugsByTitle.get(k).add(o.slug);
    }
  }
  const slugByEsco = new Map(curated.filter((o) => o.esco).map((o) => [OCCUPATION + o.esco, o.slug]));
  const occupations = new Map();
  for (const r of parseCsv(fs.readFileSync(path.join(v12Dir, 'occupations_de.csv'), 'utf8'))) {
    if (r.status && r.status !== 'released') continue;
    const preferred = r.preferredLabel.split('/').map((s) => s.trim()).filter(Boolean);
    const alts = (r.altLabels || '').split(/\r?\n/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((a) => a && a.split(' ').length <= MAX_WORDS);
    occupations.set(r.conceptUri, { preferred, alts });
  }
  const only = (set) => (set.size === 1 ? [...set][0] : undefined);
  const shared = (forms) => {
    const slugs = new Set();
    for (const f of forms) for (const s of slugsByTitle.get(key(f)) ?? []) slugs.add(s);
    return slugs;
  };
  const mapped = new Map();
  for (const [uri, o] of occupations) {
    const slug = slugByEsco.get(uri) ?? only(shared(o.preferred)) ?? (shared(o.preferred).size === 0 ? only(shared(o.alts)) : undefined);
    if (slug) mapped.set(uri, slug);
  }
  // A narrower ESCO occupation is a form of the broader one's curated occupation only when its title
  // says so ("Fachverkäufer für Obst" under "Fachverkäufer"); "Hörakustiker" under it is another trade.
  const head = (title) => key(title).split(' ').pop() ?? '';
  const namesBroader = (uri, broaderUri) => {
    const heads = occupations.get(broaderUri).preferred.map(head).filter((h) => h.length >= 5);
    return occupations.get(uri).preferred.some((t) => key(t).split(' ').some((w) => heads.some((h) => w.endsWith(h))));
  };
  const broader = parseCsv(fs.readFileSync(path.join(v12Dir, 'broaderRelationsOccPillar_de.csv'), 'utf8')).filter((r) => r.conceptType === 'Occupation' && r.broaderType === 'Occupation');
  for (let round = 0; round < 2; round++) {
    for (const r of broader) if (!mapped.has(r.conceptUri) && mapped.has(r.broaderUri) && occupations.has(r.conceptUri) && namesBroader(r.conceptUri, r.broaderUri)) mapped.set(r.conceptUri, mapped.get(r.broaderUri));
  }
  const rows = [...mapped].sort(([a], [b]) => a.localeCompare(b)).map(([uri, slug]) => {
    const { preferred, alts } = occupations.get(uri);
    return { id: uri.replace(OCCUPATION, ''), occupation: slug, titles: preferred, alt: [...new Set(alts)].filter((a) => !preferred.includes(a)) };
  });
  const target = path.join(__dirname, '..', 'src', 'matching', 'taxonomy', 'esco-occupations.json');
  const body = `{"attribution":"ESCO classification, © European Union, CC BY 4.0, https://esco.ec.europa.eu; derived by scripts/build-esco-occupations.js","occupations":[\n${rows.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
  fs.writeFileSync(target, body);
  console.log(`${rows.length} ESCO occupations → ${new Set(rows.map((r) => r.occupation)).size} curated occupations, ${rows.reduce((n, r) => n + r.titles.length + r.alt.length, 0)} titles, ${body.length} bytes → ${path.relative(process.cwd(), target)}`);
}

main(process.argv.slice(2));
