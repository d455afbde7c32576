#!/usr/bin/env node
// Runs the test suites with Node's own test runner.
//   node scripts/run-tests.mjs [--postgres] unit integration e2e
// unit:        *.test.ts that touch no database (pure code)
// integration: *.db.test.ts, each file on a fresh clone of a migrated template database
// e2e:         *.e2e.test.ts, Debian Chromium driven by playwright-core
// or name test files to run just those.
// --postgres runs the database suites against the server in DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres): a template database is created for this run and
// dropped after, with every clone made from it.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const postgres = args.includes('--postgres')
// Named test files run on their own (`node scripts/run-tests.mjs path/to/x.db.test.ts`).
const named = args.filter((a) => !a.startsWith('--') && a.endsWith('.ts'))
const suites = args.filter((a) => !a.startsWith('--') && !a.endsWith('.ts'))
const extra = args.filter((a) => a.startsWith('--') && a !== '--postgres')

function findTests(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) findTests(full, out)
    else if (entry.name.endsWith('.test.ts')) out.push(path.relative(root, full))
  }
  return out
}

const all = [...findTests(path.join(root, 'src')), ...findTests(path.join(root, 'test')), ...findTests(path.join(root, 'bench'))]
const kind = (file) => (file.endsWith('.e2e.test.ts') ? 'e2e' : file.endsWith('.db.test.ts') ? 'integration' : 'unit')
const files = named.length > 0 ? named.map((f) => path.relative(root, path.resolve(f))) : all.filter((file) => suites.includes(kind(file))).sort()
if (files.length === 0) {
  console.error(`No test files found for: ${[...suites, ...named].join(', ')}`)
  process.exit(1)
}

const env = { ...process.env, TZ: 'Europe/London', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }
const tsx = ['--import', 'tsx']
let cleanup = () => {}
if (files.some((f) => kind(f) !== 'unit')) {
  if (postgres) {
    const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
    const template = `sightline_test_${process.pid}`
    run(['node', ...tsx, 'test/support/prepare-templates.ts', 'postgres', baseUrl, template])
    env.SIGHTLINE_TEST_PG_URL = baseUrl
    env.SIGHTLINE_TEST_PG_TEMPLATE = template
    cleanup = () => run(['node', 'scripts/drop-test-databases.mjs', baseUrl, template])
  } else {
    const out = run(['node', ...tsx, 'test/support/prepare-templates.ts', 'pglite'], true)
    env.SIGHTLINE_TEST_PGLITE_TEMPLATE = out.trim().split('\n').at(-1)
    delete env.DATABASE_URL
  }
}

const started = Date.now()
const result = spawnSync(
  'node',
  [...tsx, '--test', '--test-concurrency=2', '--test-timeout=300000', ...extra, ...files],
  { cwd: root, env, stdio: 'inherit' },
)
cleanup()
console.log(`\n${(named.length > 0 ? ['named'] : suites).join(' + ')}${postgres ? ' on PostgreSQL' : ''}: ${files.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`)
process.exit(result.status ?? 1)

function run(command, capture = false) {
  const r = spawnSync(command[0], command.slice(1), { cwd: root, env, encoding: 'utf8', stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit' })
  if (r.status !== 0) {
    console.error(`Failed: ${command.join(' ')}`)
    process.exit(r.status ?? 1)
  }
  return r.stdout ?? ''
}
