import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { createTestUser, startTestApp, type TestApp } from '../../../../../test/support/test-app.ts'

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

  it('sends a per-request CSP nonce and a request id', async () => {
    const page = await app.client().get('/sign-in')
    const csp = page.headers.get('content-security-policy') ?? ''
    const nonce = page.$('script[nonce]').first().attr('nonce')
    assert.ok(nonce)
    assert.ok(csp.includes(`'nonce-${nonce}'`))
    assert.match(page.headers.get('x-request-id') ?? '', /^[\w-]{8,}$/)
  })
})
