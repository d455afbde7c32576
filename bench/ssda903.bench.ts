// Validating a 903 return of 80,000 children (a large LA's return is well under a tenth of
// that): generate it on disk, then time reading and validating it as `sightline validate 903`
// does, and report CPU time and the peak memory of the process. Target: under 10 s on two cores.
// With BENCH_903_EXPORT=1, also export the demo authority's return as `sightline export 903`
// does (target under 5 s): off by default, because seeding the authority on PGlite takes minutes.
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import { openMemoryDatabase } from '../src/db/database.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { syncReferenceData } from '../src/features/reference/sync.ts'
import { export903, write903Files } from '../src/features/returns/ssda903/export.ts'
import { temporaryFolder } from '../src/features/returns/ssda903/testing/write-return.ts'
import { writeSyntheticReturn } from '../src/features/returns/ssda903/testing/synthetic-return.ts'
import { load903Directory } from '../src/features/returns/ssda903/load.ts'
import { validate903 } from '../src/features/returns/ssda903/validate.ts'

const CHILDREN = 80_000
const YEAR = 2026
/** The demo authority's today, as in the scorecard bench: 2025/26 is its last complete year. */
const TODAY = '2026-11-23'

interface Metric {
  name: string
  value: number
  unit: string
  target?: number
}

export default async function (): Promise<Metric[]> {
  const metrics = await validation()
  if (process.env.BENCH_903_EXPORT === '1') metrics.push(...(await demoExport()))
  return metrics
}

async function validation(): Promise<Metric[]> {
  const folder = temporaryFolder('903-bench-')
  try {
    const generated = await writeSyntheticReturn(folder, { children: CHILDREN, year: YEAR })
    const megabytes = fs.readdirSync(folder).reduce((sum, file) => sum + fs.statSync(`${folder}/${file}`).size, 0) / 1e6

    const cpu = process.cpuUsage()
    const started = performance.now()
    const loaded = await load903Directory(folder, YEAR)
    const read = performance.now()
    const findings = validate903(loaded.data, { year: YEAR })
    const done = performance.now()
    const used = process.cpuUsage(cpu)

    const wrong = findings.filter((f) => f.code !== '101').length + loaded.findings.length
    const caught = findings.filter((f) => f.code === '101').length
    if (wrong > 0 || caught !== generated.planted) {
      throw new Error(`Expected exactly ${generated.planted} findings of rule 101, got ${caught} and ${wrong} others`)
    }
    return [
      { name: '903 validate: children', value: generated.children, unit: 'children' },
      { name: '903 validate: rows', value: generated.rows, unit: 'rows' },
      { name: '903 validate: files', value: Math.round(megabytes * 10) / 10, unit: 'MB' },
      { name: '903 validate: read CSV', value: round((read - started) / 1000), unit: 's' },
      { name: '903 validate: run rules', value: round((done - read) / 1000), unit: 's' },
      { name: '903 validate: total', value: round((done - started) / 1000), unit: 's', target: 10 },
      // CPU time, all threads (garbage collection runs beside the main thread): steadier than the
      // wall clock on a shared machine.
      { name: '903 validate: CPU time', value: round((used.user + used.system) / 1e6), unit: 's' },
      { name: '903 validate: peak RSS', value: Math.round(process.resourceUsage().maxRSS / 1024), unit: 'MB' },
      // How fast this machine is right now: a shared or throttled machine shows it here first.
      { name: '903 validate: reference loop (10^8 additions)', value: referenceLoop(), unit: 's' },
    ]
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

/** Seeds the demo authority (scale 1) on PGlite, then times the export and the writing of its files. */
async function demoExport(): Promise<Metric[]> {
  const database = await openMemoryDatabase()
  const folder = temporaryFolder('903-export-bench-')
  try {
    await migrateToLatest(database.db as never)
    await syncReferenceData(database.db)
    // Imported only when asked for: the validation bench has no need of the simulator.
    const { seedAuthority } = await import('../src/features/simulator/index.ts')
    const seeding = performance.now()
    await seedAuthority(database.db, { scale: 1, seed: 1, today: TODAY })
    const seeded = performance.now()
    const cpu = process.cpuUsage()
    const data = await export903(database.db, YEAR)
    const written = await write903Files(folder, data, YEAR)
    const done = performance.now()
    const used = process.cpuUsage(cpu)
    return [
      { name: '903 export: seeding the demo authority first (setup)', value: round((seeded - seeding) / 1000), unit: 's' },
      { name: '903 export: rows written', value: written.reduce((sum, file) => sum + file.rows, 0), unit: 'rows' },
      { name: '903 export: demo authority (scale 1), PGlite', value: round((done - seeded) / 1000), unit: 's', target: 5 },
      { name: '903 export: CPU time', value: round((used.user + used.system) / 1e6), unit: 's' },
    ]
  } finally {
    await database.close()
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

const round = (seconds: number) => Math.round(seconds * 100) / 100

function referenceLoop(): number {
  const cpu = process.cpuUsage()
  let x = 0
  for (let i = 0; i < 1e8; i++) x = (x + i) | 0
  const used = process.cpuUsage(cpu)
  return x === 0.5 ? 0 : round((used.user + used.system) / 1e6)
}
