// CIN census at the size of a large authority's return: 80,000 children written to a temporary
// file, then read and validated against every rule for 2025/26 in a separate process, so the
// peak memory reported is the reader's and validator's alone.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cleanCensus, upn } from '../src/features/returns/cin/testing/clean-census.ts'
import { childXml, FOOTER_XML, headerXml } from '../src/features/returns/cin/xml-write.ts'
import type { BenchRow } from './run.ts'

const CHILDREN = 80_000
const YEAR = 2026
const root = path.resolve(import.meta.dirname, '..')

async function writeCensus(file: string): Promise<number> {
  const fixture = cleanCensus(YEAR)
  const out = fs.createWriteStream(file)
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())))
  await write(headerXml(fixture.header))
  for (let i = 0; i < CHILDREN; i++) {
    const child = structuredClone(fixture.children[i % fixture.children.length]) as NonNullable<(typeof fixture.children)[number]>
    if (child.identifiers) {
      child.identifiers.LAchildID = `B${i}`
      if (child.identifiers.UPN !== null) child.identifiers.UPN = upn(`806${2000 + Math.floor(i / 1000)}15${String(i % 1000).padStart(3, '0')}`)
    }
    await write(childXml(child))
  }
  await write(FOOTER_XML)
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())))
  return fs.statSync(file).size
}

const VALIDATE = `
import { validateCinFile } from ${JSON.stringify(path.join(root, 'src/features/returns/cin/validate.ts'))}
const started = performance.now()
const { findings, children } = await validateCinFile(process.argv[1], { year: ${YEAR} })
const seconds = (performance.now() - started) / 1000
const usage = process.resourceUsage()
console.log(JSON.stringify({ seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, children, findings: findings.length, maxRssKb: usage.maxRSS }))
`

export default async function (): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cin-bench-'))
  try {
    const file = path.join(dir, 'census.xml')
    const bytes = await writeCensus(file)
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', VALIDATE, file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 })
    if (run.status !== 0) throw new Error(`validate run failed: ${run.stderr}`)
    const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { seconds: number; cpuSeconds: number; children: number; findings: number; maxRssKb: number }
    if (result.children !== CHILDREN || result.findings !== 0) throw new Error(`expected ${CHILDREN} clean children, got ${JSON.stringify(result)}`)
    return [
      { name: `census file (${CHILDREN.toLocaleString('en-GB')} children)`, value: bytes / 1_048_576, unit: 'MB' },
      { name: 'parse + validate (wall clock)', value: result.seconds, unit: 's', target: 30 },
      // CPU time is steadier than wall time on the shared, often overloaded build machines.
      { name: 'parse + validate (CPU, whole process)', value: result.cpuSeconds, unit: 's', target: 20 },
      { name: 'children per second', value: CHILDREN / result.seconds, unit: '/s' },
      { name: 'peak RSS (reader + validator process)', value: result.maxRssKb / 1024, unit: 'MB', target: 400 },
    ]
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
