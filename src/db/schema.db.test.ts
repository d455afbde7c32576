import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { openTestDatabase } from '../../test/support/test-database.ts'
import { syncReferenceData } from '../features/reference/sync.ts'
import type { Database } from './database.ts'
import { generateSchemaSource } from './generate-types.ts'
import { migrations } from './migrations/index.ts'

describe('schema', () => {
  let database: Database
  before(async () => {
    database = await openTestDatabase()
  })
  after(() => database.close())

  it('has applied every migration', async () => {
    const applied = await database.db
      .selectFrom(sql.table('kysely_migration').as('m'))
      .select(sql<string>`name`.as('name'))
      .execute()
    assert.deepEqual(applied.map((r) => r.name).sort(), Object.keys(migrations).sort())
  })

  it('matches the committed row types (run `sightline db-types` after changing a migration)', async () => {
    const generated = await generateSchemaSource(database.db as never)
    const committed = fs.readFileSync(path.resolve(import.meta.dirname, 'schema.ts'), 'utf8')
    assert.equal(committed, generated)
  })

  it('loads reference data again without duplicating it', async () => {
    const count = async () =>
      (await database.db.selectFrom('code_list').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n
    const before = await count()
    await syncReferenceData(database.db)
    await syncReferenceData(database.db)
    assert.equal(await count(), before)
    assert.ok(before > 250)
    const wards = await database.db.selectFrom('ward').select('name').execute()
    assert.equal(wards.length, 20)
    const population = await database.db.selectFrom('population').select('persons').where('area_code', '=', 'E06000002').where('year', '=', 2019).executeTakeFirstOrThrow()
    assert.equal(population.persons, 32877)
  })

  it('stores statutory dates as plain calendar dates on both engines', async () => {
    const row = await sql<{ d: string; n: number; c: number }>`select date '2024-02-29' as d, 1.25::numeric as n, count(*) as c from ward`.execute(database.db)
    assert.deepEqual(row.rows[0], { d: '2024-02-29', n: 1.25, c: 20 })
  })
})
