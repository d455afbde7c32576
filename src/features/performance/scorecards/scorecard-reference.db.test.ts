// The whole leadership scorecard against a naive reference, so that making it fast can never
// change a figure. On a synthetic authority with later edits in record_history:
//   - every trend point and every breakdown is recomputed with a fresh RecordIndex per point, so
//     no remembered cohort, sorted window or shared item can carry from one point or indicator
//     to the next;
//   - the referral measures are counted again with plain filters over the record;
//   - the record the loader builds is checked against plain reads of the tables as at the view.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { openTestDatabase } from '../../../../test/support/test-database.ts'
import { sql } from 'kysely'
import type { Database } from '../../../db/database.ts'
import { writeAs } from '../../../db/write.ts'
import { addMonths } from '../../../platform/time/dates.ts'
import { breakdown, evaluate, periodEnding, trendDates } from '../compute.ts'
import { findIndicator } from '../indicators/library.ts'
import { RecordIndex } from '../indicators/record-index.ts'
import { asAtFor, loadPerformanceContext, viewOf, type Mode } from '../performance-context.ts'
import { tableAsAt } from '../record/as-at.ts'
import { seedSyntheticAuthority } from '../synthetic-authority.ts'
import { roundValue } from '../transforms.ts'
import { buildScorecard, shown } from './scorecard.ts'
import { findScorecard } from './scorecard-definitions.ts'

const TODAY = '2026-11-23'
// The synthetic authority is recorded on 20 November and corrected on 22 November; the reference
// date falls between, so "as recorded" reads old versions from record_history.
const AS_AT = '2026-11-21'

describe('the leadership scorecard against a naive reference', () => {
  let database: Database

  before(async () => {
    database = await openTestDatabase()
    await seedSyntheticAuthority(database.db, { scale: 0.1, seed: 7, today: TODAY })
    // A later correction of receipt times, so old referral versions are read back too.
    await writeAs(
      database.db,
      { id: 'user:1' },
      (trx) =>
        trx
          .updateTable('referral')
          .set({ received_at: sql`received_at - interval '30 hours'` })
          .where(sql<boolean>`id % 3 = 0`)
          .execute(),
      { at: new Date(`${TODAY}T12:00:00Z`) },
    )
  })
  after(async () => database.close())

  for (const mode of ['recorded', 'now'] as const satisfies Mode[]) {
    it(`gives every trend point and breakdown the reference gives, ${mode}`, async () => {
      const definition = findScorecard('leadership')
      assert.ok(definition)
      const context = await loadPerformanceContext(database.db, asAtFor(AS_AT, mode), 'leadership')
      const card = buildScorecard(context, definition, { breakdowns: true, suppress: false })
      const record = context.record.record
      const { populations } = context
      assert.equal(card.rows.length, definition.indicatorIds.length)
      for (const row of card.rows) {
        const indicator = findIndicator(row.indicatorId)
        assert.ok(indicator)
        const trend = trendDates(AS_AT).map((date) => {
          const point = evaluate(indicator, new RecordIndex(record), date, populations)
          return shown(indicator.unit, point.figure, false)
        })
        assert.deepEqual(row.trend, trend, `${indicator.id} trend`)
        const fresh = new RecordIndex(record)
        const latest = evaluate(indicator, fresh, AS_AT, populations)
        for (const by of indicator.breakdowns) {
          const expected: unknown[] = breakdown(indicator, fresh, latest.counted, by, populations).map(
            (r) => ({
              key: r.key,
              numerator: r.numerator,
              denominator: r.denominator,
              value: roundValue(indicator.unit, r.value),
            }),
          )
          const actual = (row.breakdowns[by] ?? []).map((r) => ({
            key: r.key,
            numerator: r.numerator,
            denominator: r.denominator,
            value: r.value,
          }))
          assert.deepEqual(actual, expected, `${indicator.id} by ${by}`)
        }
      }
      assert.ok(
        card.rows.some((r) => (r.latest.numerator ?? 0) > 0),
        'the synthetic authority gives figures to compare',
      )

      // The referral measures by plain filters: every referral in the 12 months (one a day per child).
      for (const date of trendDates(AS_AT)) {
        const { from } = periodEnding(date)
        const seen = new Set<string>()
        const inYear = record.referrals
          .filter((r) => r.start >= from && r.start <= date)
          .sort((a, b) => a.start.localeCompare(b.start) || a.id - b.id)
          .filter(
            (r) => !seen.has(`${r.childId}:${r.start}`) && seen.add(`${r.childId}:${r.start}`) !== undefined,
          )
        const rereferred = inYear.filter((r) =>
          record.referrals.some(
            (p) => p.childId === r.childId && p.start < r.start && p.start >= addMonths(r.start, -12),
          ),
        )
        const index = new RecordIndex(record)
        const count = (id: string) => {
          const indicator = findIndicator(id)
          assert.ok(indicator)
          const counted = indicator.count(index, periodEnding(date))
          return [counted.numerator.length, counted.denominator.length]
        }
        assert.deepEqual(count('referrals_rate'), [inYear.length, 0], `referrals on ${date}`)
        assert.deepEqual(
          count('rereferrals_12m'),
          [rereferred.length, inYear.length],
          `re-referrals on ${date}`,
        )
        assert.deepEqual(
          count('referrals_nfa'),
          [inYear.filter((r) => r.nfa).length, inYear.length],
          `no further action on ${date}`,
        )
      }
    })

    it(`loads the record the tables hold as at the view, ${mode}`, async () => {
      const asAt = asAtFor(AS_AT, mode)
      const view = viewOf(asAt)
      const { record } = (await loadPerformanceContext(database.db, asAt)).record
      const db = database.db
      const referrals = await db
        .selectFrom(tableAsAt(db, 'referral', view))
        .select(['id', 'child_id', 'referral_date', 'received_at', 'decision_at'])
        .where('referral_date', '<=', AS_AT)
        .execute()
      const loaded = new Map(record.referrals.map((r) => [r.id, r]))
      for (const r of referrals.filter((r) => loaded.has(r.id))) {
        const facts = loaded.get(r.id)
        const instant = (v: Date | string | null) => (v === null ? null : new Date(v).getTime())
        assert.deepEqual(
          [
            facts?.childId,
            facts?.start,
            instant(facts?.receivedAt ?? null),
            instant(facts?.decisionAt ?? null),
          ],
          [r.child_id, r.referral_date, instant(r.received_at), instant(r.decision_at)],
          `referral ${r.id}`,
        )
      }
      assert.ok(referrals.length > 0 && loaded.size > 0)

      const screenings = await db
        .selectFrom(tableAsAt(db, 'screening_decision', view))
        .select(['child_id', 'decided_at', 'threshold_level'])
        .execute()
      const key = (childId: number, at: number, level: number) => `${childId}|${at}|${level}`
      assert.deepEqual(
        record.screenings.map((s) => key(s.childId, s.decidedAt, s.level)).sort(),
        screenings
          .map((s) => key(s.child_id ?? -1, new Date(s.decided_at).getTime(), Number(s.threshold_level)))
          .sort(),
      )

      const homes = await db
        .selectFrom(tableAsAt(db, 'address', view))
        .select(['child_id', 'ward_code', 'start_date', 'end_date'])
        .where('kind', '=', 'home')
        .where('start_date', '<=', AS_AT)
        .orderBy('start_date')
        .orderBy('id')
        .execute()
      const expected = new Map<
        number,
        Array<{ wardCode: string | null; start: string; end: string | null }>
      >()
      for (const h of homes) {
        const list = expected.get(h.child_id) ?? []
        list.push({ wardCode: h.ward_code, start: h.start_date, end: h.end_date })
        expected.set(h.child_id, list)
      }
      for (const [id, child] of record.children)
        assert.deepEqual(child.homes, expected.get(id) ?? [], `child ${id} homes`)
    })
  }
})
