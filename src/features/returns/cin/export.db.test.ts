import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Kysely } from 'kysely'
import { openTestDatabase } from '../../../../test/support/test-database.ts'
import type { Database } from '../../../db/database.ts'
import type { DB } from '../../../db/schema.ts'
import { writeAs } from '../../../db/write.ts'
import { fixedClock } from '../../../platform/time/clock.ts'
import { cinCensusXml } from './export.ts'
import { upn } from './testing/clean-census.ts'
import { validateCensus } from './validate.ts'
import { parseCinString } from './xml-parse.ts'

const ACTOR = { id: 'system:cin-test' }

async function insertChild(db: Kysely<DB>, values: { dob?: string | null; expected?: string | null; sex?: string; upn?: string | null; unknown?: string | null }): Promise<number> {
  return writeAs(db, ACTOR, async (trx) =>
    (
      await trx
        .insertInto('child')
        .values({
          forename: 'Test', surname: 'Child', sex: values.sex ?? 'F', date_of_birth: values.dob ?? null, expected_date_of_birth: values.expected ?? null,
          upn: values.upn ?? null, upn_unknown_reason: values.unknown ?? null, ethnicity: 'WBRI',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  )
}

async function insertReferral(db: Kysely<DB>, childId: number, values: { date: string; nfa?: boolean; closed?: string; reason?: string }): Promise<number> {
  return writeAs(db, ACTOR, async (trx) =>
    (
      await trx
        .insertInto('referral')
        .values({ child_id: childId, referral_date: values.date, source: '2A', primary_need: 'N1', nfa: values.nfa ?? false, closure_date: values.closed ?? null, closure_reason: values.reason ?? null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  )
}

describe('CIN census export', () => {
  let database: Database
  const ids: Record<string, number> = {}

  before(async () => {
    database = await openTestDatabase()
    const db = database.db
    // On a CP plan from an ICPC in the year, with a review; the enquiry had an assessment before it.
    ids.cp = await insertChild(db, { dob: '2016-03-02', upn: upn('806201510001'), sex: 'M' })
    const cpReferral = await insertReferral(db, ids.cp, { date: '2024-05-01' })
    await writeAs(db, ACTOR, async (trx) => {
      const a = await trx.insertInto('assessment').values({ child_id: ids.cp as number, referral_id: cpReferral, start_date: '2024-05-02', authorised_date: '2024-06-10' }).returning('id').executeTakeFirstOrThrow()
      await trx.insertInto('assessment_factor').values([{ child_id: ids.cp as number, assessment_id: a.id, code: '4B' }, { child_id: ids.cp as number, assessment_id: a.id, code: '3B' }]).execute()
      const s = await trx
        .insertInto('s47_enquiry')
        .values({ child_id: ids.cp as number, referral_id: cpReferral, start_date: '2024-06-12', end_date: '2024-06-25', outcome: 'icpc', icpc_target_date: '2024-07-03', icpc_date: '2024-06-26' })
        .returning('id')
        .executeTakeFirstOrThrow()
      const plan = await trx
        .insertInto('cp_plan')
        .values({ child_id: ids.cp as number, referral_id: cpReferral, s47_enquiry_id: s.id, start_date: '2024-06-26', initial_category: 'EMO', latest_category: 'MUL' })
        .returning('id')
        .executeTakeFirstOrThrow()
      await trx.insertInto('cp_review').values({ child_id: ids.cp as number, cp_plan_id: plan.id, due_date: '2024-09-26', held_date: '2024-09-20' }).execute()
    })
    // A CIN plan, closed after the census date: exported as still open.
    ids.cin = await insertChild(db, { dob: '2012-02-01', upn: upn('806201212002') })
    const cinReferral = await insertReferral(db, ids.cin, { date: '2024-07-01', closed: '2025-06-01', reason: 'RC7' })
    await writeAs(db, ACTOR, async (trx) => {
      const a = await trx.insertInto('assessment').values({ child_id: ids.cin as number, referral_id: cinReferral, start_date: '2024-07-02', authorised_date: '2024-08-01' }).returning('id').executeTakeFirstOrThrow()
      await trx.insertInto('assessment_factor').values({ child_id: ids.cin as number, assessment_id: a.id, code: '16A' }).execute()
      await trx.insertInto('cin_plan').values({ child_id: ids.cin as number, referral_id: cinReferral, start_date: '2024-08-05', end_date: '2025-05-01' }).execute()
      await trx.insertInto('child_disability').values({ child_id: ids.cin as number, code: 'LD' }).execute()
    })
    // A referral with no further action, closed the same day.
    ids.nfa = await insertChild(db, { dob: '2021-01-01', unknown: 'UN1' })
    await insertReferral(db, ids.nfa, { date: '2024-10-01', nfa: true, closed: '2024-10-01', reason: 'RC8' })
    // Born after the census date: unborn on it.
    ids.unborn = await insertChild(db, { dob: '2025-04-20', expected: '2025-05-01', sex: 'M', unknown: 'UN1' })
    const unbornReferral = await insertReferral(db, ids.unborn, { date: '2025-02-01' })
    await writeAs(db, ACTOR, (trx) => trx.insertInto('assessment').values({ child_id: ids.unborn as number, referral_id: unbornReferral, start_date: '2025-02-03', authorised_date: '2025-04-10' }).execute())
    // Outside the year: closed before it, and referred after it.
    ids.before = await insertChild(db, { dob: '2010-01-01', upn: upn('806201010003') })
    await insertReferral(db, ids.before, { date: '2023-05-01', closed: '2024-03-01', reason: 'RC7' })
    ids.after = await insertChild(db, { dob: '2010-01-01', upn: upn('806201010004') })
    await insertReferral(db, ids.after, { date: '2025-04-02' })
  })
  after(async () => database.close())

  const exportYear = () => cinCensusXml(database.db, fixedClock('2025-05-10'), { year: 2025, la: '806' })

  test('includes exactly the children with an episode open in the year, in id order', async () => {
    const census = parseCinString((await exportYear()).xml)
    assert.deepEqual(census.children.map((c) => c.identifiers?.LAchildID), [ids.cp, ids.cin, ids.nfa, ids.unborn].map(String))
  })

  test('round-trips through the reader with no validation errors or queries', async () => {
    const census = parseCinString((await exportYear()).xml)
    assert.deepEqual(validateCensus(census, { year: 2025 }), [])
  })

  test('shows the record as it stood on 31 March', async () => {
    const census = parseCinString((await exportYear()).xml)
    const cin = census.children.find((c) => c.identifiers?.LAchildID === String(ids.cin))
    assert.equal(cin?.cinDetails[0]?.CINclosureDate, null)
    assert.equal(cin?.cinDetails[0]?.cinPlanDates[0]?.CINPlanEndDate, null)
    const unborn = census.children.find((c) => c.identifiers?.LAchildID === String(ids.unborn))
    assert.equal(unborn?.identifiers?.PersonBirthDate, null)
    assert.equal(unborn?.identifiers?.ExpectedPersonBirthDate, '2025-05-01')
    assert.equal(unborn?.identifiers?.Sex, 'U')
    assert.equal(unborn?.cinDetails[0]?.assessments[0]?.AssessmentAuthorisationDate, null)
  })

  test('carries the CP plan with its categories, previous plans and review', async () => {
    const census = parseCinString((await exportYear()).xml)
    const plan = census.children[0]?.cinDetails[0]?.childProtectionPlans[0]
    assert.deepEqual([plan?.InitialCategoryOfAbuse, plan?.LatestCategoryOfAbuse, plan?.NumberOfPreviousCPP], ['EMO', 'MUL', '0'])
    assert.deepEqual(plan?.reviews.map((r) => r.value), ['2024-09-20'])
    assert.deepEqual(census.children[0]?.cinDetails[0]?.assessments[0]?.factors.map((f) => f.value), ['3B', '4B'])
  })

  test('writes GenderCurrent in 2023/24 and Sex from 2024/25', async () => {
    const old = parseCinString((await cinCensusXml(database.db, fixedClock('2025-05-10'), { year: 2024, la: '806' })).xml)
    // Only the girl whose episode closed in March 2024 was open in 2023/24.
    assert.deepEqual(old.children.map((c) => c.identifiers?.LAchildID), [String(ids.before)])
    assert.deepEqual([old.children[0]?.identifiers?.GenderCurrent, old.children[0]?.identifiers?.Sex], ['2', null])
  })

  test('is the same file every time for the same record', async () => {
    assert.equal((await exportYear()).xml, (await exportYear()).xml)
  })

  test('records the export in the audit trail', async () => {
    await exportYear()
    const row = await database.db.selectFrom('audit_event').select(['username', 'action', 'record_type']).where('record_type', '=', 'cin_census').orderBy('id', 'desc').executeTakeFirst()
    assert.deepEqual(row, { username: 'system:export', action: 'export', record_type: 'cin_census' })
  })
})
