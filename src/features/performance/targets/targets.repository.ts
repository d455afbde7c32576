// Targets, tolerances, narratives and settings, read through the same as-at view as the case
// record (so a scorecard as recorded at a date shows that date's targets and words), and
// written through writeAs so every change is versioned and stamped.
import type { Kysely } from 'kysely'
import type { DB } from '../../../db/schema.ts'
import { writeAs, type Actor } from '../../../db/write.ts'
import type { NeighbourModel } from '../benchmarks/benchmarks.ts'
import { tableAsAt, type RecordView } from '../record/as-at.ts'

export interface PerformanceSettings {
  neighbourModel: NeighbourModel
  targets: Map<string, Map<number, number>>
  tolerances: Map<string, number>
  narratives: Map<string, string>
}

export async function loadPerformanceSettings(
  db: Kysely<DB>,
  view: RecordView,
  scorecard: string,
): Promise<PerformanceSettings> {
  const [settings, targets, tolerances, narratives] = await Promise.all([
    db
      .selectFrom(tableAsAt(db, 'performance_setting', view))
      .select(['key', 'value'])
      .execute(),
    db
      .selectFrom(tableAsAt(db, 'performance_target', view))
      .select(['indicator_id', 'year_ending', 'value'])
      .execute(),
    db
      .selectFrom(tableAsAt(db, 'performance_tolerance', view))
      .select(['indicator_id', 'tolerance'])
      .execute(),
    db
      .selectFrom(tableAsAt(db, 'performance_narrative', view))
      .select(['indicator_id', 'body'])
      .where('scorecard', '=', scorecard)
      .execute(),
  ])
  const model = settings.find((s) => s.key === 'neighbour_model')?.value
  const targetMap = new Map<string, Map<number, number>>()
  for (const t of targets) {
    const byYear = targetMap.get(t.indicator_id) ?? new Map<number, number>()
    byYear.set(t.year_ending, Number(t.value))
    targetMap.set(t.indicator_id, byYear)
  }
  return {
    neighbourModel: model === '2021' ? '2021' : '2025',
    targets: targetMap,
    tolerances: new Map(tolerances.map((t) => [t.indicator_id, Number(t.tolerance)])),
    narratives: new Map(narratives.map((n) => [n.indicator_id, n.body])),
  }
}

export async function setNeighbourModel(
  db: Kysely<DB>,
  actor: Actor,
  model: NeighbourModel,
  at?: Date,
): Promise<void> {
  await writeAs(
    db,
    actor,
    (trx) =>
      trx
        .insertInto('performance_setting')
        .values({ key: 'neighbour_model', value: model })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: model }))
        .execute(),
    at ? { at } : {},
  )
}

/** One indicator's yearly targets (oldest first) and tolerance as they stand now, for the editing pages. */
export async function indicatorTargets(
  db: Kysely<DB>,
  indicatorId: string,
): Promise<{
  targets: Array<{ yearEnding: number; value: number; note: string | null; updatedAt: Date }>
  tolerance: number | null
}> {
  const [targets, tolerance] = await Promise.all([
    db
      .selectFrom('performance_target')
      .select(['year_ending', 'value', 'note', 'updated_at'])
      .where('indicator_id', '=', indicatorId)
      .orderBy('year_ending')
      .execute(),
    db
      .selectFrom('performance_tolerance')
      .select('tolerance')
      .where('indicator_id', '=', indicatorId)
      .executeTakeFirst(),
  ])
  return {
    targets: targets.map((t) => ({
      yearEnding: t.year_ending,
      value: Number(t.value),
      note: t.note,
      updatedAt: t.updated_at,
    })),
    tolerance: tolerance ? Number(tolerance.tolerance) : null,
  }
}

export async function setTarget(
  db: Kysely<DB>,
  actor: Actor,
  indicatorId: string,
  yearEnding: number,
  value: number,
  at?: Date,
): Promise<void> {
  await setTargets(db, actor, indicatorId, [{ yearEnding, value, note: null }], at)
}

/** Several years' targets in one versioned change (a trajectory); a year already set is replaced. */
export async function setTargets(
  db: Kysely<DB>,
  actor: Actor,
  indicatorId: string,
  targets: ReadonlyArray<{ yearEnding: number; value: number; note: string | null }>,
  at?: Date,
): Promise<void> {
  if (targets.length === 0) return
  await writeAs(
    db,
    actor,
    (trx) =>
      trx
        .insertInto('performance_target')
        .values(
          targets.map((t) => ({
            indicator_id: indicatorId,
            year_ending: t.yearEnding,
            value: t.value,
            note: t.note,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['indicator_id', 'year_ending']).doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            note: eb.ref('excluded.note'),
          })),
        )
        .execute(),
    at ? { at } : {},
  )
}

/** Removes one year's target; the row is kept in the record's history, so scorecards as recorded before still show it. */
export async function removeTarget(db: Kysely<DB>, actor: Actor, indicatorId: string, yearEnding: number): Promise<boolean> {
  const removed = await writeAs(db, actor, (trx) =>
    trx.deleteFrom('performance_target').where('indicator_id', '=', indicatorId).where('year_ending', '=', yearEnding).executeTakeFirst(),
  )
  return removed.numDeletedRows > 0n
}

export async function setTolerance(
  db: Kysely<DB>,
  actor: Actor,
  indicatorId: string,
  tolerance: number,
  at?: Date,
): Promise<void> {
  await writeAs(
    db,
    actor,
    (trx) =>
      trx
        .insertInto('performance_tolerance')
        .values({ indicator_id: indicatorId, tolerance })
        .onConflict((oc) => oc.column('indicator_id').doUpdateSet({ tolerance }))
        .execute(),
    at ? { at } : {},
  )
}

export async function setNarrative(
  db: Kysely<DB>,
  actor: Actor,
  scorecard: string,
  indicatorId: string,
  body: string,
  at?: Date,
): Promise<void> {
  await writeAs(
    db,
    actor,
    (trx) =>
      trx
        .insertInto('performance_narrative')
        .values({ scorecard, indicator_id: indicatorId, body })
        .onConflict((oc) => oc.columns(['scorecard', 'indicator_id']).doUpdateSet({ body }))
        .execute(),
    at ? { at } : {},
  )
}
