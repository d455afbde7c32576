import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../db/database.ts'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { buildAuthority, type Authority } from '../../../test/support/casework-fixtures.ts'

describe('drafts', () => {
  let database: Database
  let app: TestApp
  let authority: Authority

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  const autosave = async (cookie: string, token: string, key: string, fields: unknown) =>
    fetch(`${app.baseUrl}/drafts/${key}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': token }, body: JSON.stringify({ fields }) })

  it('keeps what was typed and puts it back in the form on the next visit', async () => {
    const client = app.client()
    await client.signIn(authority.users.screener)
    await client.get('/front-door/contacts/new')
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const saved = await autosave(cookie, client.csrfToken ?? '', 'front-door/new-contact', { reason: 'Half-typed: the caller said', source: '6' })
    assert.equal(saved.status, 200)
    const page = await client.get('/front-door/contacts/new')
    assert.equal(page.$('#reason').text(), 'Half-typed: the caller said')
    assert.equal(page.$('input[name=source][value="6"]').attr('checked'), 'checked')
    assert.match(page.$('[data-draft-status]').text(), /Draft saved/)
  })

  it('refuses an autosave without the CSRF token', async () => {
    const client = app.client()
    await client.signIn(authority.users.screener)
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    assert.equal((await autosave(cookie, 'wrong', 'front-door/new-contact', { reason: 'x' })).status, 403)
  })

  it('refuses a malformed key', async () => {
    const client = app.client()
    await client.signIn(authority.users.screener)
    await client.get('/front-door/contacts/new')
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    assert.equal((await autosave(cookie, client.csrfToken ?? '', '..%2F..%2Fetc', { reason: 'x' })).status, 400)
  })

  it('keeps the draft on the server, per user and form, until the form is saved', async () => {
    const row = await database.db.selectFrom('form_draft').selectAll().where('form_key', '=', 'front-door/new-contact').executeTakeFirst()
    assert.ok(row)
  })

  it('offers the time-out warning on casework pages, loaded as a file with the nonce', async () => {
    const client = app.client()
    await client.signIn(authority.users.screener)
    const page = await client.get('/front-door')
    assert.equal(page.$('[data-session-timeout]').attr('data-session-timeout'), '1800')
    assert.equal(page.$('#sl-timeout-dialog').attr('role'), 'alertdialog')
    const script = page.$('script[src="/public/session-timeout.js"]')
    assert.ok(script.attr('nonce'))
  })
})
