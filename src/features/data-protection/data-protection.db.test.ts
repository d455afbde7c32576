import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../db/database.ts'
import { writeAs } from '../../db/write.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { allocate, createChildWithRecords, createPrincipal, createTeam, createWorker, RECORD_KINDS, type ChildRecords } from '../../../test/support/access-world.ts'

const TODAY = '2026-11-23'
const TYPED = `Mum said "it's fine" <img src=x onerror=alert(1)> '); delete from child; --`

describe('data protection', () => {
  let database: Database
  let app: TestApp
  let manager: Principal
  let child: ChildRecords
  let otherChild: number

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: TODAY })
    const { db } = database
    const team = await createTeam(db)
    const otherTeam = await createTeam(db)
    const managerWorker = await createWorker(db, { teamId: team, role: 'team_manager' })
    manager = await createPrincipal(db, 'team_manager', managerWorker)
    child = await createChildWithRecords(db, { surname: 'Subjectaccess' })
    otherChild = (await createChildWithRecords(db)).childId
    await allocate(db, { childId: child.childId, workerId: managerWorker, teamId: team })
    await allocate(db, { childId: otherChild, workerId: await createWorker(db, { teamId: otherTeam, role: 'social_worker' }), teamId: otherTeam })
    await writeAs(db, { id: `user:${manager.userId}` }, (trx) => trx.updateTable('case_note').set({ summary: TYPED }).where('id', '=', child.records.case_note).execute())
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  describe('subject access export', () => {
    it('summarises what will be exported and offers the download', async () => {
      const client = app.client()
      await client.signIn(manager.username)
      const page = await client.get(`/data-protection/children/${child.childId}/subject-access`)
      assert.equal(page.status, 200)
      assert.equal(page.$('h1').text().trim(), 'Subject access export')
      assert.match(page.$('.govuk-summary-list').text(), /Case note\s+1/)
      assert.equal(page.$('a.govuk-button').attr('href'), `/data-protection/children/${child.childId}/subject-access.json`)
    })

    it('exports every record kind, earlier versions, and who viewed the record, with text exactly as typed', async () => {
      const client = app.client()
      await client.signIn(manager.username)
      const response = await client.get(`/data-protection/children/${child.childId}/subject-access.json`)
      assert.equal(response.status, 200)
      assert.match(response.headers.get('content-disposition') ?? '', /^attachment; filename="?subject-access-child-\d+\.json"?$/)
      const data = JSON.parse(response.html) as {
        child: { surname: string }
        records: Record<string, Array<{ id: number; summary?: string }>>
        previousVersions: Array<{ table_name: string }>
        accessLog: Array<{ action: string; outcome: string }>
      }
      assert.equal(data.child.surname, 'Subjectaccess')
      for (const kind of [...RECORD_KINDS, 'allocation'] as const) assert.ok(data.records[kind]?.length, `${kind} exported`)
      assert.equal(data.records.case_note?.[0]?.summary, TYPED)
      assert.deepEqual(data.previousVersions.map((v) => v.table_name), ['case_note'])
      assert.ok(data.accessLog.some((entry) => entry.action === 'export' && entry.outcome === 'allowed'))
    })

    it('answers "not found" for another team’s child, and audits the refusal', async () => {
      const client = app.client()
      await client.signIn(manager.username)
      const page = await client.get(`/data-protection/children/${otherChild}/subject-access.json`)
      assert.equal(page.status, 404)
      const refused = await database.db.selectFrom('audit_event').select(['action', 'outcome']).where('child_id', '=', otherChild).where('user_id', '=', manager.userId).execute()
      assert.deepEqual(refused, [{ action: 'export', outcome: 'refused' }])
    })
  })

  describe('retention review', () => {
    it('lists records due for review by child number and date, without names', async () => {
      // Born 1 December 1951, looked after as a child: the file is kept until their 75th birthday, 1 December 2026.
      const elderly = await createChildWithRecords(database.db, { surname: 'Retentionname' })
      await writeAs(database.db, { id: 'system:test' }, (trx) => trx.updateTable('child').set({ date_of_birth: '1951-12-01' }).where('id', '=', elderly.childId).execute())
      const admin = await createPrincipal(database.db, 'administrator', null)
      const client = app.client()
      await client.signIn(admin.username)
      const page = await client.get('/data-protection/retention')
      assert.equal(page.status, 200)
      const rows = page.$('.sl-retention-due tbody tr').map((_i, row) => page.$(row).text().replace(/\s+/g, ' ').trim()).get()
      assert.ok(rows.includes(`${elderly.childId} Looked-after child’s case record 1 December 2026 Due`), rows.join('\n'))
      assert.doesNotMatch(page.html, /Retentionname/)
    })

    it('is not open to a social worker', async () => {
      const worker = await createPrincipal(database.db, 'social_worker', null)
      const client = app.client()
      await client.signIn(worker.username)
      assert.equal((await client.get('/data-protection/retention')).status, 403)
    })
  })
})
