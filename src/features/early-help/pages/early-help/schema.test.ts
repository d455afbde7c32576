import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { earlyHelpSchema } from './schema.ts'

const schema = earlyHelpSchema({ today: '2026-11-23', dateOfBirth: '2019-06-01' })
const d = (iso: string) => {
  const [y, m, day] = iso.split('-')
  return { 'startDate-day': day, 'startDate-month': m, 'startDate-year': y }
}

describe('early help episode schema', () => {
  it('reads the start date and keeps the reason exactly as typed', () => {
    assert.deepEqual(schema.parse({ ...d('2026-11-20'), reason: '  Mum asked for help with routines ' }), { startDate: '2026-11-20', reason: '  Mum asked for help with routines ' })
  })
  it('asks for the reason', () => {
    assert.equal(schema.safeParse({ ...d('2026-11-20'), reason: '   ' }).error?.issues[0]?.message, 'Enter the reason for early help')
  })
  it('refuses a start in the future', () => {
    assert.equal(schema.safeParse({ ...d('2026-11-24'), reason: 'x' }).error?.issues[0]?.message, 'Start date must be today or in the past')
  })
  it('refuses a start before the child was born', () => {
    assert.equal(schema.safeParse({ ...d('2019-05-31'), reason: 'x' }).error?.issues[0]?.message, 'Start date must be on or after the child’s date of birth')
  })
})
