// Web security defaults, exercised through the real app: headers, no-store, CSRF, session
// time-outs in the middle of a form, and sign-out.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../db/database.ts'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { createPrincipal, createTeam, createWorker } from '../../../test/support/access-world.ts'
import type { Principal } from '../auth/principal.ts'
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from '../auth/session.ts'
import type { Clock } from '../time/clock.ts'
import { londonDate } from '../time/dates.ts'

/** A clock the test moves forward, as time passes while someone has a form open. */
function movableClock(start: string) {
  let now = new Date(start).getTime()
  const clock: Clock = { now: () => new Date(now), today: () => londonDate(new Date(now)) }
  return { clock, advance: (ms: number) => (now += ms) }
}

describe('web security', () => {
  let database: Database
  let app: TestApp
  let worker: Principal
  const time = movableClock('2026-11-23T09:00:00Z')
  const breakGlassRows = async () => (await database.db.selectFrom('break_glass_access').select('id').execute()).length

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { clock: time.clock })
    const team = await createTeam(database.db)
    worker = await createPrincipal(database.db, 'social_worker', await createWorker(database.db, { teamId: team, role: 'social_worker' }))
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('sends security headers with a fresh CSP nonce on every page', async () => {
    const first = await app.client().get('/sign-in')
    const second = await app.client().get('/sign-in')
    const csp = first.headers.get('content-security-policy') ?? ''
    assert.match(csp, /default-src 'self'/)
    assert.match(csp, /frame-ancestors 'none'/)
    assert.match(csp, /script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/)
    assert.notEqual(first.$('script[nonce]').attr('nonce'), second.$('script[nonce]').attr('nonce'))
    assert.equal(first.headers.get('x-content-type-options'), 'nosniff')
    assert.equal(first.headers.get('referrer-policy'), 'same-origin')
    assert.equal(first.headers.get('x-powered-by'), null)
  })

  it('sets an httpOnly, SameSite session cookie', async () => {
    const response = await fetch(`${app.baseUrl}/sign-in`)
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sightline_session=')) ?? ''
    assert.match(cookie, /HttpOnly/i)
    assert.match(cookie, /SameSite=Lax/i)
  })

  it('tells browsers and proxies not to keep signed-in pages', async () => {
    const client = app.client()
    await client.signIn(worker.username)
    const page = await client.get('/audit/my-access')
    assert.equal(page.status, 200)
    assert.equal(page.headers.get('cache-control'), 'no-store')
  })

  it('refuses a forged form with no CSRF token and saves nothing', async () => {
    const client = app.client()
    await client.signIn(worker.username)
    await client.get('/access/break-glass')
    const before = await breakGlassRows()
    const page = await client.post('/access/break-glass', { childId: '1', reason: 'Forged by another site', _csrf: null })
    assert.equal(page.status, 403)
    assert.equal(await breakGlassRows(), before)
  })

  it('refuses a CSRF token taken from someone else’s session', async () => {
    const attacker = app.client()
    await attacker.get('/sign-in')
    const victim = app.client()
    await victim.signIn(worker.username)
    const page = await victim.post('/access/break-glass', { childId: '1', reason: 'Forged by another site', _csrf: attacker.csrfToken ?? '' })
    assert.equal(page.status, 403)
  })

  it('a form posted after 30 minutes idle saves nothing and sends the person to sign in, saying why', async () => {
    const client = app.client()
    await client.signIn(worker.username)
    await client.get('/access/break-glass')
    const before = await breakGlassRows()
    time.advance(IDLE_TIMEOUT_MS + 60_000)
    const page = await client.post('/access/break-glass', { childId: '1', reason: 'Typed slowly over lunch' })
    assert.equal(page.status, 303)
    assert.equal(page.location, '/sign-in?returnTo=%2Faccess%2Fbreak-glass&timedOut=1')
    assert.equal(await breakGlassRows(), before)
    const signIn = await client.get(page.location)
    assert.match(signIn.$('.govuk-notification-banner').text(), /signed out because you were inactive/)
  })

  it('ends a session after 10 hours even when it is in use', async () => {
    const client = app.client()
    await client.signIn(worker.username)
    for (let spent = 0; spent <= ABSOLUTE_TIMEOUT_MS; spent += IDLE_TIMEOUT_MS / 2) {
      time.advance(IDLE_TIMEOUT_MS / 2)
      await client.get('/audit/my-access')
    }
    const page = await client.get('/audit/my-access')
    assert.equal(page.status, 302)
    assert.match(page.location ?? '', /^\/sign-in\?/)
  })

  it('after signing out, the old session cookie no longer opens anything', async () => {
    const client = app.client()
    await client.signIn(worker.username)
    const cookie = client.cookies.get('sightline_session')
    await client.get('/sign-out')
    const replay = app.client()
    replay.cookies.set('sightline_session', cookie ?? '')
    const page = await replay.get('/audit/my-access')
    assert.equal(page.status, 302)
  })
})
