// The performance pages in a browser: each scorecard, an indicator with its chart, the
// drill-down and the ward map, as an analyst and as an elected member. Axe runs on every page.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { fixtureBuilder } from '../../src/features/performance/fixture-builders.ts'
import { SCORECARDS } from '../../src/features/performance/scorecards/scorecard-definitions.ts'
import { createTestUser } from '../support/test-app.ts'
import { arrive, expectErrors } from './pages/base-page.ts'
import { startE2eApp, type E2eApp } from './support/app.ts'
import { BrowserSession } from './support/session.ts'

describe('performance: scorecards, an indicator, its drill-down and the ward map', () => {
  let app: E2eApp
  let users: BrowserSession
  let page: Page

  before(async () => {
    app = await startE2eApp()
    const b = fixtureBuilder(app.database.db, new Date('2026-01-05T09:00:00Z'))
    const team = await b.team('Performance e2e team')
    const worker = await b.worker(team)
    const carer = await b.carer('in_house_foster')
    const wards = await app.database.db.selectFrom('ward').select('code').orderBy('name').execute()
    for (let i = 0; i < 8; i++) {
      const child = await b.child(`2013-0${(i % 9) + 1}-10`, { forename: `Perf${i}`, surname: 'Child' })
      const period = await b.period(child, '2025-09-01')
      await b.placement(child, period, 'U4', '2025-09-01', null, carer, 700)
      await b.allocation(child, worker, team, '2025-09-01')
      await b.insert('address', {
        child_id: child,
        kind: 'home',
        line1: '2 Road',
        town: 'Middlesbrough',
        postcode: 'TS1 2AA',
        ward_code: wards[i % 3]?.code ?? null,
        start_date: '2020-01-01',
      })
    }
    await createTestUser(app.database.db, {
      username: 'perf.analyst',
      role: 'performance_analyst',
      displayName: 'Pat Analyst',
    })
    await createTestUser(app.database.db, {
      username: 'perf.councillor',
      role: 'elected_member',
      displayName: 'Cllr Morgan',
    })
    users = await BrowserSession.launch(app.baseUrl)
  })
  after(async () => {
    await users?.close()
    await app?.close()
  })

  const as = async (username: string) => {
    page = await users.as(username)
  }

  it('an analyst opens every scorecard', async () => {
    await as('perf.analyst')
    await page.goto('/performance')
    await arrive(page, 'Performance', 'performance overview')
    for (const card of SCORECARDS) {
      await page.getByRole('link', { name: card.title }).click()
      await arrive(page, card.title, card.title)
      assert.ok((await page.getByRole('row').count()) > card.indicatorIds.length)
      await page.getByRole('link', { name: 'Back to performance' }).click()
    }
  })

  it('an analyst opens an indicator, its chart and its drill-down', async () => {
    await page.goto('/performance/scorecards/leadership')
    await page.getByRole('link', { name: 'Number of children in care', exact: true }).click()
    await arrive(page, 'Number of children in care', 'indicator')
    assert.equal(
      await page.getByRole('img', { name: /Number of children in care: 12 monthly values/ }).count(),
      1,
    )
    await page.getByRole('link', { name: 'See the children behind this figure' }).click()
    await arrive(page, 'Children behind this figure', 'drill-down')
    assert.equal(await page.getByRole('row', { name: /Perf\d Child/ }).count(), 8)
  })

  it('an analyst writes a narrative and chooses the neighbour model', async () => {
    await page.goto('/performance/scorecards/corporate-parenting-board')
    await page.getByRole('link', { name: 'Add narrative for number of children in care' }).click()
    await arrive(
      page,
      'Corporate parenting board scorecardNarrative: Number of children in care',
      'narrative form',
    )
    await page.getByRole('button', { name: 'Save narrative' }).click()
    await expectErrors(page, ['Enter the narrative'], 'narrative form')
    await page
      .getByLabel(/Narrative: Number of children in care/)
      .fill('Eight children, all with our own carers.')
    await page.getByRole('button', { name: 'Save narrative' }).click()
    await arrive(page, 'Corporate parenting board scorecard', 'scorecard with narrative')
    await page.goto('/performance/settings')
    await arrive(page, 'Which statistical neighbours should benchmarks use?', 'settings')
  })

  it('an analyst sets a target, the tolerance and a trajectory', async () => {
    await page.goto('/performance/indicators/rereferrals_12m')
    await page
      .getByRole('link', { name: 'Change targets and tolerance for re-referrals within 12 months' })
      .click()
    await arrive(page, 'Targets and tolerance', 'targets')
    await page.getByRole('link', { name: 'Add a target' }).click()
    await arrive(page, 'Set a target', 'target form')
    await page.getByLabel('Target', { exact: true }).fill('lots')
    await page.getByRole('button', { name: 'Save target' }).click()
    await expectErrors(page, ['Target must be a number, like 22.5'], 'target form')
    await page.getByLabel('Target', { exact: true }).fill('22.5')
    await page.getByRole('button', { name: 'Save target' }).click()
    await arrive(page, 'Targets and tolerance', 'targets with a target')
    await page.getByRole('link', { name: 'Set the RAG tolerance' }).click()
    await arrive(page, 'Re-referrals within 12 monthsRAG tolerance', 'tolerance form')
    await page.getByLabel(/RAG tolerance/).fill('2')
    await page.getByRole('button', { name: 'Save tolerance' }).click()
    await arrive(page, 'Targets and tolerance', 'targets with a tolerance')
    await page.getByRole('link', { name: 'Set a trajectory to the neighbour average' }).click()
    await arrive(page, 'Set a trajectory to the statistical neighbour average', 'trajectory form')
    await page.getByRole('button', { name: 'Set targets' }).click()
    await arrive(page, 'Targets and tolerance', 'targets after a trajectory')
    assert.match((await page.getByRole('row', { name: /^2028/ }).textContent()) ?? '', /21\.7%/)
    await page.getByRole('link', { name: 'Remove the target for the year ending March 2028' }).click()
    await arrive(page, 'Remove the target for the year ending March 2028?', 'remove a target')
    await page.getByRole('button', { name: 'Remove target' }).click()
    await arrive(page, 'Targets and tolerance', 'targets after removing one')
    assert.match((await page.locator('.govuk-notification-banner').textContent()) ?? '', /Target removed\./)
    assert.equal(await page.getByRole('row', { name: /^2028/ }).count(), 0)
  })

  it('an analyst sees the ward map and an error for a date that does not exist', async () => {
    await page.goto('/performance/ward-map?measure=cla_rate')
    await arrive(page, 'Ward map', 'ward map')
    assert.equal(await page.locator('svg[role="img"] path').count(), 20)
    await page.getByLabel('As at date').fill('2026-02-30')
    await page.getByRole('button', { name: 'Show figures' }).click()
    await arrive(page, 'Ward map', 'ward map with an error')
    assert.match(await page.title(), /^Error: /)
  })

  it('an elected member sees aggregates with small numbers withheld and no children', async () => {
    await as('perf.councillor')
    await page.goto('/performance/scorecards/corporate-parenting-board')
    await arrive(page, 'Corporate parenting board scorecard', 'corporate parenting board as a councillor')
    await page.goto('/performance/indicators/children_in_care')
    await arrive(page, 'Number of children in care', 'indicator as a councillor')
    assert.equal(await page.getByRole('link', { name: 'See the children behind this figure' }).count(), 0)
    await page.goto('/performance/ward-map?measure=cla_rate')
    await arrive(page, 'Ward map', 'ward map as a councillor')
    assert.ok((await page.getByRole('cell', { name: 'Fewer than 5' }).count()) > 0)
  })
})
