import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { createTestUser, startTestApp, TEST_PASSWORD, type TestApp } from '../../../../../test/support/test-app.ts'
import { MAX_FAILURES_PER_ADDRESS } from '../../sign-in.service.ts'

describe('sign-in page', () => {
  let database: Database
  let app: TestApp

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db)
    await createTestUser(database.db, { username: 'sam', role: 'social_worker' })
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('sends someone who is not signed in to the sign-in page', async () => {
    const page = await app.client().get('/')
    assert.equal(page.status, 302)
    assert.match(page.location ?? '', /^\/sign-in\?returnTo=%2F/)
  })

  it('shows GOV.UK error messages and keeps the username when the password is missing', async () => {
    const client = app.client()
    await client.get('/sign-in')
    const page = await client.post('/sign-in', { username: 'sam', password: '' })
    assert.equal(page.status, 400)
    assert.equal(page.$('title').text().trim(), 'Error: Sign in – Sightline')
    assert.equal(page.$('.govuk-error-summary__list a').attr('href'), '#password')
    assert.equal(page.$('.govuk-error-summary__list a').text().trim(), 'Enter your password')
    assert.equal(page.$('#username').val(), 'sam')
  })

  it('signs in with a correct password and lands on the home page', async () => {
    const client = app.client()
    const signIn = await client.signIn('sam')
    assert.equal(signIn.status, 302)
    const home = await client.get('/')
    assert.equal(home.status, 200)
    assert.equal(home.$('h1').text().trim(), 'Sightline')
    assert.equal(home.headers.get('cache-control'), 'no-store')
  })

  it('rejects a form posted without its CSRF token', async () => {
    const client = app.client()
    await client.get('/sign-in')
    const page = await client.post('/sign-in', { username: 'sam', password: 'x', _csrf: null })
    assert.equal(page.status, 403)
  })

  it('locks the account after five wrong passwords and says so', async () => {
    await createTestUser(database.db, { username: 'lockme', role: 'screener' })
    const client = app.client()
    await client.get('/sign-in')
    let page = await client.post('/sign-in', { username: 'lockme', password: 'wrong' })
    for (let i = 0; i < 4; i++) page = await client.post('/sign-in', { username: 'lockme', password: 'wrong' })
    assert.match(page.$('.govuk-error-summary').text(), /locked/)
    const correct = await client.post('/sign-in', { username: 'lockme', password: 'correct horse battery staple' })
    assert.equal(correct.status, 400)
  })

  it('audits a successful sign-in and a wrong password, without writing down an unknown username', async () => {
    const userId = await createTestUser(database.db, { username: 'audited', role: 'iro' })
    const client = app.client()
    await client.get('/sign-in')
    await client.post('/sign-in', { username: 'audited', password: 'wrong' })
    await client.post('/sign-in', { username: 'hunter2-typed-as-username', password: 'wrong' })
    await client.post('/sign-in', { username: 'audited', password: TEST_PASSWORD })
    const entries = await database.db
      .selectFrom('audit_event')
      .select(['user_id', 'username', 'outcome', 'reason'])
      .where('action', '=', 'sign_in')
      .orderBy('id', 'desc')
      .limit(3)
      .execute()
    assert.deepEqual(entries.reverse(), [
      { user_id: userId, username: 'audited', outcome: 'refused', reason: 'invalid' },
      { user_id: null, username: 'system:sign-in', outcome: 'refused', reason: 'unknown username' },
      { user_id: userId, username: 'audited', outcome: 'allowed', reason: null },
    ])
    assert.equal(JSON.stringify(entries).includes('hunter2'), false)
  })

  it('signs a person out on every device', async () => {
    const laptop = app.client()
    const phone = app.client()
    await laptop.signIn('sam')
    await phone.signIn('sam')
    const confirm = await laptop.get('/sign-out-everywhere')
    assert.equal(confirm.$('h1').text().trim(), 'Sign out everywhere')
    const done = await laptop.post('/sign-out-everywhere', {})
    assert.equal(done.location, '/sign-in')
    assert.equal((await phone.get('/')).status, 302)
    assert.equal((await laptop.get('/')).status, 302)
  })

  it('does not send anyone off-site after signing in', async () => {
    const client = app.client()
    await client.get('/sign-in?returnTo=%2F%5Cevil.example')
    assert.equal(client.csrfToken !== undefined, true)
    const page = await client.post('/sign-in', { username: 'sam', password: TEST_PASSWORD, returnTo: '/\\evil.example' })
    assert.equal(page.location, '/')
  })

  it('limits failed sign-ins from one address across many accounts', async () => {
    const separate = await startTestApp(database.db)
    try {
      const client = separate.client()
      await client.get('/sign-in')
      let page = await client.post('/sign-in', { username: 'spray-0', password: 'Winter2026!' })
      for (let i = 1; i <= MAX_FAILURES_PER_ADDRESS; i++) page = await client.post('/sign-in', { username: `spray-${i}`, password: 'Winter2026!' })
      assert.equal(page.status, 429)
      assert.match(page.$('.govuk-error-summary').text(), /too many failed sign-ins from your network/)
      const correct = await client.post('/sign-in', { username: 'sam', password: TEST_PASSWORD })
      assert.equal(correct.status, 429)
    } finally {
      await separate.close()
    }
  })

  it('sends a per-request CSP nonce and a request id', async () => {
    const page = await app.client().get('/sign-in')
    const csp = page.headers.get('content-security-policy') ?? ''
    const nonce = page.$('script[nonce]').first().attr('nonce')
    assert.ok(nonce)
    assert.ok(csp.includes(`'nonce-${nonce}'`))
    assert.match(page.headers.get('x-request-id') ?? '', /^[\w-]{8,}$/)
  })
})
