// A fresh, migrated database for one test file, on whichever engine the run uses.
// No mocked database anywhere: tests talk to PGlite or to a real PostgreSQL server.
import fs from 'node:fs'
import pg from 'pg'
import { openDatabase, openMemoryDatabase, type Database } from '../../src/db/database.ts'

export async function openTestDatabase(): Promise<Database> {
  const pgTemplate = process.env.SIGHTLINE_TEST_PG_TEMPLATE
  const baseUrl = process.env.SIGHTLINE_TEST_PG_URL
  if (pgTemplate && baseUrl) return openPostgresClone(baseUrl, pgTemplate)
  const template = process.env.SIGHTLINE_TEST_PGLITE_TEMPLATE
  if (!template) throw new Error('Run the suites through `npm test` (scripts/run-tests.mjs) so a template database exists.')
  return openMemoryDatabase(new Blob([fs.readFileSync(template)]))
}

async function openPostgresClone(baseUrl: string, template: string): Promise<Database> {
  const name = `${template}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  await adminQuery(baseUrl, `create database "${name}" template "${template}"`)
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  const database = await openDatabase({ kind: 'postgres', connectionString: url.toString(), poolSize: 4 })
  return {
    ...database,
    async close() {
      await database.close()
      await adminQuery(baseUrl, `drop database if exists "${name}"`)
    },
  }
}

async function adminQuery(baseUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
