import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect, sql } from 'kysely'
import { PGlitePool } from './pglite-pool.ts'

describe('PGlite behind the pg pool interface', () => {
  it('fails with a clear message when the outer handle is used inside a transaction', async () => {
    const pool = new PGlitePool(await PGlite.create(), { waitLimitMs: 300 })
    const db = new Kysely<Record<string, never>>({ dialect: new PostgresDialect({ pool }) })
    try {
      await assert.rejects(
        db.transaction().execute(async () => {
          await sql`select 1`.execute(db)
        }),
        /outer database handle being used inside a transaction/,
      )
      // The connection is free again afterwards.
      const result = await sql<{ one: number }>`select 1 as one`.execute(db)
      assert.equal(result.rows[0]?.one, 1)
    } finally {
      await db.destroy()
    }
  })

  it('reports the number of rows an update changed', async () => {
    const pool = new PGlitePool(await PGlite.create())
    const db = new Kysely<{ t: { id: number } }>({ dialect: new PostgresDialect({ pool }) })
    try {
      await sql`create table t (id int)`.execute(db)
      await db.insertInto('t').values([{ id: 1 }, { id: 2 }, { id: 3 }]).execute()
      const result = await db.updateTable('t').set({ id: 9 }).where('id', '>', 1).executeTakeFirstOrThrow()
      assert.equal(result.numUpdatedRows, 2n)
    } finally {
      await db.destroy()
    }
  })
})
