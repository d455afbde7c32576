// The default authority (scale 1, seed 1) against every published figure it is tuned to, and the
// record it writes: valid keys, dates, codes and identifiers; the demo people; corrections kept in
// record history; statutory returns that pass DfE's rules. One seed (about a minute on PGlite)
// serves every test in this file.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import type { Database } from '../../db/database.ts'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import { fixedClock } from '../../platform/time/clock.ts'
import { cinCensusXml } from '../returns/cin/export.ts'
import { validateCinFile } from '../returns/cin/validate.ts'
import { export903, write903Files } from '../returns/ssda903/export.ts'
import { validate903Directory } from '../returns/ssda903/validate.ts'
import { calibrationReport, seedAuthority, type SeedReport } from './index.ts'
import { integrityProblems } from './integrity.ts'
import { DEMO_STAFF } from './workforce.ts'

// Late enough that the last three collection years (2023/24 to 2025/26) are complete.
const TODAY = '2026-12-03'

// Targets the simulator does not yet meet, each named in the closing note. Remove an entry
// when the model reaches it; the test fails on any miss not listed here.
const KNOWN_GAPS = new Set<string>([])

describe('the default synthetic authority', () => {
  let database: Database
  let report: SeedReport

  before(async () => {
    database = await openTestDatabase()
    report = await seedAuthority(database.db, { scale: 1, seed: 1, today: TODAY })
  })
  after(async () => database.close())

  // Issue 3's acceptance: the 30 September 2020 counts within ±10%, each DfE annual figure within ±15%.
  it('reproduces every published figure within its tolerance, and the issue’s tolerances are met', async () => {
    const rows = await calibrationReport(database.db, TODAY)
    assert.ok(rows.length > 90, `only ${rows.length} targets`)
    const missed = rows.filter((row) => !row.ok && !KNOWN_GAPS.has(row.target))
    assert.deepEqual(missed.map((row) => `${row.target} ${row.date}: ${row.simulated} vs ${row.expected} ±${row.tolerance}`), [])
    const accepted = rows.filter((row) => /§21\)|\(CSV\)/.test(row.target))
    assert.ok(accepted.length >= 30, `expected the 30 Sept 2020 counts and the DfE annual figures, got ${accepted.length} rows`)
    for (const row of accepted) {
      const limit = /§21\)/.test(row.target) ? 0.1 : 0.15
      // The report rounds to one decimal place, so allow half of that place.
      assert.ok(row.tolerance <= limit * Math.abs(row.expected) + 0.051, `${row.target} allows ±${row.tolerance}, the issue allows ${limit * 100}%`)
    }
  })

  it('writes a valid record: keys resolve, nothing is dated after today, codes and identifiers check', async () => {
    assert.deepEqual(await integrityProblems(database.db, TODAY), [])
  })

  it('reports what it wrote', async () => {
    const children = await database.db.selectFrom('child').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    assert.equal(Number(children.n), report.rows.child)
    assert.ok(report.corrections > 0)
  })

  it('keeps later corrections in record history, back-dated to when they were made', async () => {
    const history = await sql<{ n: number; bad: number }>`select count(*)::int as n, count(*) filter (where valid_to <= valid_from)::int as bad
      from record_history where changed_by = 'system:seed-correction'`.execute(database.db)
    assert.equal(history.rows[0]?.n, report.corrections)
    assert.equal(history.rows[0]?.bad, 0)
  })

  it('creates every demo person with the role the sign-in page expects', async () => {
    const workers = await database.db.selectFrom('worker').select(['staff_id', 'role']).where('staff_id', 'like', 'demo-%').execute()
    const roles = Object.fromEntries(workers.map((w) => [w.staff_id, w.role]))
    assert.deepEqual(roles, {
      [DEMO_STAFF.screener]: 'screener', [DEMO_STAFF.socialWorker]: 'social_worker', [DEMO_STAFF.earlyHelp]: 'early_help_practitioner',
      [DEMO_STAFF.teamManager]: 'team_manager', [DEMO_STAFF.iro]: 'iro', [DEMO_STAFF.personalAdviser]: 'personal_adviser',
      [DEMO_STAFF.analyst]: 'performance_analyst', [DEMO_STAFF.seniorLeader]: 'senior_leader', [DEMO_STAFF.councillor]: 'elected_member',
      [DEMO_STAFF.admin]: 'administrator',
    })
  })

  it('gives the demo social worker a mixed caseload in the demo team manager’s team', async () => {
    const sw = await database.db.selectFrom('worker').selectAll().where('staff_id', '=', DEMO_STAFF.socialWorker).executeTakeFirstOrThrow()
    const tm = await database.db.selectFrom('worker').selectAll().where('staff_id', '=', DEMO_STAFF.teamManager).executeTakeFirstOrThrow()
    assert.equal(sw.manager_id, tm.id)
    assert.equal(sw.team_id, tm.team_id)
    const cases = await sql<{ n: number; cp: number; cla: number; cin: number }>`
      select count(*)::int as n,
        count(*) filter (where exists (select 1 from cp_plan p where p.child_id = a.child_id and p.end_date is null))::int as cp,
        count(*) filter (where exists (select 1 from period_of_care p where p.child_id = a.child_id and p.end_date is null))::int as cla,
        count(*) filter (where exists (select 1 from cin_plan p where p.child_id = a.child_id and p.end_date is null))::int as cin
      from allocation a where a.worker_id = ${sw.id} and a.role = 'social_worker' and a.end_date is null`.execute(database.db)
    const row = cases.rows[0]
    assert.ok(row && row.n >= 15 && row.n <= 20, `caseload ${row?.n}`)
    assert.ok(row.cp > 0 && row.cla > 0 && row.cin > 0, JSON.stringify(row))
  })

  it('gives the demo IRO, early help practitioner and adviser realistic caseloads', async () => {
    const open = async (staffId: string, role: string) =>
      (await sql<{ n: number; families: number }>`select count(*)::int as n, count(distinct m.family_id)::int as families from allocation a
        join worker w on w.id = a.worker_id left join family_member m on m.child_id = a.child_id
        where w.staff_id = ${staffId} and a.role = ${role} and a.end_date is null`.execute(database.db)).rows[0]
    const iro = await open(DEMO_STAFF.iro, 'iro')
    assert.ok(iro && iro.n >= 25 && iro.n <= 35, `IRO ${iro?.n}`)
    const earlyHelp = await open(DEMO_STAFF.earlyHelp, 'early_help_practitioner')
    assert.ok(earlyHelp && earlyHelp.families >= 8 && earlyHelp.families <= 14, `families ${earlyHelp?.families}`)
    const adviser = await open(DEMO_STAFF.personalAdviser, 'personal_adviser')
    assert.ok(adviser && adviser.n >= 10 && adviser.n <= 22, `care leavers ${adviser?.n}`)
  })

  // The returns issue's "done when": both returns, exported as the commands write them, pass every
  // DfE rule for each of the last three collection years (the 903 checked against the year before).
  it('exports a 903 and a CIN census with no validation findings for each of the last three years', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'returns-'))
    try {
      const findings: string[] = []
      for (const year of [2024, 2025, 2026]) {
        const directory = path.join(folder, `903-${year}`)
        await write903Files(directory, await export903(database.db, year), year)
        const previous = year > 2024 ? { previousDirectory: path.join(folder, `903-${year - 1}`) } : {}
        for (const f of await validate903Directory(directory, { year, ...previous })) findings.push(`903 ${year} ${f.code} child ${f.child ?? '-'}`)
        const file = path.join(folder, `cin-${year}.xml`)
        fs.writeFileSync(file, (await cinCensusXml(database.db, fixedClock(TODAY), { year, la: '806' })).xml)
        // Errors, as the validate command counts them; queries ask for a second look and may stand.
        for (const f of (await validateCinFile(file, { year })).findings) if (f.severity === 'error') findings.push(`CIN ${year} ${f.code} child ${f.child}`)
      }
      assert.deepEqual(findings, [])
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })

  it('refuses to seed a database that already holds children', async () => {
    await assert.rejects(seedAuthority(database.db, { scale: 0.1, seed: 2, today: TODAY }), /already holds children/)
  })
})
