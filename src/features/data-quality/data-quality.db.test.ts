// The daily returns check over a simulated authority with planted errors, and the pages that show
// its findings: by rule and team for the people who answer for the returns, the children behind a
// rule through the access rules, and the checks on the child's own summary.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../db/database.ts'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { fixedClock } from '../../platform/time/clock.ts'
import { DEMO_PASSWORD, ensureDemoAccounts } from '../sign-in/demo-accounts.ts'
import { seedAuthority } from '../simulator/index.ts'
import type { ManifestEntry } from '../simulator/inject-errors.ts'
import { collectionYearOf, runDataQualityCheck } from './check.ts'

const TODAY = '2026-11-23'

describe('the data-quality check and its pages', () => {
  let database: Database
  let app: TestApp
  let manifest: ManifestEntry[]

  before(async () => {
    database = await openTestDatabase()
    manifest = (await seedAuthority(database.db, { scale: 0.05, seed: 5, today: TODAY, injectErrors: 0.05 })).manifest
    await ensureDemoAccounts(database.db)
    app = await startTestApp(database.db, { today: TODAY })
  })
  after(async () => {
    await app?.close()
    await database?.close()
  })

  it('knows which collection year a date is in', () => {
    assert.equal(collectionYearOf('2026-11-23'), 2027)
    assert.equal(collectionYearOf('2026-03-31'), 2026)
    assert.equal(collectionYearOf('2026-04-01'), 2027)
  })

  it('stores what the 903 and CIN rules find, against the child and their team', async () => {
    const result = await runDataQualityCheck(database.db, fixedClock(TODAY))
    assert.equal(result.yearEnding, 2027)
    const findings = await database.db.selectFrom('data_quality_finding').selectAll().where('run_id', '=', result.runId).execute()
    assert.equal(findings.length, result.findings)
    assert.ok(new Set(findings.map((f) => f.return_name)).size === 2, 'findings from both returns')
    const withChild = findings.filter((f) => f.child_id !== null)
    assert.ok(withChild.length > 0 && withChild.some((f) => f.team_id !== null))
    // A planted unknown placement type in this year's episodes is caught, on that child.
    const planted = manifest.filter((m) => m.table === 'placement' && m.kind === 'unknown_code')
    const placements = planted.length
      ? await database.db.selectFrom('placement').select(['id', 'child_id', 'end_date']).where('id', 'in', planted.map((m) => m.recordId)).execute()
      : []
    const inYear = placements.filter((p) => p.end_date === null || p.end_date >= '2026-04-01')
    for (const p of inYear) assert.ok(withChild.some((f) => f.child_id === p.child_id && f.return_name === '903'), `no 903 finding for child ${p.child_id}`)
  })

  it('shows the analyst the errors by rule, by team and over time', async () => {
    const client = app.client()
    await client.signIn('analyst', DEMO_PASSWORD)
    const page = await client.get('/data-quality')
    assert.equal(page.status, 200)
    const rules = page.$('table').first().find('tbody tr')
    assert.ok(rules.length > 0)
    const firstRule = rules.first().find('a').attr('href') as string
    const rule = await client.get(firstRule)
    assert.equal(rule.status, 200)
    assert.ok(rule.$('tbody tr').length > 0, 'the analyst sees the children behind the rule')
    const audited = await database.db.selectFrom('audit_event').select('record_type').where('username', '=', 'analyst').where('action', '=', 'drill_down').execute()
    assert.ok(audited.some((a) => a.record_type === 'data_quality_rule'))
  })

  it('lists to a team manager only the children their teams hold', async () => {
    const manager = await database.db.selectFrom('app_user').select(['worker_id']).where('username', '=', 'team.manager').executeTakeFirstOrThrow()
    const client = app.client()
    await client.signIn('team.manager', DEMO_PASSWORD)
    const overview = await client.get('/data-quality')
    for (const href of overview.$('table').first().find('tbody tr a').map((_, a) => overview.$(a).attr('href')).get().slice(0, 5)) {
      const page = await client.get(href)
      const shown = page.$('tbody tr a').map((_, a) => Number(page.$(a).attr('href')?.split('/').at(-1))).get()
      for (const childId of shown) {
        const held = await database.db
          .selectFrom('allocation')
          .innerJoin('worker', 'worker.team_id', 'allocation.team_id')
          .select('allocation.id')
          .where('allocation.child_id', '=', childId)
          .where('worker.id', '=', manager.worker_id as number)
          .where('allocation.end_date', 'is', null)
          .executeTakeFirst()
        assert.ok(held, `child ${childId} is not in the manager's teams`)
      }
    }
  })

  it('refuses elected members and practitioners', async () => {
    for (const username of ['councillor', 'social.worker']) {
      const client = app.client()
      await client.signIn(username, DEMO_PASSWORD)
      assert.equal((await client.get('/data-quality')).status, 403, username)
    }
  })

  it('tells the social worker on the child’s summary which rules the record breaks', async () => {
    const social = await database.db.selectFrom('app_user').select('worker_id').where('username', '=', 'social.worker').executeTakeFirstOrThrow()
    const flagged = await database.db
      .selectFrom('data_quality_finding')
      .innerJoin('allocation', 'allocation.child_id', 'data_quality_finding.child_id')
      .select(['data_quality_finding.child_id', 'data_quality_finding.code'])
      .where('allocation.worker_id', '=', social.worker_id as number)
      .where('allocation.end_date', 'is', null)
      .executeTakeFirst()
    const client = app.client()
    await client.signIn('social.worker', DEMO_PASSWORD)
    if (flagged) {
      const page = await client.get(`/children/${flagged.child_id}`)
      assert.match(page.$('[data-qa="return-checks"]').text(), new RegExp(`rule ${flagged.code}`))
    }
    const clean = await database.db
      .selectFrom('allocation')
      .select('child_id')
      .where('worker_id', '=', social.worker_id as number)
      .where('end_date', 'is', null)
      .where('child_id', 'not in', database.db.selectFrom('data_quality_finding').select('child_id').where('child_id', 'is not', null))
      .executeTakeFirst()
    assert.ok(flagged || clean, 'the demo social worker has a caseload')
    if (clean) assert.equal((await client.get(`/children/${clean.child_id}`)).$('[data-qa="return-checks"]').length, 0)
  })
})
