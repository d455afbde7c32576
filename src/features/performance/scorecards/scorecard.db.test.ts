// A scorecard produced as at a past date is byte-identical after later back-dated edits when
// computed "as recorded", and changes when computed "as now known".
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { openTestDatabase } from '../../../../test/support/test-database.ts'
import type { Database } from '../../../db/database.ts'
import { writeAs } from '../../../db/write.ts'
import { createAuditService } from '../../../platform/audit/audit.ts'
import { fixedClock } from '../../../platform/time/clock.ts'
import { fixtureBuilder } from '../fixture-builders.ts'
import { asAtFor } from '../performance-context.ts'
import { createPerformanceService, type PerformanceService } from '../performance.service.ts'
import { setNarrative, setTarget, setTolerance } from '../targets/targets.repository.ts'
import { exportScorecard, scorecardCsv, scorecardJson } from './exports.ts'

const MEETING = '2025-03-31'
const BEFORE = new Date('2025-03-01T09:00:00Z')
const AFTER = new Date('2025-06-01T09:00:00Z')

describe('reproducible scorecards', () => {
  let database: Database
  let service: PerformanceService
  let child: number

  before(async () => {
    database = await openTestDatabase()
    const clock = fixedClock('2025-06-02')
    service = createPerformanceService(database.db, clock, createAuditService(database.db, clock))
    const b = fixtureBuilder(database.db, BEFORE)
    const carer = await b.carer('in_house_foster')
    for (let i = 0; i < 6; i++) {
      const id = await b.child(`201${i}-01-0${i + 1}`)
      const period = await b.period(id, '2024-01-01')
      await b.placement(id, period, 'U4', '2024-01-01', null, carer, 700)
      await b.referral(id, '2024-09-01')
      if (i === 0) child = id
    }
    await setTarget(database.db, { id: 'user:1' }, 'children_in_care', 2025, 5, BEFORE)
    await setTolerance(database.db, { id: 'user:1' }, 'children_in_care', 1, BEFORE)
    await setNarrative(
      database.db,
      { id: 'user:1' },
      'overview-scrutiny-board',
      'children_in_care',
      'Six children in care.',
      BEFORE,
    )
  })
  after(async () => database.close())

  it('gives the same bytes before and after back-dated edits when computed as recorded, and different ones as now known', async () => {
    const recorded = asAtFor(MEETING, 'recorded')
    const now = asAtFor(MEETING, 'now')
    const first = await service.scorecard('overview-scrutiny-board', recorded)
    const firstNow = scorecardJson(await service.scorecard('overview-scrutiny-board', now))
    const files = {
      json: scorecardJson(first),
      csv: scorecardCsv(first),
      pdf: (await exportScorecard(first, 'pdf')).toString('base64'),
    }
    assert.equal(first.rows.find((r) => r.indicatorId === 'children_in_care')?.latest.value, 6)
    assert.equal(first.rows.find((r) => r.indicatorId === 'children_in_care')?.rag, 'amber')

    // In June: one child's care is back-dated to have ended in February, a new child is recorded
    // as looked after since January, the target and the narrative are rewritten.
    await writeAs(
      database.db,
      { id: 'user:2' },
      (trx) =>
        trx
          .updateTable('period_of_care')
          .set({ end_date: '2025-02-01', reason_ceased: 'E8' })
          .where('child_id', '=', child)
          .execute(),
      { at: AFTER },
    )
    const late = fixtureBuilder(database.db, AFTER)
    const newChild = await late.child('2015-05-05')
    await late.period(newChild, '2025-01-10')
    await late.period(await late.child('2014-04-04'), '2025-01-11')
    await setTarget(database.db, { id: 'user:2' }, 'children_in_care', 2025, 4, AFTER)
    await setNarrative(
      database.db,
      { id: 'user:2' },
      'overview-scrutiny-board',
      'children_in_care',
      'Rewritten.',
      AFTER,
    )

    const again = await service.scorecard('overview-scrutiny-board', recorded)
    assert.equal(scorecardJson(again), files.json)
    assert.equal(scorecardCsv(again), files.csv)
    assert.equal((await exportScorecard(again, 'pdf')).toString('base64'), files.pdf)

    const againNow = await service.scorecard('overview-scrutiny-board', now)
    assert.notEqual(scorecardJson(againNow), firstNow)
    const row = againNow.rows.find((r) => r.indicatorId === 'children_in_care')
    assert.equal(row?.latest.value, 7)
    assert.equal(row?.target, 4)
    assert.equal(row?.narrative, 'Rewritten.')
  })

  it('reproduces a saved scorecard exactly', async () => {
    const saved = await service.save('corporate-parenting-board', asAtFor(MEETING, 'recorded'), 'user:1')
    await writeAs(
      database.db,
      { id: 'user:3' },
      (trx) => trx.updateTable('placement').set({ placement_type: 'U6' }).execute(),
      { at: new Date('2025-07-01T09:00:00Z') },
    )
    const result = await service.reproduce(saved.id)
    assert.equal(result.identical, true)
  })

  it('withholds numbers under 5 for an aggregate audience, but not for the leadership team', async () => {
    // After the June edits, two children are known to have started care in January 2025.
    const board = await service.scorecard('overview-scrutiny-board', asAtFor(MEETING, 'now'))
    const entries = board.rows.find((r) => r.indicatorId === 'cla_entries')
    assert.deepEqual(
      [entries?.latest.suppressed, entries?.latest.value, entries?.latest.display],
      [true, null, 'Fewer than 5'],
    )
    assert.equal(board.rows.find((r) => r.indicatorId === 'in_house_foster')?.latest.value, 5)
    const leadership = await service.scorecard('leadership', asAtFor(MEETING, 'now'))
    assert.equal(leadership.rows.find((r) => r.indicatorId === 'cla_entries')?.latest.value, 2)
  })
})
