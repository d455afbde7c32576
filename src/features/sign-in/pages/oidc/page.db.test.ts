// OpenID Connect sign-in against a fake provider on 127.0.0.1: real HTTP and real signatures.
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { createTestUser, startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { startFakeOidcProvider, type FakeOidcProvider, type Tamper } from '../../../../../test/support/fake-oidc-provider.ts'

const NOW = new Date('2026-11-23T12:00:00Z')
// The provider sends the browser back here; the test follows that redirect into the app itself.
const REDIRECT_URI = 'http://127.0.0.1/sign-in/oidc/callback'

describe('sign-in with a council account (OpenID Connect)', () => {
  let database: Database
  let app: TestApp
  let provider: FakeOidcProvider
  let linkedUserId: number

  before(async () => {
    database = await openTestDatabase()
    provider = await startFakeOidcProvider({ clientId: 'sightline', clientSecret: 'provider-secret', now: () => NOW })
    app = await startTestApp(database.db, {
      config: { oidc: { issuer: provider.issuer, clientId: 'sightline', clientSecret: 'provider-secret', redirectUri: REDIRECT_URI } },
    })
    linkedUserId = await createTestUser(database.db, { username: 'linked.worker', role: 'social_worker' })
    await database.db.updateTable('app_user').set({ oidc_subject: 'entra-subject-linked' }).where('id', '=', linkedUserId).execute()
  })
  after(async () => {
    await app.close()
    await provider.close()
    await database.close()
  })
  beforeEach(() => {
    provider.tamper = undefined
  })

  /** Start at Sightline, go through the provider, and come back: the page Sightline answers the callback with. */
  async function signInThroughProvider(client: TestClient, returnTo = '/audit/my-access') {
    await client.get('/sign-in')
    const start = await client.get(`/sign-in/oidc?returnTo=${encodeURIComponent(returnTo)}`)
    assert.equal(start.status, 302)
    assert.ok(start.location?.startsWith(`${provider.issuer}/authorize?`))
    const atProvider = await fetch(start.location as string, { redirect: 'manual' })
    const back = new URL(atProvider.headers.get('location') ?? '')
    return client.get(back.pathname + back.search)
  }

  async function lastSignInAudit() {
    return database.db.selectFrom('audit_event').select(['user_id', 'outcome', 'reason']).where('action', '=', 'sign_in').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow()
  }

  it('offers the council sign-in on the sign-in page', async () => {
    const page = await app.client().get('/sign-in')
    assert.equal(page.$('#oidc a.govuk-button').text().trim(), 'Sign in with your council account')
  })

  it('signs in an account linked to the provider’s subject and returns to the page asked for', async () => {
    provider.next = { sub: 'entra-subject-linked', email: 'someone@council.example' }
    const client = app.client()
    const callback = await signInThroughProvider(client)
    assert.equal(callback.status, 302)
    assert.equal(callback.location, '/audit/my-access')
    assert.equal((await client.get('/audit/my-access')).status, 200)
    assert.deepEqual(await lastSignInAudit(), { user_id: linkedUserId, outcome: 'allowed', reason: 'openid connect' })
  })

  it('links an account by email on first sign-in, then knows it by subject', async () => {
    const userId = await createTestUser(database.db, { username: 'new.starter@council.example', role: 'iro' })
    provider.next = { sub: 'entra-subject-new', email: 'New.Starter@council.example' }
    assert.equal((await signInThroughProvider(app.client())).status, 302)
    const row = await database.db.selectFrom('app_user').select('oidc_subject').where('id', '=', userId).executeTakeFirstOrThrow()
    assert.equal(row.oidc_subject, 'entra-subject-new')
    provider.next = { sub: 'entra-subject-new', email: 'changed@council.example' }
    assert.equal((await signInThroughProvider(app.client())).status, 302)
  })

  it('tells someone with no Sightline account to ask for one', async () => {
    provider.next = { sub: 'entra-subject-stranger', email: 'stranger@council.example' }
    const page = await signInThroughProvider(app.client())
    assert.equal(page.status, 403)
    assert.match(page.$('.govuk-error-summary').text(), /You do not have a Sightline account/)
  })

  const rejected: Array<[Tamper, RegExp]> = [
    ['signature', /signature does not verify/],
    ['audience', /different client/],
    ['issuer', /different issuer/],
    ['nonce', /nonce does not match/],
    ['expired', /expired/],
    ['alg-none', /not a signed JWT/],
  ]
  for (const [tamper, reason] of rejected) {
    it(`refuses an ID token with a bad ${tamper} and audits why`, async () => {
      provider.next = { sub: 'entra-subject-linked' }
      provider.tamper = tamper
      const client = app.client()
      const page = await signInThroughProvider(client)
      assert.equal(page.status, 400)
      assert.match(page.$('.govuk-error-summary').text(), /could not be confirmed/)
      assert.equal((await client.get('/audit/my-access')).status, 302)
      const audit = await lastSignInAudit()
      assert.equal(audit.outcome, 'refused')
      assert.match(audit.reason ?? '', reason)
    })
  }

  it('refuses a callback in a browser that did not start the sign-in', async () => {
    provider.next = { sub: 'entra-subject-linked' }
    const victim = app.client()
    await victim.get('/sign-in')
    const attacker = app.client()
    await attacker.get('/sign-in')
    const start = await attacker.get('/sign-in/oidc')
    const atProvider = await fetch(start.location as string, { redirect: 'manual' })
    const back = new URL(atProvider.headers.get('location') ?? '')
    const page = await victim.get(back.pathname + back.search)
    assert.equal(page.status, 400)
    assert.match(page.$('.govuk-error-summary').text(), /started in another browser/)
  })

  it('uses each sign-in attempt once', async () => {
    provider.next = { sub: 'entra-subject-linked' }
    const client = app.client()
    await client.get('/sign-in')
    const start = await client.get('/sign-in/oidc')
    const back = new URL((await fetch(start.location as string, { redirect: 'manual' })).headers.get('location') ?? '')
    assert.equal((await client.get(back.pathname + back.search)).status, 302)
    const replay = await client.get(back.pathname + back.search)
    assert.equal(replay.status, 400)
  })
})
