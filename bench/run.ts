// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints
// one table. Timings on these shared 2-core machines are noisy, so each row shows its ratio to
// the target: under 1.00 meets it.
import fs from 'node:fs'
import path from 'node:path'

export interface BenchRow {
  name: string
  value: number
  unit: string
  target?: number
}

const dir = import.meta.dirname
const only = process.argv.slice(2)
const files = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort()

const rows: Array<BenchRow & { suite: string }> = []
for (const file of files) {
  const suite = file.replace('.bench.ts', '')
  process.stderr.write(`running ${suite}…\n`)
  const run = (await import(path.join(dir, file))).default as () => Promise<BenchRow[]>
  for (const row of await run()) rows.push({ suite, ...row })
}

const header = ['suite', 'measure', 'value', 'unit', 'target', 'ratio']
const table = rows.map((r) => [
  r.suite,
  r.name,
  r.value.toFixed(r.value < 10 ? 3 : 1),
  r.unit,
  r.target === undefined ? '' : String(r.target),
  r.target === undefined ? '' : (r.value / r.target).toFixed(2),
])
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)))
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
console.log(line(header))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const row of table) console.log(line(row))
