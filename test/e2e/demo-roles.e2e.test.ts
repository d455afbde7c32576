// Each demo sign-in on the demo authority (the simulator's, with the named demo accounts): what the
// person is offered in the navigation, the pages they can open, and the ones they are refused —
// a child's record they have no relationship with answers "not found", and roles without case
// access get "no access". Axe runs on every page reached.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { sql } from 'kysely'
import { DEMO_PASSWORD } from '../../src/features/sign-in/demo-accounts.ts'
import { signIn } from './pages/base-page.ts'
import { startE2eApp, type E2eApp } from './support/app.ts'
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts'

interface RoleCase {
  username: string
  /** Navigation items, in order, after Home. */
  navigation: string[]
  /** Pages that open, with their heading. */
  opens: Array<[path: string, heading: RegExp]>
  /** Pages refused, with the status the page says. */
  refused: string[]
  /** Whether a child on the demo social worker's caseload opens for this person. */
  seesSocialWorkersChild: boolean
}

const CASES: RoleCase[] = [
  { username: 'screener', navigation: ['Front door', 'Emergency access', 'Your access history'], opens: [['/front-door', /Front door/]], refused: ['/performance', '/admin/accounts', '/my-team'], seesSocialWorkersChild: false },
  { username: 'social.worker', navigation: ['My work', 'Emergency access', 'Your access history'], opens: [['/my-work', /My work/]], refused: ['/performance', '/admin/accounts', '/my-team'], seesSocialWorkersChild: true },
  { username: 'early.help', navigation: ['My work', 'Emergency access', 'Your access history'], opens: [['/my-work', /My work/]], refused: ['/performance', '/admin/accounts'], seesSocialWorkersChild: false },
  { username: 'team.manager', navigation: ['Front door', 'My work', 'My team', 'Performance', 'Access report', 'Emergency access', 'Your access history', 'Data quality'], opens: [['/my-team', /team/i], ['/performance', /Performance/]], refused: ['/admin/accounts'], seesSocialWorkersChild: true },
  { username: 'iro', navigation: ['My work', 'Emergency access', 'Your access history'], opens: [['/my-work', /My work/]], refused: ['/performance', '/admin/accounts'], seesSocialWorkersChild: false },
  { username: 'personal.adviser', navigation: ['My work', 'Emergency access', 'Your access history'], opens: [['/my-work', /My work/]], refused: ['/performance', '/admin/accounts'], seesSocialWorkersChild: false },
  { username: 'analyst', navigation: ['Performance', 'Your access history', 'Data quality'], opens: [['/performance', /Performance/], ['/data-quality', /Data quality/]], refused: ['/my-work', '/front-door', '/admin/accounts'], seesSocialWorkersChild: false },
  { username: 'senior.leader', navigation: ['Performance', 'Access report', 'Retention', 'Your access history', 'Data quality'], opens: [['/performance', /Performance/]], refused: ['/my-work', '/admin/accounts'], seesSocialWorkersChild: false },
  { username: 'councillor', navigation: ['Performance', 'Your access history'], opens: [['/performance', /Performance/]], refused: ['/my-work', '/front-door', '/admin/accounts', '/data-quality'], seesSocialWorkersChild: false },
  { username: 'admin', navigation: ['Retention', 'Your access history', 'Accounts'], opens: [['/admin/accounts', /Accounts/]], refused: ['/my-work', '/performance', '/front-door'], seesSocialWorkersChild: false },
]

describe('the demo authority, signed in as each demo role', () => {
  let app: E2eApp
  let browser: Browser
  let caseloadChild: number

  before(async () => {
    app = await startE2eApp({ demo: true })
    browser = await launchBrowser()
    const row = await sql<{ child_id: number }>`select a.child_id from allocation a join worker w on w.id = a.worker_id
      where w.staff_id = 'demo-social-worker' and a.end_date is null order by a.child_id limit 1`.execute(app.database.db)
    caseloadChild = row.rows[0]?.child_id as number
    assert.ok(caseloadChild, 'the demo social worker has a caseload')
  })
  after(async () => {
    await browser?.close()
    await app?.close()
  })

  const heading = async (page: Page) => ((await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '').trim()

  for (const role of CASES) {
    it(`${role.username}: offered ${role.navigation.join(', ')}; refused ${role.refused.join(', ')}`, async () => {
      const context = await newContext(browser, app.baseUrl)
      try {
        const page = await context.newPage()
        await signIn(page, role.username, DEMO_PASSWORD)
        await expectNoAxeViolations(page, `${role.username} home`)
        const navigation = (await page.locator('.govuk-service-navigation__item, .govuk-header__navigation-item').allTextContents()).map((t) => t.trim())
        assert.deepEqual(navigation, ['Home', ...role.navigation])
        for (const [path, expected] of role.opens) {
          const response = await page.goto(path)
          assert.equal(response?.status(), 200, `${role.username} opens ${path}`)
          assert.match(await heading(page), expected)
          await expectNoAxeViolations(page, `${role.username} ${path}`)
        }
        for (const path of role.refused) {
          const response = await page.goto(path)
          assert.equal(response?.status(), 403, `${role.username} is refused ${path}`)
          assert.equal(await heading(page), 'You do not have access to this page')
          await expectNoAxeViolations(page, `${role.username} refused ${path}`)
        }
        const child = await page.goto(`/children/${caseloadChild}`)
        if (role.seesSocialWorkersChild) assert.equal(child?.status(), 200, `${role.username} sees the caseload child`)
        else {
          assert.ok(child?.status() === 404 || child?.status() === 403, `${role.username} got ${child?.status()} for another worker's child`)
          await expectNoAxeViolations(page, `${role.username} refused a child`)
        }
      } finally {
        await context.close()
      }
    })
  }

  it('audits every refused look at a child', async () => {
    const refused = await app.database.db.selectFrom('audit_event').select('username').where('child_id', '=', caseloadChild).where('outcome', '=', 'refused').execute()
    const who = new Set(refused.map((r) => r.username))
    for (const role of CASES.filter((c) => !c.seesSocialWorkersChild)) assert.ok(who.has(role.username), `no refusal audited for ${role.username}: ${[...who].join(', ')}`)
  })
})
