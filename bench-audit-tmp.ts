// Ad-hoc measurement (not committed): cost of the access filter and of audit.record.
import fs from 'node:fs'
import { openMemoryDatabase } from './src/db/database.ts'
import { createAuditService } from './src/platform/audit/audit.ts'
import { canSeeChild, visibleChildIds } from './src/platform/access/child-access.ts'
import { teamIdsForWorker } from './src/platform/auth/user.repository.ts'
import { fixedClock } from './src/platform/time/clock.ts'
import { seedAuthority } from './src/features/simulator/index.ts'
import type { Principal } from './src/platform/auth/principal.ts'

const { openDatabase } = await import('./src/db/database.ts')
const { migrateToLatest } = await import('./src/db/migrate.ts')
const database = process.env.PGURL
  ? await openDatabase({ kind: 'postgres', connectionString: process.env.PGURL, poolSize: 4 })
  : await openMemoryDatabase(new Blob([fs.readFileSync(process.env.TPL as string)]))
if (process.env.PGURL) await migrateToLatest(database.db as never)
const db = database.db
const today = '2026-11-23'
let t = performance.now()
const { writeAs } = await import('./src/db/write.ts')
const { sql } = await import('kysely')
await writeAs(db, { id: 'system:bench' }, async (trx) => {
  await sql`insert into team (name, service, start_date) select 'Team ' || g, 'safeguarding', '2020-01-01' from generate_series(1, 40) g`.execute(trx)
  await sql`insert into worker (forename, surname, role, team_id, start_date) select 'W', 'W' || g, 'social_worker', (select min(id) from team) + (g % 40), '2020-01-01' from generate_series(1, 400) g`.execute(trx)
  await sql`insert into child (forename, surname, sex, date_of_birth, is_restricted) select 'C', 'C' || g, 'F', '2015-01-01', g % 200 = 0 from generate_series(1, 8000) g`.execute(trx)
  await sql`insert into allocation (child_id, worker_id, team_id, role, start_date) select c.id, w.id, w.team_id, 'social_worker', '2024-01-01' from child c join worker w on w.id = (select min(id) from worker) + (c.id % 400)`.execute(trx)
  await sql`insert into case_note (child_id, note_date, kind, summary) select c.id, '2026-01-01', 'visit', 'note' from child c, generate_series(1, 5)`.execute(trx)
  await sql`insert into contact (child_id, received_at, source, reason) select c.id, now() - (c.id % 90) * interval '1 day', '1A', 'r' from child c`.execute(trx)
  await sql`analyze`.execute(trx)
})
void seedAuthority
console.log('seeded in', ((performance.now() - t) / 1000).toFixed(1), 's;', (await db.selectFrom('child').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n, 'children')
const sw = await db.selectFrom('allocation').innerJoin('worker', 'worker.id', 'allocation.worker_id').select(['worker.id', 'allocation.child_id']).where('allocation.role', '=', 'social_worker').where('allocation.end_date', 'is', null).limit(1).executeTakeFirstOrThrow()
const principal: Principal = { userId: 1, username: 'bench', displayName: 'Bench', role: 'social_worker', workerId: sw.id, teamIds: await teamIdsForWorker(db, sw.id) }
const audit = createAuditService(db, fixedClock(today))
const N = 300
const time = async (label: string, work: () => Promise<unknown>) => {
  for (let i = 0; i < 20; i++) await work()
  const start = performance.now()
  for (let i = 0; i < N; i++) await work()
  const ms = (performance.now() - start) / N
  console.log(label.padEnd(55), ms.toFixed(3), 'ms')
  return ms
}
const childId = sw.child_id
const plain = await time('read one child row, no access filter', () => db.selectFrom('child').selectAll().where('id', '=', childId).executeTakeFirst())
const filtered = await time('read one child row with visibleChildIds', () => db.selectFrom('child').selectAll().where('id', '=', childId).where('child.id', 'in', visibleChildIds(db, principal, today)).executeTakeFirst())
const can = await time('canSeeChild', () => canSeeChild(db, principal, childId, today))
const rec = await time('audit.record (own transaction)', () => audit.record({ principal, action: 'view', recordType: 'child', recordId: childId, childId, outcome: 'allowed', requestId: 'bench' }))
const list = await time('caseload list: case notes of visible children', () => db.selectFrom('case_note').select(['id', 'child_id']).where('case_note.child_id', 'in', visibleChildIds(db, principal, today)).limit(50).execute())
console.log({ plain, filtered, can, rec, list })
console.log('audit rows', (await db.selectFrom('audit_event').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
t = performance.now()
const { verifyAuditChain } = await import('./src/platform/audit/audit-verify.ts')
const v = await verifyAuditChain(db)
console.log('verify', v.ok, v.entries, ((performance.now() - t)).toFixed(0), 'ms')
await database.close()
