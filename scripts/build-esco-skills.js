#!/usr/bin/env node
/**
 * Derives src/matching/taxonomy/esco-skills.json (committed) from the ESCO German CSV export:
 *   node scripts/build-esco-skills.js <esco-de-skills-v1.1/all_skills_de.csv> <esco-de-v1.2 dir>
 * Keeps every released skill's German preferred label and alternative labels (the v1.2 collection
 * files carry the alternative labels), no descriptions. Labels of more than MAX_WORDS words are
 * dropped: neither a chat message nor the importers' phrase finder can match them whole.
 * ESCO © European Union, CC BY 4.0 (https://esco.ec.europa.eu).
 */
const fs = require('node:fs');
const path = require('node:path');
const { parseCsv } = require('./esco-csv');

const MAX_WORDS = 6;
const MAX_ALTS = 12;

const words = (label) => label.trim().split(/\s+/).length;
const clean = (label) => label.replace(/\s+/g, ' ').trim();

function main([allSkills, v12Dir]) {
  if (!allSkills || !v12Dir) {
    console.error('usage: node scripts/build-esco-skills.js <all_skills_de.csv> <esco-de-v1.2 dir>');
    process.exit(2);
  }
  const skills = new Map();
  for (const r of parseCsv(fs.readFileSync(allSkills, 'utf8'))) {
    const uri = r.concept_uri || r.conceptUri;
    const label = clean(r.preferred_label || r.preferredLabel || '');
    if (!/\/esco\/skill\//.test(uri || '') || !label) continue;
    skills.set(uri, { label, alts: new Set() });
  }
  for (const file of fs.readdirSync(v12Dir).filter((f) => /Collection_de\.csv$/.test(f)).sort()) {
    for (const r of parseCsv(fs.readFileSync(path.join(v12Dir, file), 'utf8'))) {
      if (r.conceptType !== 'KnowledgeSkillCompetence' || (r.status && r.status !== 'released')) continue;
      const entry = skills.get(r.conceptUri) ?? { label: clean(r.preferredLabel), alts: new Set() };
      skills.set(r.conceptUri, entry);
      for (const alt of (r.altLabels || '').split(/\r?\n| \| /).map(clean).filter(Boolean)) entry.alts.add(alt);
    }
  }
  const out = [];
  for (const [uri, { label, alts }] of [...skills].sort(([a], [b]) => a.localeCompare(b))) {
    const short = [...alts].filter((a) => a !== label && words(a) <= MAX_WORDS).sort((a, b) => a.length - b.length).slice(0, MAX_ALTS);
    if (words(label) > MAX_WORDS && short.length === 0) continue;
    out.push([uri.replace('http://data.europa.eu/esco/skill/', ''), label, ...short]);
  }
  const target = path.join(__dirname, '..', 'src', 'matching', 'taxonomy', 'esco-skills.json');
  const body = `{"attribution":"ESCO classification, © European Union, CC BY 4.0, https://esco.ec.europa.eu; derived by scripts/build-esco-skills.js","skills":[\n${out.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
  fs.writeFileSync(target, body);
  console.log(`${out.length} skills, ${out.reduce((n, e) => n + e.length - 2, 0)} alternative labels, ${body.length} bytes → ${path.relative(process.cwd(), target)}`);
}

main(process.argv.slice(2));
