// Casework pages under load: 50 concurrent signed-in users (autocannon on 127.0.0.1) on the demo
// authority (simulator, scale 1, seed 1, today 2026-11-23), for "my work", the child summary and
// the chronology; p50/p95/p99 in ms, target p95 < 100 ms for users at a human pace (a page a
// second each, out of step with one another), with the same users all clicking in the same instant
// and the flat-out ceiling (no pause) beside it. The app runs in its own process. Runs on PostgreSQL (DATABASE_URL, or
// postgres://postgres@127.0.0.1:5432/sightline_bench, created and seeded once) and on PGlite
// (tmp/bench-casework-pglite, seeded once). `npm run bench casework`; BENCH_ENGINES=pglite to run one.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { openDatabase, type Database } from '../src/db/database.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { syncReferenceData } from '../src/features/reference/sync.ts'
import { DEMO_PASSWORD, ensureDemoAccounts } from '../src/features/sign-in/demo-accounts.ts'
import type { BenchRow } from './run.ts'
import { writeAs } from '../src/db/write.ts'
import { buildAuthority, FIXTURE_PASSWORD } from '../test/support/casework-fixtures.ts'

const TODAY = '2026-11-23'
const USERS = 50
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const WARM_UP_SECONDS = 3
const root = path.resolve(import.meta.dirname, '..')

const pgliteDir = path.join(root, 'tmp/bench-casework-pglite')
const postgresUrl = () => new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sightline_bench')

async function openEngine(engine: 'postgres' | 'pglite'): Promise<Database> {
  if (engine === 'pglite') {
    fs.mkdirSync(pgliteDir, { recursive: true })
    return openDatabase({ kind: 'pglite', dataDir: pgliteDir })
  }
  const url = postgresUrl()
  const name = url.pathname.slice(1)
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  const exists = await client.query('select 1 from pg_database where datname = $1', [name])
  if (exists.rowCount === 0) await client.query(`create database "${name}"`)
  await client.end()
  return openDatabase({ kind: 'postgres', connectionString: url.toString(), poolSize: 20 })
}

export async function prepareDemo(database: Database): Promise<void> {
  await migrateToLatest(database.db as never)
  await syncReferenceData(database.db)
  const any = await database.db.selectFrom('child').select('id').limit(1).executeTakeFirst()
  if (!any) {
    if (process.env.BENCH_FIXTURE === 'casework') {
      process.stderr.write('  seeding the casework fixture (BENCH_FIXTURE=casework; once)…\n')
      await seedCaseworkFixture(database)
    } else {
      const { seedAuthority } = await import('../src/features/simulator/index.ts')
      process.stderr.write('  seeding the demo authority (once)…\n')
      await seedAuthority(database.db, { scale: 1, seed: 1, today: TODAY })
    }
  }
  await ensureDemoAccounts(database.db)
}

/**
 * A stand-in when the simulator cannot run: the casework test authority plus 2,000 children with
 * referrals, assessments, CP plans and periods of care (placements, reviews, visits), 30 of them
 * on the demo social worker's caseload. Sign-ins use the fixture password.
 */
async function seedCaseworkFixture(database: Database): Promise<void> {
  const db = database.db
  const authority = await buildAuthority(db)
  await writeAs(db, { id: 'system:bench-fixture' }, async (trx) => {
    for (let i = 0; i < 2000; i++) {
      const year = 2008 + (i % 17)
      const child = await trx
        .insertInto('child')
        .values({ forename: `Child${i}`, surname: `Bench${i % 97}`, sex: i % 2 ? 'F' : 'M', date_of_birth: `${year}-0${1 + (i % 9)}-1${i % 9}` })
        .returning('id')
        .executeTakeFirstOrThrow()
      const referralDate = `2026-0${1 + (i % 9)}-0${1 + (i % 9)}`
      const referral = await trx.insertInto('referral').values({ child_id: child.id, referral_date: referralDate, source: '2A', primary_need: 'N1', team_id: authority.teams.assessment }).returning('id').executeTakeFirstOrThrow()
      await trx.insertInto('assessment').values({ child_id: child.id, referral_id: referral.id, start_date: referralDate }).execute()
      const worker = i < 30 ? authority.workers.socialWorker : authority.workers.otherWorker
      await trx.insertInto('allocation').values({ child_id: child.id, worker_id: worker, team_id: authority.teams.assessment, role: 'social_worker', start_date: referralDate }).execute()
      if (i % 3 === 0) {
        const period = await trx.insertInto('period_of_care').values({ child_id: child.id, start_date: referralDate, category_of_need: 'N1' }).returning('id').executeTakeFirstOrThrow()
        await trx.insertInto('legal_status').values({ child_id: child.id, period_of_care_id: period.id, code: 'C2', start_date: referralDate }).execute()
        await trx.insertInto('placement').values({ child_id: child.id, period_of_care_id: period.id, placement_type: 'U4', provider: 'PR1', start_date: referralDate }).execute()
        for (let v = 0; v < 6; v++) await trx.insertInto('visit').values({ child_id: child.id, kind: 'cla', visit_date: `2026-${String(10 + (v % 2)).padStart(2, '0')}-0${1 + v}`, seen: true, seen_alone: v % 2 === 0 }).execute()
        await trx.insertInto('cla_review').values({ child_id: child.id, period_of_care_id: period.id, due_date: '2026-10-30', held_date: '2026-10-28' }).execute()
      } else if (i % 3 === 1) {
        await trx.insertInto('strategy_discussion').values({ child_id: child.id, referral_id: referral.id, held_date: referralDate, outcome: 's47' }).execute()
        await trx.insertInto('cp_plan').values({ child_id: child.id, referral_id: referral.id, start_date: referralDate, initial_category: 'NEG', latest_category: 'NEG' }).execute()
      }
    }
  })
}

/** The demo authority's password, or the fixture's; found once so failed attempts cannot lock the account. */
let workingPassword: string | undefined

async function signIn(baseUrl: string, username: string): Promise<string> {
  const first = await fetch(`${baseUrl}/sign-in`)
  const cookie = (first.headers.getSetCookie()[0] ?? '').split(';')[0] ?? ''
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await first.text())?.[1] ?? ''
  for (const password of workingPassword ? [workingPassword] : [DEMO_PASSWORD, FIXTURE_PASSWORD]) {
    const body = new URLSearchParams({ username, password, _csrf: csrf, returnTo: '/' })
    const signedIn = await fetch(`${baseUrl}/sign-in`, { method: 'POST', body, redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
    const session = (signedIn.headers.getSetCookie()[0] ?? '').split(';')[0]
    if (signedIn.status === 302 && session) {
      workingPassword = password
      return session
    }
  }
  throw new Error(`Sign-in failed for ${username}`)
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number
}

interface LoadResult {
  p50: number
  p95: number
  p99: number
  requests: number
  rate: number
  errors: number
}

/** One autocannon run; every response's latency goes into `latencies`. */
async function cannon(url: string, connections: number, cookieOf: (n: number) => string, latencies: number[], perUserRate?: number, seconds = SECONDS) {
  let next = 0
  let errors = 0
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    ...(perUserRate ? { connectionRate: perUserRate } : {}),
    timeout: 30,
    setupClient(client) {
      client.setHeaders({ cookie: cookieOf(next++) })
      client.on('response', (status: number, _bytes: number, responseTime: number) => {
        if (status !== 200) errors += 1
        latencies.push(responseTime)
      })
    },
  })
  return { requests: result.requests.total, errors: errors + result.errors + result.non2xx }
}

function summarise(latencies: number[], runs: Array<{ requests: number; errors: number }>): LoadResult {
  latencies.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 10) / 10
  const requests = runs.reduce((sum, r) => sum + r.requests, 0)
  return {
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    requests,
    rate: Math.round(requests / SECONDS),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  }
}

/**
 * 50 users at `pace`: 'flat out' (each asks again as soon as a page arrives), 'in step' (a page a
 * second each, all asking in the same instant every second: autocannon's one ticker per client,
 * started together, the worst case) or 'paced' (a page a second each, users out of step with one
 * another, spread evenly over the second, as independent people are).
 */
async function load(baseUrl: string, urlPath: string, cookies: string[], pace: 'paced' | 'in step' | 'flat out'): Promise<LoadResult> {
  const url = `${baseUrl}${urlPath}`
  const latencies: number[] = []
  const cookieOf = (n: number) => cookies[n % cookies.length] as string
  if (pace !== 'paced') return summarise(latencies, [await cannon(url, USERS, cookieOf, latencies, pace === 'in step' ? 1 : undefined)])
  const users = Array.from({ length: USERS }, async (_, user) => {
    await new Promise((resolve) => setTimeout(resolve, (user * 1000) / USERS))
    return cannon(url, 1, () => cookieOf(user), latencies, 1)
  })
  return summarise(latencies, await Promise.all(users))
}

/** The app on the seeded database, in a child process; resolves with its base URL and a stop function. */
async function serve(engine: 'postgres' | 'pglite', where: string): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/support/serve-demo.ts'), engine, where, TODAY], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /listening (\d+)/.exec(out)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`the bench server exited with ${code}`)))
  })
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

async function benchEngine(engine: 'postgres' | 'pglite'): Promise<BenchRow[]> {
  const database = await openEngine(engine)
  try {
    await prepareDemo(database)
  } finally {
    await database.close()
  }
  const { baseUrl, stop } = await serve(engine, engine === 'pglite' ? pgliteDir : postgresUrl().toString())
  try {
    const cookies: string[] = []
    for (let i = 0; i < USERS; i++) cookies.push(await signIn(baseUrl, 'social.worker'))
    const page = await fetch(`${baseUrl}/my-work`, { headers: { cookie: cookies[0] as string } })
    const childId = /href="\/children\/(\d+)"/.exec(await page.text())?.[1]
    if (!childId) throw new Error('The demo social worker has no caseload: is the simulator seeding demo caseloads?')
    const rows: BenchRow[] = []
    const pages = [['my work', '/my-work'], ['child summary', `/children/${childId}`], ['chronology', `/children/${childId}/chronology`]] as const
    // Warm up first (JIT, compiled templates and queries, the server's caches), unmeasured.
    for (const [, urlPath] of pages) await cannon(`${baseUrl}${urlPath}`, USERS, (n) => cookies[n % cookies.length] as string, [], undefined, WARM_UP_SECONDS)
    for (const [name, urlPath] of pages) {
      // Users at a human pace (each asks for a page every second, far faster than anyone reads one),
      // the same users all clicking in the same instant, then with no pause at all (the ceiling).
      for (const pace of ['paced', 'in step', 'flat out'] as const) {
        const r = await load(baseUrl, urlPath, cookies, pace)
        const label = `${engine} ${name} ${pace}`
        process.stderr.write(`  ${label}: ${r.requests} requests (${r.rate} a second), ${r.errors} errors, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms\n`)
        rows.push({ name: `${label} failed requests`, value: r.errors, unit: 'requests', target: 0 })
        rows.push({ name: `${label} p50`, value: r.p50, unit: 'ms' })
        rows.push({ name: `${label} p95`, value: r.p95, unit: 'ms', ...(pace === 'paced' ? { target: 100 } : {}) })
        rows.push({ name: `${label} p99`, value: r.p99, unit: 'ms' })
        if (pace === 'flat out') rows.push({ name: `${label} throughput`, value: r.rate, unit: 'req/s' })
      }
    }
    if (engine === 'postgres') rows.push(...(await auditOverhead(baseUrl, `/children/${childId}`, cookies)))
    return rows
  } finally {
    await stop()
  }
}

const AUDIT_ARGS = 'timestamptz, integer, text, text, text, text, text, integer, text, text, text, text'

/**
 * The cost of auditing every view (issue 5): the child summary flat out, then again with the audit
 * database function swapped for one that does nothing, then the real one put back. Only the bench
 * database is touched, and the swap is undone even if the run fails.
 */
async function auditOverhead(baseUrl: string, urlPath: string, cookies: string[]): Promise<BenchRow[]> {
  const client = new pg.Client({ connectionString: postgresUrl().toString() })
  await client.connect()
  try {
    const audited = await load(baseUrl, urlPath, cookies, 'flat out')
    await client.query(`alter function audit_append(${AUDIT_ARGS}) rename to audit_append_bench_real`)
    let unaudited: Awaited<ReturnType<typeof load>>
    try {
      await client.query(`create function audit_append(${AUDIT_ARGS}) returns void language sql as 'select'`)
      unaudited = await load(baseUrl, urlPath, cookies, 'flat out')
    } finally {
      await client.query(`drop function if exists audit_append(${AUDIT_ARGS})`)
      await client.query(`alter function audit_append_bench_real(${AUDIT_ARGS}) rename to audit_append`)
    }
    process.stderr.write(`  audit overhead, child summary flat out: p95 ${audited.p95} ms audited, ${unaudited.p95} ms without; ${audited.rate} and ${unaudited.rate} a second\n`)
    return [
      { name: 'postgres child summary p95, audited', value: audited.p95, unit: 'ms' },
      { name: 'postgres child summary p95, audit switched off', value: unaudited.p95, unit: 'ms' },
      { name: 'audit overhead (p95 audited / not)', value: audited.p95 / Math.max(unaudited.p95, 0.1), unit: 'x' },
    ]
  } finally {
    await client.end()
  }
}

export default async function run(): Promise<BenchRow[]> {
  const engines = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',') as Array<'postgres' | 'pglite'>
  const rows: BenchRow[] = []
  for (const engine of engines) rows.push(...(await benchEngine(engine)))
  return rows
}
