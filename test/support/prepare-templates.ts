// Run once by scripts/run-tests.mjs before the database suites: builds a migrated template that
// every test file clones, so each file gets a fresh database without paying for initdb.
//   PGlite: a dumped data folder, cached by a hash of the migrations.
//   PostgreSQL: a template database created fresh for this run (dropped by the runner after).
import fs from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'
import pg from 'pg'
import { openMemoryDatabase, openDatabase } from '../../src/db/database.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { syncReferenceData } from '../../src/features/reference/sync.ts'

const root = path.resolve(import.meta.dirname, '../..')

function migrationsHash(): string {
  const hash = createHash('sha256')
  for (const dir of ['src/db/migrations', 'src/features/reference']) {
    for (const file of fs.readdirSync(path.join(root, dir)).sort()) {
      const full = path.join(root, dir, file)
      if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full))
    }
  }
  return hash.digest('hex').slice(0, 16)
}

export async function preparePGliteTemplate(): Promise<string> {
  const dir = path.join(root, 'node_modules/.cache/sightline')
  const file = path.join(dir, `template-${migrationsHash()}.tar.gz`)
  if (fs.existsSync(file)) return file
  fs.mkdirSync(dir, { recursive: true })
  const database = await openMemoryDatabase()
  await migrateToLatest(database.db as never)
  await syncReferenceData(database.db)
  const dump = await (database as unknown as { pglite: { dumpDataDir(c: 'gzip'): Promise<Blob> } }).pglite.dumpDataDir('gzip')
  await database.close()
  const temp = `${file}.${process.pid}`
  fs.writeFileSync(temp, Buffer.from(await dump.arrayBuffer()))
  fs.renameSync(temp, file)
  return file
}

export async function preparePostgresTemplate(baseUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: baseUrl })
  await admin.connect()
  try {
    await admin.query(`drop database if exists "${name}"`)
    await admin.query(`create database "${name}"`)
  } finally {
    await admin.end()
  }
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  const database = await openDatabase({ kind: 'postgres', connectionString: url.toString(), poolSize: 2 })
  await migrateToLatest(database.db as never)
  await syncReferenceData(database.db)
  await database.close()
}

const [mode, baseUrl, name] = process.argv.slice(2)
if (mode === 'pglite') console.log(await preparePGliteTemplate())
else if (mode === 'postgres' && baseUrl && name) await preparePostgresTemplate(baseUrl, name)
