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

export async function setTarget(
  db: Kysely<DB>,
  actor: Actor,
  indicatorId: string,
  yearEnding: number,
  value: number,
  at?: Date,
): Promise<void> {
  await writeAs(
    db,
    actor,
    (trx) =>
      trx
        .insertInto('performance_target')
        .values({ indicator_id: indicatorId, year_ending: yearEnding, value })
        .onConflict((oc) => oc.columns(['indicator_id', 'year_ending']).doUpdateSet({ value }))
        .execute(),
    at ? { at } : {},
  )
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
