// The synthetic authority: a deterministic history of a children's services department from
// 1 April 2016 to "today", written through the data model. Scale 1 is Middlesbrough-sized (and
// reproduces its published figures: calibration.ts); scale N runs N authority-sized units one after
// another, each streamed to the database and dropped, so memory does not grow with N. The simulation
// runs in its own thread (seed-worker.ts) while this one writes what it sends.
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'
import { assertIsoDate, type IsoDate } from '../../platform/time/dates.ts'
import { applyCorrections } from './corrections.ts'
import type { ManifestEntry } from './inject-errors.ts'
import { Random } from './random.ts'
import { SimulationThread } from './seed-thread.ts'
import { copyLoads, dropSecondaryIndexes, enterBulkLoad, moveSequences, readCatalogue, rebuildIndexes, runStatements, SEED_ACTOR } from './writer.ts'

export { calibrationReport, type CalibrationRow } from './calibration.ts'
export { seedCommand } from './command.ts'
export type { ManifestEntry } from './inject-errors.ts'

export interface SeedOptions {
  scale: number
  seed: number
  today: IsoDate
  /** Share (0-1) of eligible records to corrupt the way real data goes wrong; 0 or absent: none. */
  injectErrors?: number
  onProgress?: (done: number, total: number, stage: string) => void
}

export interface SeedReport {
  scale: number
  seed: number
  today: IsoDate
  units: number
  seconds: number
  rows: Record<string, number>
  corrections: number
  manifest: ManifestEntry[]
}

export async function seedAuthority(db: Kysely<DB>, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now()
  assertIsoDate(options.today)
  if (!(options.scale > 0) || !Number.isFinite(options.scale)) throw new RangeError(`Scale must be a positive number, not ${options.scale}`)
  if (options.today < '2016-06-01') throw new RangeError('Today must be on or after 1 June 2016: the history starts on 1 April 2016.')
  const existing = await db.selectFrom('child').select('id').limit(1).executeTakeFirst()
  if (existing) throw new Error('The database already holds children: the simulator only seeds an empty database.')
  const catalogue = await readCatalogue(db)
  const units = Math.ceil(options.scale)
  const rows: Record<string, number> = {}
  const copy = await copyLoads(db)
  const simulation = new SimulationThread({
    scale: options.scale,
    seed: options.seed,
    today: options.today,
    ...(options.injectErrors ? { injectErrors: options.injectErrors } : {}),
    catalogue,
    copy,
  })
  let manifest: ManifestEntry[] = []
  try {
    for (let unit = 0; unit < units; unit++) {
      // Each unit is one transaction: a failure part-way leaves no half-written unit behind.
      await writeAs(db, { id: SEED_ACTOR }, async (trx) => {
        await enterBulkLoad(trx)
        // On PGlite's one unit, indexes are rebuilt in the same transaction, so a failure leaves them as they were.
        const indexes = copy && units === 1 ? await dropSecondaryIndexes(trx) : []
        for (;;) {
          const message = await simulation.next()
          if (message.kind === 'batch') {
            await runStatements(trx, message.statements)
            simulation.written()
          } else if (message.kind === 'progress') options.onProgress?.(message.done, message.total, message.stage)
          else if (message.kind === 'unit-end') {
            await rebuildIndexes(trx, indexes)
            await moveSequences(trx, Object.keys(message.counts))
            for (const [table, count] of Object.entries(message.counts)) rows[table] = (rows[table] ?? 0) + count
            return
          } else throw new Error(`Unexpected message from the simulation: ${message.kind}`)
        }
      })
    }
    const done = await simulation.next()
    if (done.kind !== 'done') throw new Error(`Unexpected message from the simulation: ${done.kind}`)
    manifest = done.manifest
  } finally {
    await simulation.stop()
  }
  // The streams the worker drew, in its order, so corrections get the same one as ever.
  const root = new Random(options.seed)
  if (options.injectErrors) root.fork('errors')
  for (let unit = 0; unit < units; unit++) root.fork(`unit-${unit}`)
  const corrections = await applyCorrections(db, root.fork('corrections'), options)
  // Fresh statistics: a bulk load leaves the planner guessing (seq scans where an index answers a
  // caseload in under a millisecond) until autovacuum gets round to it. PGlite has no autovacuum,
  // and its analyze is slow: a smaller sample (30 histogram buckets, not 100) takes a third of the time.
  await db.transaction().execute(async (trx) => {
    if (copy) await sql`set local default_statistics_target = 30`.execute(trx)
    await sql`analyze`.execute(trx)
  })
  return {
    scale: options.scale,
    seed: options.seed,
    today: options.today,
    units,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    rows,
    corrections,
    manifest,
  }
}
