// Account administration through the real app: who may use it, creating an account that can then
// sign in, changing a role (which signs the person out), disabling, clearing a lock-out, setting a
// password, and refusing an administrator's changes to their own account. Every change is audited.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../db/database.ts'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import { createTestUser, startTestApp, TEST_PASSWORD, type TestApp, type TestClient } from '../../../test/support/test-app.ts'

const TODAY = '2026-11-23'

describe('account administration', () => {
  let database: Database
  let app: TestApp
  let admin: TestClient
  let adminId: number

  const auditFor = async (id: number) =>
    (await database.db.selectFrom('audit_event').select(['action', 'reason', 'username']).where('record_type', '=', 'app_user').where('record_id', '=', String(id)).orderBy('id').execute()).map(
      (r) => `${r.action}: ${r.reason}`,
    )

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: TODAY })
    adminId = await createTestUser(database.db, { username: 'acct.admin', role: 'administrator' })
    await createTestUser(database.db, { username: 'acct.worker', role: 'social_worker' })
    admin = app.client()
    await admin.signIn('acct.admin')
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('is only for administrators', async () => {
    const worker = app.client()
    await worker.signIn('acct.worker')
    assert.equal((await worker.get('/admin/accounts')).status, 403)
    assert.equal((await worker.post('/admin/accounts/new', { displayName: 'X', username: 'xx.yy', role: 'administrator', staffId: '', password: '' })).status, 403)
    assert.equal(await database.db.selectFrom('app_user').select('id').where('username', '=', 'xx.yy').executeTakeFirst(), undefined)
  })

  it('lists every account with its role and status, and offers the page in the navigation', async () => {
    const page = await admin.get('/admin/accounts')
    assert.equal(page.status, 200)
    const rows = page.$('tbody tr').map((_, row) => page.$(row).text().replace(/\s+/g, ' ').trim()).get()
    assert.ok(rows.some((r) => r.includes('acct.worker') && r.includes('Social worker') && r.includes('Active')), rows.join('\n'))
    assert.ok(page.$('a[href="/admin/accounts"]').length > 0)
  })

  it('re-renders a bad form with what was typed (never the password) and GOV.UK errors', async () => {
    await admin.get('/admin/accounts/new')
    const page = await admin.post('/admin/accounts/new', { displayName: 'Priya Shah', username: 'p shah', role: '', staffId: '', password: 'short' })
    assert.equal(page.status, 400)
    const links = page.$('.govuk-error-summary__list a').map((_, a) => page.$(a).attr('href')).get()
    assert.deepEqual(links, ['#username', '#role', '#password'])
    assert.equal(page.$('#displayName').val(), 'Priya Shah')
    assert.equal(page.$('#username').val(), 'p shah')
    assert.equal(page.$('#password').val(), undefined)
    assert.match(page.$('title').text(), /^Error: /)
  })

  it('refuses a username already in use, whatever its case', async () => {
    await admin.get('/admin/accounts/new')
    const page = await admin.post('/admin/accounts/new', { displayName: 'Someone', username: 'ACCT.WORKER', role: 'social_worker', staffId: '', password: '' })
    assert.equal(page.status, 400)
    assert.equal(page.$('.govuk-error-summary__list a').text().trim(), 'That username is already in use')
  })

  it('creates an account that can sign in with its temporary password, and audits it', async () => {
    await admin.get('/admin/accounts/new')
    const page = await admin.post('/admin/accounts/new', { displayName: 'Priya Shah', username: 'priya.shah', role: 'iro', staffId: '', password: 'a temporary pass phrase' })
    assert.equal(page.status, 302)
    const created = await database.db.selectFrom('app_user').selectAll().where('username', '=', 'priya.shah').executeTakeFirstOrThrow()
    assert.equal(created.role, 'iro')
    assert.equal(page.location, `/admin/accounts/${created.id}`)
    assert.deepEqual(await auditFor(created.id), ['create: Account created with role iro'])
    const priya = app.client()
    const signedIn = await priya.signIn('priya.shah', 'a temporary pass phrase')
    assert.equal(signedIn.status, 302)
  })

  it('changes a role and signs the person out', async () => {
    const id = await createTestUser(database.db, { username: 'role.change', role: 'social_worker' })
    const person = app.client()
    await person.signIn('role.change')
    assert.equal((await person.get('/my-work')).status, 200)
    await admin.get(`/admin/accounts/${id}`)
    const page = await admin.post(`/admin/accounts/${id}/role`, { role: 'team_manager' })
    assert.equal(page.status, 302)
    const row = await database.db.selectFrom('app_user').select('role').where('id', '=', id).executeTakeFirstOrThrow()
    assert.equal(row.role, 'team_manager')
    const after = await person.get('/my-work')
    assert.equal(after.status, 302, 'the old session no longer works')
    assert.deepEqual(await auditFor(id), ['update: Role changed to team_manager'])
  })

  it('disables an account so it cannot sign in, then enables it again', async () => {
    const id = await createTestUser(database.db, { username: 'to.disable', role: 'screener' })
    await admin.get(`/admin/accounts/${id}`)
    await admin.post(`/admin/accounts/${id}/status`, { status: 'disable' })
    const shown = await admin.get(`/admin/accounts/${id}`)
    assert.match(shown.$('.govuk-summary-list').text(), /Disabled/)
    const refused = await app.client().signIn('to.disable')
    assert.equal(refused.status, 400)
    await admin.post(`/admin/accounts/${id}/status`, { status: 'enable' })
    assert.equal((await app.client().signIn('to.disable')).status, 302)
  })

  it('clears a lock-out and sets a new temporary password', async () => {
    const id = await createTestUser(database.db, { username: 'locked.out', role: 'screener' })
    await database.db.updateTable('app_user').set({ locked_until: new Date('2030-01-01T00:00:00Z'), failed_attempts: 0 }).where('id', '=', id).execute()
    const shown = await admin.get(`/admin/accounts/${id}`)
    assert.match(shown.$('.govuk-summary-list').text(), /Locked out/)
    await admin.post(`/admin/accounts/${id}/unlock`, {})
    assert.equal((await app.client().signIn('locked.out', TEST_PASSWORD)).status, 302)
    await admin.get(`/admin/accounts/${id}`)
    const mismatch = await admin.post(`/admin/accounts/${id}/password`, { password: 'another long password', confirmPassword: 'different' })
    assert.equal(mismatch.status, 400)
    assert.equal(mismatch.$('.govuk-error-summary__list a').attr('href'), '#confirmPassword')
    await admin.post(`/admin/accounts/${id}/password`, { password: 'another long password', confirmPassword: 'another long password' })
    assert.equal((await app.client().signIn('locked.out', 'another long password')).status, 302)
    assert.deepEqual(await auditFor(id), ['update: Lock-out cleared', 'update: Temporary password set'])
  })

  it('will not let administrators change their own role or disable themselves', async () => {
    await admin.get(`/admin/accounts/${adminId}`)
    const page = await admin.post(`/admin/accounts/${adminId}/role`, { role: 'social_worker' })
    assert.equal(page.status, 400)
    assert.match(page.$('.govuk-error-summary').text(), /cannot change your own role/)
    const disable = await admin.post(`/admin/accounts/${adminId}/status`, { status: 'disable' })
    assert.equal(disable.status, 400)
    const row = await database.db.selectFrom('app_user').select(['role', 'disabled_at']).where('id', '=', adminId).executeTakeFirstOrThrow()
    assert.deepEqual(row, { role: 'administrator', disabled_at: null })
  })

  it('answers not found for an account that does not exist', async () => {
    assert.equal((await admin.get('/admin/accounts/999999')).status, 404)
    assert.equal((await admin.post('/admin/accounts/999999/unlock', {})).status, 404)
  })
})
