#!/usr/bin/env node
// Generates the Prisma clients from the one schema (prisma/schema.prisma, SQLite):
// src/store/generated/sqlite and, from a derived copy with provider "postgresql", src/store/generated/postgres.
// The CLI reads the datasource url while generating, so a harmless default is supplied.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const source = fs.readFileSync(path.join(root, 'prisma', 'schema.prisma'), 'utf8');
const derivedDir = path.join(root, 'prisma', 'generated');
fs.mkdirSync(derivedDir, { recursive: true });

const variants = {
  sqlite: source.replace('output       = "../src/store/generated"', 'output       = "../../src/store/generated/sqlite"'),
  postgres: source
    .replace('output       = "../src/store/generated"', 'output       = "../../src/store/generated/postgres"')
    .replace('provider = "sqlite"', 'provider = "postgresql"'),
};

for (const [name, schema] of Object.entries(variants)) {
  if (schema === source) throw new Error(`could not derive the ${name} schema: generator block changed?`);
  const file = path.join(derivedDir, `${name}.prisma`);
  fs.writeFileSync(file, `// Derived from prisma/schema.prisma by scripts/prisma-generate.js. Do not edit.\n${schema}`);
  const url = name === 'sqlite' ? 'file:./generate.db' : 'postgresql://localhost:5432/generate';
  execFileSync(process.execPath, [require.resolve('prisma/build/index.js'), 'generate', '--schema', file], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
  console.log(`prisma client (${name}) generated`);
}
