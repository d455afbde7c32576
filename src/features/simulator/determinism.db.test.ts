// The same seed writes the same authority, byte for byte, and the same returns from it; another seed
// writes another one.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import { fixedClock } from '../../platform/time/clock.ts'
import { cinCensusXml } from '../returns/cin/export.ts'
import { export903 } from '../returns/ssda903/export.ts'
import { seedAuthority } from './index.ts'
import { integrityProblems } from './integrity.ts'

const TODAY = '2018-09-30'

const indexes = async (db: Kysely<DB>) =>
  (await sql<{ definition: string }>`select indexdef as definition from pg_indexes where schemaname = current_schema() order by indexname`.execute(db)).rows.map((r) => r.definition)

async function seeded(seed: number): Promise<{ hashes: Record<string, string>; problems: string[]; exports: string; indexes: string[] }> {
  const database = await openTestDatabase()
  try {
    const report = await seedAuthority(database.db, { scale: 0.08, seed, today: TODAY })
    const hashes: Record<string, string> = {}
    for (const table of [...Object.keys(report.rows), 'record_history'].sort()) hashes[table] = await tableHash(database.db, table)
    // The returns for the collection year ending 31 March 2018, as the files would hold them.
    const return903 = await export903(database.db, 2018)
    const cin = await cinCensusXml(database.db, fixedClock(TODAY), { year: 2018, la: '806' })
    const exports = createHash('sha256').update(JSON.stringify(return903)).update(cin.xml).digest('hex')
    return { hashes, problems: await integrityProblems(database.db, TODAY), exports, indexes: await indexes(database.db) }
  } finally {
    await database.close()
  }
}

async function tableHash(db: Kysely<DB>, table: string): Promise<string> {
  const result = await sql<{ h: string }>`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as h from ${sql.table(table)} t`.execute(db)
  return result.rows[0]?.h ?? ''
}

describe('seeding is deterministic', () => {
  it('writes identical tables for the same seed, and different ones for another seed', async () => {
    const first = await seeded(7)
    const second = await seeded(7)
    assert.deepEqual(second.hashes, first.hashes)
    assert.equal(second.exports, first.exports)
    assert.deepEqual(first.problems, [])
    // The bulk load may set indexes aside (PGlite); every one the migrations made is back, as it was.
    const fresh = await openTestDatabase()
    try {
      assert.deepEqual(first.indexes, await indexes(fresh.db))
    } finally {
      await fresh.close()
    }
    const other = await seeded(8)
    assert.notEqual(other.hashes.child, first.hashes.child)
    assert.notEqual(other.exports, first.exports)
  })
})
