// Each indicator against a hand-built fixture whose right answer is worked out here, including
// the edges: a child counted on a boundary date, two episodes on one day, a child who turns 18
// on 31 March, short breaks, and "as recorded" versus "as now known".
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { openTestDatabase } from '../../../../test/support/test-database.ts'
import type { Database } from '../../../db/database.ts'
import { writeAs } from '../../../db/write.ts'
import { evaluate } from '../compute.ts'
import { fixtureBuilder } from '../fixture-builders.ts'
import { loadPopulations, type Populations } from '../population.repository.ts'
import { endOfLondonDay } from '../record/as-at.ts'
import { loadCaseRecord } from '../record/case-record.repository.ts'
import { findIndicator } from './library.ts'
import { RecordIndex } from './record-index.ts'

const YEAR_END = '2025-03-31'
const RECORDED = new Date('2025-03-15T10:00:00Z')
const LATER = new Date('2025-05-01T10:00:00Z')
const MID_2024_POPULATION = 35_617

describe('indicators against a hand-built fixture, year ending 31 March 2025', () => {
  let database: Database
  let now: RecordIndex
  let asRecorded: RecordIndex
  let populations: Populations
  const ids: Record<string, number> = {}

  before(async () => {
    database = await openTestDatabase()
    const b = fixtureBuilder(database.db, RECORDED)
    const team = await b.team('Children in care 1')
    const worker = await b.worker(team)
    const agency = await b.worker(team, { agency: true, fte: 0.5 })
    const inHouse = await b.carer('in_house_foster')
    const ifa = await b.carer('ifa_foster')
    const external = await b.carer('external_residential')

    // C1: referred on 1 April 2024, the first day of the year; on a plan since 1 March 2023 (2 years on 1 March 2025).
    ids.c1 = await b.child('2012-05-01')
    const r1 = await b.referral(ids.c1, '2024-04-01')
    await b.referral(ids.c1, '2023-01-10', { closure_date: '2023-06-01' })
    await b.cpPlan(ids.c1, r1, '2023-03-01')
    await b.allocation(ids.c1, worker, team, '2023-01-10')
    // C2: referred 31 March 2024 (last year) and again 1 October 2024 (a re-referral); closed on 31 March 2025.
    ids.c2 = await b.child('2015-02-02', { sex: 'M' })
    const r2 = await b.referral(ids.c2, '2024-03-31', { closure_date: '2024-05-01' })
    await b.referral(ids.c2, '2024-10-01', { closure_date: YEAR_END })
    await b.cpPlan(ids.c2, r2, '2022-01-01', '2022-12-01')
    await b.cpPlan(ids.c2, r2, '2024-06-01')
    // C3: two referrals on one day, the first with no further action.
    ids.c3 = await b.child('2018-07-07')
    await b.referral(ids.c3, '2024-06-01', { nfa: true, closure_date: '2024-06-01' })
    await b.referral(ids.c3, '2024-06-01')
    // C4: looked after, turns 18 on 31 March 2025 and the period was never closed.
    ids.c4 = await b.child('2007-03-31')
    await b.period(ids.c4, '2023-01-01')
    // C5: three placements, two of them on 10 August 2024 (a move, a same-day placement, another move).
    ids.c5 = await b.child('2011-01-01')
    const p5 = await b.period(ids.c5, '2024-05-01')
    await b.placement(ids.c5, p5, 'U6', '2024-05-01', '2024-08-10', inHouse, 800)
    await b.placement(ids.c5, p5, 'K2', '2024-08-10', '2024-08-10', external, 4000)
    await b.placement(ids.c5, p5, 'U6', '2024-08-10', null, ifa, 900)
    await b.allocation(ids.c5, worker, team, '2024-05-01', '2024-09-01')
    await b.allocation(ids.c5, agency, team, '2024-09-01', '2024-12-01')
    await b.allocation(ids.c5, worker, team, '2024-12-01')
    // C6: starts to be looked after on 31 March 2025, the last day of the year.
    ids.c6 = await b.child('2016-09-09')
    const p6 = await b.period(ids.c6, YEAR_END)
    await b.placement(ids.c6, p6, 'U4', YEAR_END, null, inHouse, 700)
    // C7: short breaks only (V3): never counted as looked after.
    ids.c7 = await b.child('2013-03-03')
    await b.period(ids.c7, '2024-07-01', null, 'V3')
    // C8: stops being looked after on 31 March 2025.
    ids.c8 = await b.child('2010-10-10')
    await b.period(ids.c8, '2022-04-01', YEAR_END)

    const load = async (view: Parameters<typeof loadCaseRecord>[1]) =>
      new RecordIndex(await loadCaseRecord(database.db, view, YEAR_END))
    asRecorded = await load({ mode: 'recorded', at: endOfLondonDay(YEAR_END) })
    // A back-dated edit made later: C8's period did not end after all; and a late-recorded referral.
    await writeAs(
      database.db,
      { id: 'user:9' },
      (trx) =>
        trx
          .updateTable('period_of_care')
          .set({ end_date: null, reason_ceased: null })
          .where('child_id', '=', ids.c8 as number)
          .execute(),
      { at: LATER },
    )
    await fixtureBuilder(database.db, LATER).referral(ids.c8, '2025-02-01')
    now = await load({ mode: 'now' })
    populations = await loadPopulations(database.db)
  })
  after(async () => database.close())

  const value = (record: () => RecordIndex, id: string, date = YEAR_END) => {
    const indicator = findIndicator(id)
    assert.ok(indicator, id)
    return evaluate(indicator, record(), date, populations)
  }
  const recorded = () => asRecorded
  const known = () => now

  it('counts referrals in the year: 1 April in, 31 March of last year out, two on one day once', () => {
    const { figure } = value(recorded, 'referrals_rate')
    assert.equal(figure.numerator, 3)
    assert.equal(figure.populationYear, 2024)
    assert.equal(figure.denominator, MID_2024_POPULATION)
    assert.ok(Math.abs((figure.value ?? 0) - (3 / MID_2024_POPULATION) * 10_000) < 1e-9)
  })

  it('finds the re-referral within 12 months of the referral of 31 March 2024', () => {
    const { figure } = value(recorded, 'rereferrals_12m')
    assert.deepEqual([figure.numerator, figure.denominator], [1, 3])
  })

  it('keeps the first of two same-day referrals, which was no further action', () => {
    const { figure } = value(recorded, 'referrals_nfa')
    assert.deepEqual([figure.numerator, figure.denominator], [1, 3])
  })

  it('counts children in need open at the end of 31 March: not one closed that day', () => {
    const { counted } = value(recorded, 'cin_rate')
    assert.deepEqual(counted.numerator.map((i) => i.childId).sort(), [ids.c1, ids.c3].sort())
  })

  it('counts looked-after children on 31 March: the one who started that day, not one who turned 18, left that day, or had short breaks', () => {
    const { counted, figure } = value(recorded, 'children_in_care')
    assert.deepEqual(
      counted.numerator.map((i) => i.childId),
      [ids.c5, ids.c6],
    )
    assert.equal(figure.value, 2)
  })

  it('counts a child with two placements on one day once, living in the placement that started last', () => {
    const { counted } = value(recorded, 'children_in_care', '2024-08-10')
    assert.deepEqual(
      counted.numerator.map((i) => i.childId),
      [ids.c4, ids.c5, ids.c8],
    )
    assert.equal(value(recorded, 'ifa_foster', '2024-08-10').figure.value, 1)
    assert.equal(value(recorded, 'external_residential', '2024-08-10').figure.value, 0)
  })

  it('counts three placements in the year, the same-day one included', () => {
    const { figure } = value(recorded, 'cla_3_placements')
    assert.deepEqual([figure.numerator, figure.denominator], [1, 2])
  })

  it('counts starts and exits in the year, short breaks left out', () => {
    assert.equal(value(recorded, 'cla_entries').figure.value, 2)
    assert.equal(value(recorded, 'cla_exits').figure.value, 1)
    assert.equal(value(recorded, 'cla_entries_exits_ratio').figure.value, 2)
  })

  it('counts plans on 31 March, plans of 2 years or more, and second plans', () => {
    assert.equal(value(recorded, 'cp_rate').figure.numerator, 2)
    assert.deepEqual(
      [value(recorded, 'cp_2_years').figure.numerator, value(recorded, 'cp_2_years').figure.denominator],
      [1, 2],
    )
    assert.deepEqual(
      [
        value(recorded, 'cp_second_subsequent').figure.numerator,
        value(recorded, 'cp_second_subsequent').figure.denominator,
      ],
      [1, 1],
    )
  })

  it('splits foster placements between in-house and agency carers', () => {
    assert.deepEqual(
      [
        value(recorded, 'in_house_foster_share').figure.numerator,
        value(recorded, 'in_house_foster_share').figure.denominator,
      ],
      [1, 2],
    )
    assert.equal(value(recorded, 'in_house_foster').figure.value, 1)
  })

  it('counts a placement move to a dearer placement and one to a cheaper one', () => {
    const { figure } = value(recorded, 'placement_moves_less_cost')
    assert.deepEqual([figure.numerator, figure.denominator], [1, 2])
  })

  it('counts distinct social workers in the year, each worker once per child', () => {
    assert.deepEqual(
      [value(recorded, 'sw_stability').figure.numerator, value(recorded, 'sw_stability').figure.denominator],
      [0, 2],
    )
    // Open on 31 March: C1 and C3 in need, C2 on a plan (its referral closed that day), C5 and C6 looked after.
    assert.deepEqual(
      [
        value(recorded, 'sw_change_12m').figure.numerator,
        value(recorded, 'sw_change_12m').figure.denominator,
      ],
      [1, 5],
    )
  })

  it('divides cases by the FTE of the workers holding them', () => {
    const { figure } = value(recorded, 'caseload_per_fte')
    assert.deepEqual([figure.numerator, figure.denominator, figure.value], [2, 1, 2])
    const agency = value(recorded, 'agency_rate').figure
    assert.ok(Math.abs((agency.value ?? 0) - (100 * 0.5) / 1.5) < 1e-9)
  })

  it('as recorded at 31 March, ignores the back-dated edits made in May; as now known, includes them', () => {
    assert.equal(value(recorded, 'children_in_care').figure.value, 2)
    assert.equal(value(known, 'children_in_care').figure.value, 3)
    assert.equal(value(recorded, 'referrals_rate').figure.numerator, 3)
    assert.equal(value(known, 'referrals_rate').figure.numerator, 4)
    assert.equal(value(known, 'cla_exits').figure.value, 0)
  })
})
