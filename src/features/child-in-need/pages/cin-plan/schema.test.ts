import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { cinPlanSchema } from './schema.ts'

const schema = cinPlanSchema({ today: '2026-11-23', assessmentAuthorised: '2026-11-10' })
const d = (day: string, month = '11', year = '2026') => ({ 'startDate-day': day, 'startDate-month': month, 'startDate-year': year })

describe('child in need plan schema', () => {
  it('reads the start date', () => {
    assert.deepEqual(schema.parse(d('12')), { startDate: '2026-11-12' })
  })
  it('asks for the start date', () => {
    assert.equal(schema.safeParse({}).error?.issues[0]?.message, 'Enter the date the child in need plan started')
  })
  it('refuses a plan that starts before the assessment was authorised', () => {
    assert.equal(schema.safeParse(d('9')).error?.issues[0]?.message, 'Start date of the plan must be on or after the date the assessment was authorised')
  })
  it('refuses a start in the future', () => {
    assert.equal(schema.safeParse(d('24')).error?.issues[0]?.message, 'Start date of the plan must be today or in the past')
  })
  it('refuses a date that is not real', () => {
    assert.equal(schema.safeParse(d('31', '2')).error?.issues[0]?.message, 'Start date of the plan must be a real date')
  })
})
