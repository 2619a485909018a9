#!/usr/bin/env node
// The `lotse` command. Runs the built CLI (npm install builds it).
process.env.DOTENV_CONFIG_QUIET = 'true';
const path = require('node:path');
const fs = require('node:fs');

const built = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (!fs.existsSync(built)) {
  console.error('Lotse is not built yet: run `npm run build` (npm install does it) and try again.');
  process.exit(1);
}
require(built)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
