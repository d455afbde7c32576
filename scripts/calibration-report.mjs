#!/usr/bin/env node
// Turns `sightline seed --json` output (stdin) into the Markdown table in docs/calibration.md.
//   SIGHTLINE_DATA_DIR=tmp/calibration node bin/sightline.js seed --today 2026-12-03 --json | node scripts/calibration-report.mjs > docs/calibration.md
import fs from 'node:fs'

const rows = JSON.parse(fs.readFileSync(0, 'utf8'))
const missed = rows.filter((r) => !r.ok)
const lines = [
  '# Calibration of the simulated authority',
  '',
  'The default authority (`sightline seed`: scale 1, seed 1) against every published figure it is tuned to,',
  'measured by querying the seeded database. Targets and their sources are in',
  '`src/features/simulator/calibration-targets.ts`; the test `src/features/simulator/calibration.db.test.ts`',
  'fails if any row leaves its tolerance. Regenerate this page with the command at the top of',
  '`scripts/calibration-report.mjs`.',
  '',
  `${rows.length} targets, ${rows.length - missed.length} within tolerance.`,
  '',
  '| Target | Date | Published | Simulated | Difference | Tolerance (±) | Within |',
  '| --- | --- | ---: | ---: | ---: | ---: | :---: |',
  ...rows.map((r) => `| ${r.target.replaceAll('|', '\\|')} | ${r.date} | ${r.expected} | ${r.simulated} | ${r.difference} | ${r.tolerance} | ${r.ok ? 'yes' : '**no**'} |`),
  '',
]
process.stdout.write(lines.join('\n'))
