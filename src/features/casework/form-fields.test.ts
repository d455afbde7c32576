import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { z } from 'zod'
import { dateField, dateValues, withDateParts } from './form-fields.ts'

const schema = z.preprocess((body) => withDateParts(['visitDate'], body), z.object({ visitDate: dateField('Date of the visit', 'Enter the date of the visit', { notAfter: '2026-11-23' }) }))
const message = (body: Record<string, string>) => {
  const result = schema.safeParse(body)
  return result.success ? undefined : { text: result.error.issues[0]?.message, path: result.error.issues[0]?.path.join('-') }
}

describe('date fields', () => {
  it('turns day, month and year into an ISO date', () => {
    assert.deepEqual(schema.parse({ 'visitDate-day': '3', 'visitDate-month': '11', 'visitDate-year': '2026' }), { visitDate: '2026-11-03' })
  })
  it('asks for the date when nothing was entered, pointing at the day box', () => {
    assert.deepEqual(message({}), { text: 'Enter the date of the visit', path: 'visitDate-day' })
  })
  it('says which part is missing', () => {
    assert.deepEqual(message({ 'visitDate-day': '3', 'visitDate-year': '2026' }), { text: 'Date of the visit must include a month', path: 'visitDate-month' })
  })
  it('refuses a date that does not exist', () => {
    assert.equal(message({ 'visitDate-day': '31', 'visitDate-month': '2', 'visitDate-year': '2026' })?.text, 'Date of the visit must be a real date')
  })
  it('refuses a two-digit year', () => {
    assert.equal(message({ 'visitDate-day': '1', 'visitDate-month': '2', 'visitDate-year': '26' })?.text, 'Date of the visit must be a real date')
  })
  it('refuses a date after today when the form asks for a past date', () => {
    assert.equal(message({ 'visitDate-day': '24', 'visitDate-month': '11', 'visitDate-year': '2026' })?.text, 'Date of the visit must be today or in the past')
  })
  it('pre-fills a date input from a known date', () => {
    assert.deepEqual(dateValues('visitDate', '2026-03-04'), { 'visitDate-day': '4', 'visitDate-month': '3', 'visitDate-year': '2026' })
  })
})
