import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { careProceedingsSchema } from './schema.ts'

const schema = careProceedingsSchema({ today: '2026-11-23', notBefore: '2026-11-10', notBeforeLabel: 'the last pre-proceedings meeting' })
const d = (day: string) => ({ 'applicationDate-day': day, 'applicationDate-month': '11', 'applicationDate-year': '2026' })

describe('care proceedings schema', () => {
  it('reads the date the application was issued', () => {
    assert.deepEqual(schema.parse(d('17')), { applicationDate: '2026-11-17' })
  })
  it('refuses an application before the last pre-proceedings meeting', () => {
    assert.equal(schema.safeParse(d('9')).error?.issues[0]?.message, 'Date the application was issued must be on or after the last pre-proceedings meeting')
  })
  it('refuses an application in the future', () => {
    assert.equal(schema.safeParse(d('24')).error?.issues[0]?.message, 'Date the application was issued must be today or in the past')
  })
  it('asks for the date', () => {
    assert.equal(schema.safeParse({}).error?.issues[0]?.message, 'Enter the date the application was issued')
  })
})
