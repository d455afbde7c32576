// The synthetic authority: a deterministic history of a children's services department from
// 1 April 2016 to "today", written through the data model. Scale 1 is Middlesbrough-sized (and
// reproduces its published figures: calibration.ts); scale N runs N authority-sized units one after
// another, each streamed to the database and dropped, so memory does not grow with N.
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'
import { assertIsoDate, type IsoDate } from '../../platform/time/dates.ts'
import { applyCorrections } from './corrections.ts'
import { simulateUnit } from './engine.ts'
import { ErrorInjector, type ManifestEntry } from './inject-errors.ts'
import { Random } from './random.ts'
import { Ids, type Sink } from './state.ts'
import { readCatalogue, SEED_ACTOR, SeedWriter } from './writer.ts'

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
  const unitScale = options.scale / units
  const root = new Random(options.seed)
  const ids = new Ids()
  const injector = options.injectErrors ? new ErrorInjector(root.fork('errors'), options.injectErrors, options.today) : undefined
  const rows: Record<string, number> = {}
  for (let unit = 0; unit < units; unit++) {
    const rng = root.fork(`unit-${unit}`)
    await writeAs(db, { id: SEED_ACTOR }, async (trx) => {
      const writer = new SeedWriter(trx, catalogue)
      await writer.bulkLoad()
      const sink: Sink = injector ? injector.wrap(writer) : writer
      await simulateUnit({
        rng,
        ids,
        sink,
        unit,
        scale: unitScale,
        today: options.today,
        afterMonth: async (month, index, total) => {
          await writer.maybeFlush()
          options.onProgress?.(unit * total + index + 1, units * total, `unit ${unit + 1} of ${units}: ${month.slice(0, 7)}`)
        },
      })
      await writer.finish()
      for (const [table, count] of writer.counts) rows[table] = (rows[table] ?? 0) + count
    })
  }
  const corrections = await applyCorrections(db, root.fork('corrections'), options)
  // Fresh statistics: a bulk load leaves the planner guessing (seq scans where an index answers a
  // caseload in under a millisecond) until autovacuum gets round to it.
  await sql`analyze`.execute(db)
  return {
    scale: options.scale,
    seed: options.seed,
    today: options.today,
    units,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    rows,
    corrections,
    manifest: injector?.manifest ?? [],
  }
}
