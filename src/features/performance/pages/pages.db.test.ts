// Route tests for the performance pages: real pages on a test database, asserted with cheerio.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createTestUser, startTestApp, type TestApp } from '../../../../test/support/test-app.ts'
import { openTestDatabase } from '../../../../test/support/test-database.ts'
import type { Database } from '../../../db/database.ts'
import { fixtureBuilder } from '../fixture-builders.ts'

describe('performance pages', () => {
  let database: Database
  let app: TestApp
  let teamA: number
  const children: number[] = []

  before(async () => {
    database = await openTestDatabase()
    const b = fixtureBuilder(database.db, new Date('2025-01-01T09:00:00Z'))
    teamA = await b.team('Children in care A')
    const teamB = await b.team('Children in care B')
    const workerA = await b.worker(teamA)
    const workerB = await b.worker(teamB)
    const manager = await b.worker(teamA, { role: 'team_manager' })
    const carer = await b.carer('in_house_foster')
    const ward = (
      await database.db
        .selectFrom('ward')
        .select('code')
        .where('name', '=', 'Newport')
        .executeTakeFirstOrThrow()
    ).code
    for (let i = 0; i < 7; i++) {
      const child = await b.child(`2012-0${i + 1}-15`, { forename: `Fixture${i}`, surname: 'Child' })
      children.push(child)
      const period = await b.period(child, '2024-06-01')
      await b.placement(child, period, 'U4', '2024-06-01', null, carer, 650)
      await b.allocation(child, i < 5 ? workerA : workerB, i < 5 ? teamA : teamB, '2024-06-01')
      await b.insert('address', {
        child_id: child,
        kind: 'home',
        line1: '1 Street',
        town: 'Middlesbrough',
        postcode: 'TS1 1AA',
        ward_code: i < 3 ? ward : null,
        start_date: '2020-01-01',
      })
    }
    app = await startTestApp(database.db, { today: '2025-03-31' })
    await createTestUser(database.db, { username: 'analyst', role: 'performance_analyst' })
    await createTestUser(database.db, { username: 'councillor', role: 'elected_member' })
    await createTestUser(database.db, { username: 'manager', role: 'team_manager', workerId: manager })
    await createTestUser(database.db, { username: 'worker', role: 'social_worker', workerId: workerA })
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  const signedIn = async (username: string) => {
    const client = app.client()
    await client.signIn(username)
    return client
  }

  it('shows each scorecard with its rows, RAG and benchmarks', async () => {
    const client = await signedIn('analyst')
    const page = await client.get('/performance/scorecards/leadership?asAt=2025-03-31&mode=recorded')
    assert.equal(page.status, 200)
    assert.equal(page.$('h1').text().trim(), 'Leadership team scorecard')
    const row = page
      .$('tbody tr')
      .filter((_, el) => page.$(el).find('th a').first().text().trim() === 'Number of children in care')
    assert.equal(row.find('td').first().text().trim(), '7')
    assert.match(page.$('body').text(), /DfE publications unless marked calculated/)
    for (const id of ['scrutiny-panel', 'corporate-parenting-board', 'overview-scrutiny-board']) {
      assert.equal((await client.get(`/performance/scorecards/${id}`)).status, 200)
    }
  })

  it('re-renders with a 400 and an error summary when the date is not real', async () => {
    const client = await signedIn('analyst')
    const page = await client.get('/performance/scorecards/leadership?asAt=2025-02-30')
    assert.equal(page.status, 400)
    assert.equal(page.$('.govuk-error-summary__list a').attr('href'), '#asAt')
    assert.match(page.$('title').text(), /^Error: /)
  })

  it('draws the indicator’s trend as an SVG with a text alternative and the data as a table', async () => {
    const client = await signedIn('analyst')
    const page = await client.get('/performance/indicators/cla_rate?asAt=2025-03-31')
    assert.equal(page.status, 200)
    assert.equal(
      page.$('#trend-title').text().trim(),
      'Children looked after per 10,000 children: 12 monthly values',
    )
    assert.equal(page.$('caption:contains("Monthly values")').closest('table').find('tbody tr').length, 12)
    assert.ok(page.$('a:contains("See the children behind this figure")').length === 1)
  })

  it('lists the children behind a figure for an analyst, and audits the look', async () => {
    const client = await signedIn('analyst')
    const page = await client.get('/performance/indicators/children_in_care/children?asAt=2025-03-31')
    assert.equal(page.status, 200)
    assert.equal(page.$('tbody tr').length, 7)
    const audit = await database.db
      .selectFrom('audit_event')
      .select(['action', 'outcome', 'record_id'])
      .where('action', '=', 'drill_down')
      .execute()
    assert.ok(
      audit.some((a) => a.outcome === 'allowed' && a.record_id === 'children_in_care@2025-03-31:recorded'),
    )
  })

  it('shows a team manager only the children their teams hold', async () => {
    const client = await signedIn('manager')
    const page = await client.get('/performance/indicators/children_in_care/children?asAt=2025-03-31')
    assert.equal(page.$('tbody tr').length, 5)
    assert.match(page.$('.govuk-inset-text').text(), /2 children are not listed/)
  })

  it('never shows an elected member children, and withholds numbers under 5', async () => {
    const client = await signedIn('councillor')
    const drill = await client.get('/performance/indicators/children_in_care/children')
    assert.equal(drill.status, 403)
    const indicator = await client.get('/performance/indicators/children_in_care?asAt=2025-03-31')
    assert.equal(indicator.$('a:contains("See the children")').length, 0)
    const byWard = indicator.$('caption:contains("By ward")').closest('table')
    assert.match(byWard.text(), /Fewer than 5/)
    const map = await client.get('/performance/ward-map?measure=cla_rate&asAt=2025-03-31')
    assert.equal(map.status, 200)
    const newport = map.$('tbody tr').filter((_, el) => map.$(el).find('th').text().trim() === 'Newport')
    assert.equal(newport.find('td').first().text().trim(), 'Fewer than 5')
  })

  it('draws the ward map with all 20 wards and a table of values', async () => {
    const client = await signedIn('analyst')
    const page = await client.get('/performance/ward-map?measure=cla_rate&asAt=2025-03-31')
    assert.equal(page.status, 200)
    assert.equal(page.$('svg[role="img"] path').length, 20)
    const newport = page.$('tbody tr').filter((_, el) => page.$(el).find('th').text().trim() === 'Newport')
    assert.equal(newport.find('td').first().text().trim(), '3')
  })

  it('refuses the performance pages to a social worker', async () => {
    const client = await signedIn('worker')
    assert.equal((await client.get('/performance')).status, 403)
  })

  it('exports a scorecard as CSV and lets an analyst save one for a meeting', async () => {
    const client = await signedIn('analyst')
    const csv = await client.get(
      '/performance/scorecards/overview-scrutiny-board/export.csv?asAt=2025-03-31&mode=recorded',
    )
    assert.equal(csv.status, 200)
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/)
    assert.match(csv.html.split('\r\n')[0] ?? '', /^indicator_id,indicator,/)
    await client.get('/performance/scorecards/overview-scrutiny-board?asAt=2025-03-31')
    const saved = await client.post('/performance/scorecards/overview-scrutiny-board/save', {
      asAt: '2025-03-31',
      mode: 'recorded',
    })
    assert.equal(saved.status, 302)
    const overview = await client.get('/performance')
    assert.match(overview.$('body').text(), /Scorecards saved for meetings/)
  })

  it('lets an analyst write a row’s narrative, with GOV.UK errors first', async () => {
    const client = await signedIn('analyst')
    const form = await client.get(
      '/performance/scorecards/corporate-parenting-board/narratives/children_in_care',
    )
    assert.equal(form.status, 200)
    const empty = await client.post(
      '/performance/scorecards/corporate-parenting-board/narratives/children_in_care',
      { body: '  ' },
    )
    assert.equal(empty.status, 400)
    assert.equal(empty.$('.govuk-error-summary__list a').attr('href'), '#body')
    assert.equal(empty.$('.govuk-error-summary__list a').text().trim(), 'Enter the narrative')
    const saved = await client.post(
      '/performance/scorecards/corporate-parenting-board/narratives/children_in_care',
      { body: 'Seven children, all with in-house carers.' },
    )
    assert.equal(saved.status, 302)
    const card = await client.get(
      '/performance/scorecards/corporate-parenting-board?asAt=2025-03-31&mode=now',
    )
    assert.match(card.$('tbody').text(), /Seven children, all with in-house carers\./)
  })

  it('refuses the narrative form to an elected member', async () => {
    const client = await signedIn('councillor')
    assert.equal(
      (await client.get('/performance/scorecards/corporate-parenting-board/narratives/children_in_care'))
        .status,
      403,
    )
  })

  it('lets an analyst choose the statistical neighbour model', async () => {
    const client = await signedIn('analyst')
    await client.get('/performance/settings')
    const missing = await client.post('/performance/settings', {})
    assert.equal(missing.status, 400)
    assert.equal(
      missing.$('.govuk-error-summary__list a').text().trim(),
      'Select the statistical neighbour model',
    )
    assert.equal((await client.post('/performance/settings', { neighbourModel: '2021' })).status, 302)
    // The setting is versioned: as now known it applies; as recorded at 31 March 2025 it did not exist yet.
    const now = await client.get('/performance/scorecards/leadership?asAt=2025-03-31&mode=now')
    assert.match(now.$('main > p').first().text(), /DfE statistical neighbours April 2021/)
    const then = await client.get('/performance/scorecards/leadership?asAt=2025-03-31&mode=recorded')
    assert.match(then.$('main > p').first().text(), /DfE statistical neighbour model 2025/)
  })
})
