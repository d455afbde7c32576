import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import ExcelJS from 'exceljs'
import { addChild, addContact, addPeriodOfCare, addReferral, allocate, buildAuthority, type Authority } from '../../../../test/support/casework-fixtures.ts'
import { openTestDatabase } from '../../../../test/support/test-database.ts'
import type { Database } from '../../../db/database.ts'
import { writeAs } from '../../../db/write.ts'
import { fixedClock } from '../../../platform/time/clock.ts'
import { annexALists, annexAXlsx } from './export.ts'
import { LISTS } from './lists.ts'

const ACTOR = { id: 'system:annex-a-test' }
const AS_AT = '2025-03-31'

describe('Ofsted Annex A', () => {
  let database: Database
  let authority: Authority
  const ids: Record<string, number> = {}

  before(async () => {
    database = await openTestDatabase()
    const db = database.db
    authority = await buildAuthority(db, { usernamePrefix: 'annexa-' })
    const { teams, workers } = authority
    ids.cp = await addChild(db, { forename: 'Ada', surname: 'Quarridge', dateOfBirth: '2016-03-02', sex: 'F' })
    await allocate(db, ids.cp, workers.socialWorker, teams.assessment, '2024-10-02')
    await addContact(db, { childId: ids.cp, receivedAt: new Date('2024-10-01T09:30:00Z'), reason: 'Concern from school', teamId: teams.frontDoor })
    // A contact from before the window, and a referral from 11 months ago: counted in list 3's 12 months only.
    await addContact(db, { childId: ids.cp, receivedAt: new Date('2024-08-01T09:30:00Z'), reason: 'Earlier concern', teamId: teams.frontDoor })
    await writeAs(db, ACTOR, (trx) => trx.insertInto('referral').values({ child_id: ids.cp as number, referral_date: '2024-05-01', source: '2A', primary_need: 'N1', nfa: true, closure_date: '2024-05-01', closure_reason: 'RC8' }).execute())
    const referral = await addReferral(db, ids.cp, '2024-10-02')
    await writeAs(db, ACTOR, async (trx) => {
      const child = ids.cp as number
      await trx.insertInto('assessment').values({ child_id: child, referral_id: referral, start_date: '2024-10-03', child_seen_date: '2024-10-04', authorised_date: '2024-11-20', nfa: false, team_id: teams.assessment, worker_id: workers.socialWorker }).execute()
      const s47 = await trx.insertInto('s47_enquiry').values({ child_id: child, referral_id: referral, start_date: '2024-11-01', end_date: '2024-11-15', icpc_date: '2024-11-20', outcome: 'icpc' }).returning('id').executeTakeFirstOrThrow()
      const plan = await trx.insertInto('cp_plan').values({ child_id: child, referral_id: referral, s47_enquiry_id: s47.id, start_date: '2024-11-20', initial_category: 'NEG', latest_category: 'EMO' }).returning('id').executeTakeFirstOrThrow()
      await trx.insertInto('cp_review').values({ child_id: child, cp_plan_id: plan.id, due_date: '2025-02-20', held_date: '2025-02-18' }).execute()
      await trx.insertInto('visit').values([
        { child_id: child, kind: 'cp', visit_date: '2025-03-10', seen: true, seen_alone: true, worker_id: workers.socialWorker },
        { child_id: child, kind: 'cp', visit_date: '2025-04-10', seen: true, seen_alone: false, worker_id: workers.socialWorker },
      ]).execute()
    })
    ids.cla = await addChild(db, { forename: 'Ben', surname: 'Wexholm', dateOfBirth: '2012-07-01', sex: 'M' })
    await allocate(db, ids.cla, workers.otherWorker, teams.children, '2023-01-01')
    await addPeriodOfCare(db, ids.cla, { startDate: '2023-01-01', legalStatus: 'C2', placementType: 'U6' })
    await writeAs(db, ACTOR, (trx) => trx.insertInto('missing_episode').values({ child_id: ids.cla as number, kind: 'M', start_date: '2024-12-01', end_date: '2024-12-02', rhi_offered: true, rhi_accepted: false }).execute())
    ids.leaver = await addChild(db, { forename: 'Cal', surname: 'Yarnby', dateOfBirth: '2006-01-01', sex: 'M' })
    await allocate(db, ids.leaver, workers.personalAdviser, teams.leavingCare, '2024-01-01', 'personal_adviser')
    await writeAs(db, ACTOR, async (trx) => {
      await trx.insertInto('care_leaver').values({ child_id: ids.leaver as number, eligibility: 'former_relevant', pathway_plan_review_date: '2025-01-10' }).execute()
      await trx.insertInto('care_leaver_contact').values({ child_id: ids.leaver as number, contact_date: '2025-03-01', in_touch: 'YES', accommodation: 'U', accommodation_suitable: true, activity: 'F2' }).execute()
    })
  })
  after(async () => database.close())

  const rowsOf = async (n: number) => (await annexALists(database.db, fixedClock('2025-04-01'), AS_AT))[n - 1]?.rows ?? []

  test('list 1 has the contacts in the six months, with team and worker', async () => {
    const rows = await rowsOf(1)
    assert.deepEqual(rows, [[String(ids.cp), 'Female', 'NOBT', '2016-03-02', 9, '2024-10-01', '2A', 'annexa-Front door', null]])
  })

  test('list 3 counts referrals in the 12 months', async () => {
    const rows = await rowsOf(3)
    assert.deepEqual(rows, [[String(ids.cp), 'Female', 'NOBT', '2016-03-02', 9, '2024-10-02', '2A', 'No', 2, 'annexa-Assessment team 1', 'Alex Morgan']])
  })

  test('lists 4, 5 and 7 follow the assessment, enquiry and plan', async () => {
    const [assessment] = await rowsOf(4)
    assert.deepEqual(assessment?.slice(5, 10), ['No', '2024-10-03', 'Yes', '2024-11-20', 'Yes'])
    const [s47] = await rowsOf(5)
    assert.deepEqual(s47?.slice(5, 11), ['2024-11-01', 'No', '2024-11-20', 'Yes', 1, 1])
    const [plan] = await rowsOf(7)
    assert.deepEqual(plan?.slice(5, 14), ['2024-11-20', 'Neglect', 'Emotional abuse', '2025-03-10', 'Yes', '2025-02-18', null, 'No', 0])
  })

  test('list 8 has the child in care with placement, legal status and missing episodes', async () => {
    const [row] = await rowsOf(8)
    assert.equal(row?.[0], String(ids.cla))
    assert.deepEqual([row?.[9], row?.[10], row?.[17], row?.[18], row?.[23], row?.[25], row?.[26]], ['C2', 1, 'U6', 'PR1', 1, 'Yes', 'No'])
    assert.deepEqual(row?.slice(-2), ['annexa-Children in care team', 'Jo Baxter'])
  })

  test('list 9 has the care leaver with their personal adviser', async () => {
    const [row] = await rowsOf(9)
    assert.deepEqual(row?.slice(5), ['Former relevant', 'YES', '2025-03-01', 'U', 'Suitable', 'F2', '2025-01-10', 'annexa-Leaving care team', 'Dee Kaur'])
  })

  test('the workbook has one sheet per list with Ofsted headings, and list 11 explains it is empty', async () => {
    const { xlsx, counts } = await annexAXlsx(database.db, fixedClock('2025-04-01'), AS_AT)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer)
    assert.deepEqual(workbook.worksheets.map((s) => s.name), LISTS.map((l) => l.sheet))
    assert.equal(workbook.getWorksheet('List 1')?.getRow(1).getCell(1).value, 'Child Unique ID')
    assert.equal(workbook.getWorksheet('List 1')?.getRow(2).getCell(6).value instanceof Date, true)
    assert.match(String(workbook.getWorksheet('List 11')?.getRow(1).getCell(1).value), /does not yet record adopter/)
    assert.equal(counts[10], 0)
    assert.equal(workbook.getWorksheet('List 3')?.rowCount, 1 + (counts[2] ?? 0))
  })

  test('records the export in the audit trail', async () => {
    await annexALists(database.db, fixedClock('2025-04-01'), AS_AT)
    const row = await database.db.selectFrom('audit_event').select(['username', 'action', 'record_type', 'outcome']).where('record_type', '=', 'annex_a').orderBy('id', 'desc').executeTakeFirst()
    assert.deepEqual(row, { username: 'system:export', action: 'export', record_type: 'annex_a', outcome: 'allowed' })
  })
})
