// Route tests for the target, tolerance and trajectory pages: real pages on a test database.
// The published figures come from the shipped reference files (re-referrals within 12 months,
// lower is better: Middlesbrough 25.3% in 2025, its 2025-model neighbours 21.69% on average).
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createTestUser, startTestApp, type TestApp } from '../../../../../test/support/test-app.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import type { Database } from '../../../../db/database.ts'
import { loadPerformanceSettings } from '../../targets/targets.repository.ts'

const LIST = '/performance/indicators/rereferrals_12m/targets'
const TARGET = '/performance/indicators/rereferrals_12m/targets/year'
const TOLERANCE = '/performance/indicators/rereferrals_12m/tolerance'
const TRAJECTORY = '/performance/indicators/rereferrals_12m/trajectory'

describe('target, tolerance and trajectory pages', () => {
  let database: Database
  let app: TestApp
  let analystId: number

  before(async () => {
    database = await openTestDatabase()
    // 15 June 2025 falls in the year ending March 2026.
    app = await startTestApp(database.db, { today: '2025-06-15' })
    analystId = await createTestUser(database.db, { username: 'analyst', role: 'performance_analyst' })
    await createTestUser(database.db, { username: 'leader', role: 'senior_leader' })
    await createTestUser(database.db, { username: 'councillor', role: 'elected_member' })
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

  const targets = (indicatorId = 'rereferrals_12m') =>
    database.db
      .selectFrom('performance_target')
      .select(['year_ending', 'value', 'note', 'updated_by'])
      .where('indicator_id', '=', indicatorId)
      .orderBy('year_ending')
      .execute()
      .then((rows) => rows.map((r) => ({ ...r, value: Number(r.value) })))

  const audits = (recordType: string, outcome: 'allowed' | 'refused') =>
    database.db
      .selectFrom('audit_event')
      .select(['action', 'record_id', 'username'])
      .where('record_type', '=', recordType)
      .where('outcome', '=', outcome)
      .orderBy('id')
      .execute()

  it('links an analyst from the indicator page to its targets, none set yet', async () => {
    const client = await signedIn('analyst')
    const indicator = await client.get('/performance/indicators/rereferrals_12m')
    const link = indicator.$('a:contains("Change targets and tolerance")')
    assert.equal(link.attr('href'), LIST)
    const list = await client.get(LIST)
    assert.equal(list.status, 200)
    assert.equal(list.$('h1').text().trim(), 'Targets and tolerance')
    assert.equal(list.$('.govuk-caption-l').text().trim(), 'Re-referrals within 12 months')
    assert.match(list.$('#targets tbody').text(), /No targets have been set\./)
    assert.equal(list.$('.govuk-back-link').attr('href'), '/performance/indicators/rereferrals_12m')
  })

  it('re-renders the target form with a 400, the typed values and a GOV.UK error summary', async () => {
    const client = await signedIn('analyst')
    const form = await client.get(TARGET)
    assert.equal(form.$('#yearEnding').val(), '2026')
    const page = await client.post(TARGET, { yearEnding: '2026', value: '120' })
    assert.equal(page.status, 400)
    assert.match(page.$('title').text(), /^Error: /)
    const summary = page.$('.govuk-error-summary__list a')
    assert.deepEqual([summary.attr('href'), summary.text().trim()], ['#value', 'Target must be 100 or less'])
    assert.equal(page.$('#value-error').text().trim(), 'Error: Target must be 100 or less')
    assert.equal(page.$('#value').val(), '120')
    assert.equal(page.$('#yearEnding').val(), '2026')
    assert.deepEqual(await targets(), [])
  })

  it('saves a year’s target, versioned and audited, and shows it in the list and on the indicator', async () => {
    const client = await signedIn('analyst')
    await client.get(TARGET)
    const saved = await client.post(TARGET, { yearEnding: '2026', value: '22.5' })
    assert.equal(saved.status, 302)
    assert.equal(saved.location, `${LIST}?saved=target`)
    assert.deepEqual(await targets(), [
      { year_ending: 2026, value: 22.5, note: null, updated_by: `user:${analystId}` },
    ])
    assert.deepEqual(await audits('performance_target', 'allowed'), [
      { action: 'update', record_id: 'rereferrals_12m/2026', username: 'analyst' },
    ])
    const list = await client.get(`${LIST}?saved=target`)
    assert.match(list.$('.govuk-notification-banner').text(), /Target saved\./)
    const row = list.$('#targets tbody tr').first()
    assert.deepEqual([row.find('th').text().trim(), row.find('td').first().text().trim()], ['2026', '22.5%'])
    const indicator = await client.get('/performance/indicators/rereferrals_12m?asAt=2025-06-15&mode=now')
    assert.match(indicator.$('dl').text(), /22\.5% for the year ending March 2026/)
  })

  it('changes a year’s target from its Change link, keeping the old value in the history', async () => {
    const client = await signedIn('analyst')
    const list = await client.get(LIST)
    const change = list.$('#targets tbody tr').first().find('a').attr('href')
    assert.equal(change, `${TARGET}?year=2026`)
    const form = await client.get(change ?? '')
    assert.deepEqual([form.$('#yearEnding').val(), form.$('#value').val()], ['2026', '22.5'])
    assert.equal((await client.post(TARGET, { yearEnding: '2026', value: '21' })).status, 302)
    assert.deepEqual(
      (await targets()).map((t) => t.value),
      [21],
    )
    const history = await database.db
      .selectFrom('record_history')
      .select('row_data')
      .where('table_name', '=', 'performance_target')
      .execute()
    assert.ok(history.some((h) => Number((h.row_data as { value: unknown }).value) === 22.5))
  })

  it('sets the RAG tolerance after refusing a negative one', async () => {
    const client = await signedIn('analyst')
    await client.get(TOLERANCE)
    const refused = await client.post(TOLERANCE, { tolerance: '-1' })
    assert.equal(refused.status, 400)
    assert.equal(refused.$('.govuk-error-summary__list a').attr('href'), '#tolerance')
    assert.equal(refused.$('.govuk-error-summary__list a').text().trim(), 'Tolerance must be 0 or more')
    assert.equal(refused.$('#tolerance').val(), '-1')
    const saved = await client.post(TOLERANCE, { tolerance: '2.5' })
    assert.equal(saved.status, 302)
    const tolerance = await database.db
      .selectFrom('performance_tolerance')
      .select('tolerance')
      .where('indicator_id', '=', 'rereferrals_12m')
      .executeTakeFirstOrThrow()
    assert.equal(Number(tolerance.tolerance), 2.5)
    assert.deepEqual(await audits('performance_tolerance', 'allowed'), [
      { action: 'update', record_id: 'rereferrals_12m', username: 'analyst' },
    ])
    const list = await client.get(LIST)
    assert.match(list.$('#tolerance-value').text(), /^2\.5 percentage points: /)
  })

  it('offers the published years as baselines, latest first, with both figures', async () => {
    const client = await signedIn('analyst')
    const page = await client.get(TRAJECTORY)
    assert.equal(page.status, 200)
    assert.equal(page.$('#baselineYear').val(), '2025')
    assert.equal(page.$('#baselineYear').attr('checked'), 'checked')
    assert.equal(
      page.$('#baselineYear-2025-hint').text().trim(),
      'Middlesbrough 25.3%; neighbour average 21.7%',
    )
  })

  it('asks for a baseline year and a number of years in range', async () => {
    const client = await signedIn('analyst')
    await client.get(TRAJECTORY)
    const page = await client.post(TRAJECTORY, { years: '11' })
    assert.equal(page.status, 400)
    assert.deepEqual(
      page
        .$('.govuk-error-summary__list a')
        .map((_, a) => `${page.$(a).attr('href')} ${page.$(a).text().trim()}`)
        .get(),
      ['#baselineYear Select the baseline year', '#years Number of years must be between 1 and 10'],
    )
    assert.equal(page.$('#years').val(), '11')
  })

  it('sets a trajectory: yearly targets in equal steps from the baseline to the neighbour average', async () => {
    const client = await signedIn('analyst')
    await client.get(TRAJECTORY)
    const saved = await client.post(TRAJECTORY, { baselineYear: '2025', years: '3' })
    assert.equal(saved.status, 302)
    assert.equal(saved.location, `${LIST}?saved=trajectory`)
    // 25.3% → 21.7% in three years: steps of 1.2 points.
    const note =
      'Trajectory: from 25.3% in the year ending March 2025 to the statistical neighbour average of 21.7% in 3 years'
    assert.deepEqual(
      (await targets()).map((t) => [t.year_ending, t.value, t.note]),
      [
        [2026, 24.1, note],
        [2027, 22.9, note],
        [2028, 21.7, note],
      ],
    )
    assert.deepEqual(
      (await audits('performance_target', 'allowed')).map((a) => a.record_id),
      [
        'rereferrals_12m/2026',
        'rereferrals_12m/2026',
        'rereferrals_12m/2026',
        'rereferrals_12m/2027',
        'rereferrals_12m/2028',
      ],
    )
    const list = await client.get(LIST)
    assert.equal(list.$('#targets tbody tr').length, 3)
    assert.match(list.$('#targets tbody tr').last().text(), /21\.7%[\s\S]*Trajectory: from 25\.3%/)
  })

  it('refuses a trajectory when the authority already does as well as its neighbours', async () => {
    // Children on a plan for 2 years or more, 2025: Middlesbrough 4.0%, neighbours 4.3% (lower is better).
    const client = await signedIn('analyst')
    await client.get('/performance/indicators/cp_2_years/trajectory')
    const page = await client.post('/performance/indicators/cp_2_years/trajectory', {
      baselineYear: '2025',
      years: '2',
    })
    assert.equal(page.status, 400)
    assert.match(
      page.$('.govuk-error-summary__list a[href="#baselineYear"]').text(),
      /already meets the statistical neighbour average/,
    )
    assert.equal(page.$('#baselineYear').attr('checked'), 'checked')
    assert.deepEqual(await targets('cp_2_years'), [])
  })

  it('refuses the pages to a senior leader, and audits a refused change', async () => {
    const client = await signedIn('leader')
    const indicator = await client.get('/performance/indicators/rereferrals_12m')
    assert.equal(indicator.status, 200)
    assert.equal(indicator.$('a:contains("Change targets and tolerance")').length, 0)
    for (const path of [LIST, TARGET, TOLERANCE, TRAJECTORY]) {
      assert.equal((await client.get(path)).status, 403, path)
    }
    const before = await targets()
    // A valid token from a form the leader may see, so the refusal is the role's, not the CSRF check's.
    await client.get('/sign-out-everywhere')
    const post = await client.post(TARGET, { yearEnding: '2026', value: '1' })
    assert.equal(post.status, 403)
    assert.deepEqual(await targets(), before)
    assert.deepEqual(await audits('performance_target', 'refused'), [
      { action: 'update', record_id: 'rereferrals_12m', username: 'leader' },
    ])
  })

  it('refuses the pages to an elected member', async () => {
    const client = await signedIn('councillor')
    assert.equal((await client.get(LIST)).status, 403)
    await client.get('/sign-out-everywhere')
    assert.equal((await client.post(TOLERANCE, { tolerance: '1' })).status, 403)
    assert.deepEqual(await audits('performance_tolerance', 'refused'), [
      { action: 'update', record_id: 'rereferrals_12m', username: 'councillor' },
    ])
  })

  it('refuses a change posted without the form’s CSRF token', async () => {
    const client = await signedIn('analyst')
    await client.get(TOLERANCE)
    const page = await client.post(TOLERANCE, { tolerance: '9', _csrf: null })
    assert.equal(page.status, 403)
    const tolerance = await database.db
      .selectFrom('performance_tolerance')
      .select('tolerance')
      .where('indicator_id', '=', 'rereferrals_12m')
      .executeTakeFirstOrThrow()
    assert.equal(Number(tolerance.tolerance), 2.5)
  })

  it('shows the national rank and quartile on the indicator page and in the scorecard', async () => {
    // Re-referrals 2025, lower is better: 133 of 153 English LAs are below 25.3%, so rank 134,
    // quartile ceil(4 × 134 / 153) = 4.
    const client = await signedIn('councillor')
    const indicator = await client.get('/performance/indicators/rereferrals_12m')
    assert.equal(
      indicator.$('#national-rank').text().trim(),
      'Middlesbrough as published ranks 134 of 153 English local authorities (1 = lowest value, the best), quartile 4 (1 = best quarter).',
    )
    const yearly = indicator.$('caption:contains("Published yearly figures")').closest('table')
    const latest = yearly.find('tbody tr').last()
    assert.equal(latest.find('td').first().text().trim(), '2025')
    assert.equal(latest.find('td').last().text().trim().replace(/\s+/g, ' '), '134 of 153 (quartile 4)')
    const contextual = await client.get('/performance/indicators/cla_rate')
    assert.match(
      contextual.$('#national-rank').text(),
      /146 of 151 English local authorities \(1 = lowest value; neither higher nor lower is better\)/,
    )
    const card = await client.get('/performance/scorecards/leadership')
    const column = card
      .$('thead th')
      .map((_, th) => card.$(th).text().trim())
      .get()
      .indexOf('Rank in England')
    const row = card
      .$('tbody tr')
      .filter((_, tr) => card.$(tr).find('th a').first().text().trim() === 'Re-referrals within 12 months')
    assert.equal(row.children().eq(column).text().trim().replace(/\s+/g, ' '), '134 of 153 (quartile 4)')
  })

  it('answers 404 for an indicator that does not exist', async () => {
    const client = await signedIn('analyst')
    assert.equal((await client.get('/performance/indicators/no_such_thing/targets/year')).status, 404)
  })

  it('offers no trajectory for a count, whose neighbour average reflects size', async () => {
    const client = await signedIn('analyst')
    const list = await client.get('/performance/indicators/children_in_care/targets')
    assert.equal(list.status, 200)
    assert.equal(list.$('a:contains("Set a trajectory")').length, 0)
    assert.equal((await client.get('/performance/indicators/children_in_care/trajectory')).status, 404)
    assert.equal((await client.get('/performance/indicators/no_such_thing/targets')).status, 404)
  })

  it('removes a year’s target after asking, audited, while a scorecard as recorded before still has it', async () => {
    const list = '/performance/indicators/children_in_care/targets'
    const client = await signedIn('analyst')
    await client.get('/performance/indicators/children_in_care/targets/year')
    assert.equal((await client.post('/performance/indicators/children_in_care/targets/year', { yearEnding: '2027', value: '480' })).status, 302)
    const beforeRemoval = new Date()
    const remove = (await client.get(list)).$('#targets tbody tr').first().find('a:contains("Remove")').attr('href')
    assert.equal(remove, '/performance/indicators/children_in_care/targets/2027/remove')
    const confirm = await client.get(remove ?? '')
    assert.equal(confirm.$('h1').text().trim(), 'Remove the target for the year ending March 2027?')
    assert.match(confirm.$('.govuk-summary-list').text(), /480/)
    assert.equal((await client.get('/performance/indicators/children_in_care/targets/2031/remove')).status, 404)

    const councillor = await signedIn('councillor')
    await councillor.get('/sign-out-everywhere') // a page with the form token, so the refusal is the controller's
    assert.equal((await councillor.post(remove ?? '', {})).status, 403)
    assert.equal((await targets('children_in_care')).length, 1, 'refused: the target stays')

    const removed = await client.post(remove ?? '', {})
    assert.equal(removed.status, 302)
    assert.equal(removed.location, `${list}?saved=removed`)
    assert.deepEqual(await targets('children_in_care'), [])
    const after = await client.get(`${list}?saved=removed`)
    assert.match(after.$('.govuk-notification-banner').text(), /Target removed\./)
    assert.match(after.$('#targets tbody').text(), /No targets have been set\./)
    const audited = await database.db
      .selectFrom('audit_event')
      .select(['action', 'outcome', 'username'])
      .where('record_type', '=', 'performance_target')
      .where('record_id', '=', 'children_in_care/2027')
      .orderBy('id')
      .execute()
    assert.deepEqual(audited, [
      { action: 'update', outcome: 'allowed', username: 'analyst' },
      { action: 'delete', outcome: 'allowed', username: 'analyst' },
    ])
    assert.deepEqual((await audits('performance_target', 'refused')).filter((a) => a.username === 'councillor'), [
      { action: 'update', record_id: 'children_in_care', username: 'councillor' },
    ])
    assert.equal((await client.post(remove ?? '', {})).status, 404, 'nothing left to remove')

    const asRecorded = await loadPerformanceSettings(database.db, { mode: 'recorded', at: beforeRemoval }, 'leadership')
    assert.equal(asRecorded.targets.get('children_in_care')?.get(2027), 480)
    const asNow = await loadPerformanceSettings(database.db, { mode: 'now' }, 'leadership')
    assert.equal(asNow.targets.get('children_in_care')?.get(2027), undefined)
  })
})
