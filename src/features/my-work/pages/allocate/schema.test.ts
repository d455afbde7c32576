import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { allocationSchema } from './schema.ts'

const ctx = {
  today: '2026-11-23',
  workers: [{ id: 1, name: 'A', team: 'T', teamId: 1, children: 0 }, { id: 2, name: 'B', team: 'T', teamId: 1, children: 3 }],
  current: [{ id: 9, role: 'social_worker' as const, workerId: 1, worker: 'A', since: '2026-01-01' }],
}
const date = { 'startDate-day': '20', 'startDate-month': '11', 'startDate-year': '2026' }
const messages = (body: Record<string, string>) => {
  const r = allocationSchema(ctx).safeParse(body)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('-')}: ${i.message}`)
}

describe('allocation schema', () => {
  it('accepts a change of worker with a reason', () => {
    assert.deepEqual(allocationSchema(ctx).parse({ workerId: '2', role: 'social_worker', reason: 'MANAGE', ...date }), { workerId: 2, role: 'social_worker', reason: 'MANAGE', startDate: '2026-11-20' })
  })
  it('asks for a worker', () => {
    assert.deepEqual(messages({ role: 'social_worker', reason: 'MANAGE', ...date }), ['workerId: Select a worker'])
  })
  it('refuses a worker outside the manager’s teams', () => {
    assert.deepEqual(messages({ workerId: '7', role: 'social_worker', reason: 'MANAGE', ...date }), ['workerId: Select a worker from the list'])
  })
  it('refuses "reallocating" to the same worker', () => {
    assert.match(messages({ workerId: '1', role: 'social_worker', reason: 'MANAGE', ...date })[0] ?? '', /already holds this role/)
  })
  it('needs a reason only when someone already holds the role', () => {
    assert.deepEqual(messages({ workerId: '2', role: 'iro', ...date }), [])
  })
  it('refuses an unknown reason code', () => {
    assert.deepEqual(messages({ workerId: '2', role: 'social_worker', reason: 'XX', ...date }), ['reason: Select the reason for the change of worker'])
  })
})
