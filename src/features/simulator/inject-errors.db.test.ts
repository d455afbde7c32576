// --inject-errors plants known problems and lists each one; the list matches the database.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sql } from 'kysely'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import { upnCheckLetter } from './identity.ts'
import { seedAuthority } from './index.ts'
import { integrityProblems } from './integrity.ts'

const TODAY = '2019-06-30'

describe('injected errors', () => {
  it('corrupts records in ways the schema admits and lists every one in the manifest', async () => {
    const database = await openTestDatabase()
    try {
      const report = await seedAuthority(database.db, { scale: 0.08, seed: 3, today: TODAY, injectErrors: 0.05 })
      const manifest = report.manifest
      assert.ok(manifest.length > 50, `only ${manifest.length} errors`)
      const kinds = new Set(manifest.map((m) => m.kind))
      for (const kind of ['unknown_code', 'malformed_upn', 'overlapping_spell', 'ends_before_start', 'review_out_of_timescale', 'missing_date']) {
        assert.ok(kinds.has(kind), `no ${kind} in ${[...kinds].join(', ')}`)
      }
      for (const entry of manifest) {
        const row = (await sql<Record<string, unknown>>`select * from ${sql.table(entry.table)} where id = ${entry.recordId}`.execute(database.db)).rows[0]
        assert.ok(row, `${entry.table} ${entry.recordId} is missing`)
        const value = row[entry.field]
        switch (entry.kind) {
          case 'unknown_code': {
            const known = await sql`select 1 from code_list where code = ${String(value)}`.execute(database.db)
            assert.equal(known.rows.length, 0, `${entry.table}.${entry.field} "${String(value)}" is a real code`)
            break
          }
          case 'malformed_upn':
            assert.notEqual(upnCheckLetter(String(value).slice(1)), String(value)[0])
            break
          case 'missing_date':
            assert.equal(value, null)
            break
          case 'ends_before_start':
            assert.ok(String(row.end_date) < String(row.start_date))
            break
          default:
            assert.notEqual(value, undefined)
        }
      }
      const problems = await integrityProblems(database.db, TODAY)
      assert.ok(problems.some((p) => p.includes('not in code list')))
      assert.ok(problems.some((p) => p.includes('malformed UPNs')))
      assert.ok(problems.some((p) => p.includes('overlapping')))
    } finally {
      await database.close()
    }
  })
})
