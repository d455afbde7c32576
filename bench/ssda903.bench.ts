// Validating a 903 return of 80,000 children (a large LA's return is well under a tenth of
// that): generate it on disk, then time reading and validating it as `sightline validate 903`
// does, and report CPU time and the peak memory of the process. Target: under 10 s on two cores.
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import { temporaryFolder } from '../src/features/returns/ssda903/testing/write-return.ts'
import { writeSyntheticReturn } from '../src/features/returns/ssda903/testing/synthetic-return.ts'
import { load903Directory } from '../src/features/returns/ssda903/load.ts'
import { validate903 } from '../src/features/returns/ssda903/validate.ts'

const CHILDREN = 80_000
const YEAR = 2026

export default async function (): Promise<Array<{ name: string; value: number; unit: string; target?: number }>> {
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

const round = (seconds: number) => Math.round(seconds * 100) / 100

function referenceLoop(): number {
  const cpu = process.cpuUsage()
  let x = 0
  for (let i = 0; i < 1e8; i++) x = (x + i) | 0
  const used = process.cpuUsage(cpu)
  return x === 0.5 ? 0 : round((used.user + used.system) / 1e6)
}
