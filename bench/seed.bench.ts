// Seeding large authorities into PostgreSQL: `sightline seed --scale N` on an empty database, wall
// time and the process's peak resident memory. Issue 3's target is England (scale 120) in under
// 30 minutes and 4 GB; smaller scales carry the same time per unit of scale. Scales come from
// BENCH_SEED_SCALES (default "10"; add 120 for England, which takes a long time on 2 cores).
// Server: DATABASE_URL's (default postgres://postgres@127.0.0.1:5432/postgres); a database per scale
// is created for the run and dropped after.
import { spawn } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'
import type { BenchRow } from './run.ts'

const root = path.resolve(import.meta.dirname, '..')
const ENGLAND = { scale: 120, seconds: 30 * 60, megabytes: 4096 }

async function admin(baseUrl: URL, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl.toString() })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

/** Runs the command under GNU time; resolves with wall seconds and peak RSS in MB. */
function timed(args: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; megabytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, ...args], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString()
      const progress = chunk.toString().trim().split('\n').at(-1)
      if (progress) process.stderr.write(`    ${progress}\n`)
    })
    child.once('exit', (code) => {
      const kb = /peak-kb (\d+)/.exec(err)?.[1]
      if (code !== 0 || !kb) reject(new Error(`seed failed (${code}): ${err.slice(-2000)}`))
      else resolve({ seconds: (performance.now() - started) / 1000, megabytes: Number(kb) / 1024 })
    })
  })
}

export default async function seed(): Promise<BenchRow[]> {
  const scales = (process.env.BENCH_SEED_SCALES ?? '10').split(',').map(Number)
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')
  const rows: BenchRow[] = []
  for (const scale of scales) {
    const name = `sightline_bench_seed_${scale}_${process.pid}`
    await admin(base, `create database "${name}"`)
    try {
      const url = new URL(base)
      url.pathname = `/${name}`
      const env = { ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'warn' }
      await timed([path.join(root, 'bin/sightline.js'), 'migrate'], env)
      const run = await timed([path.join(root, 'bin/sightline.js'), 'seed', '--scale', String(scale), '--today', '2026-11-23'], env)
      rows.push({ name: `scale ${scale} seed time`, value: run.seconds, unit: 's', target: Math.round((ENGLAND.seconds * scale) / ENGLAND.scale) })
      rows.push({ name: `scale ${scale} peak memory`, value: run.megabytes, unit: 'MB', target: ENGLAND.megabytes })
    } finally {
      await admin(base, `drop database if exists "${name}"`)
    }
  }
  return rows
}
