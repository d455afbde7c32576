import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { missingReturnSchema } from './schema.ts'

const schema = missingReturnSchema({ today: '2026-11-23', missingStart: '2026-11-18' })
const returned = { 'returnDate-day': '19', 'returnDate-month': '11', 'returnDate-year': '2026' }
const interview = { 'rhiDate-day': '21', 'rhiDate-month': '11', 'rhiDate-year': '2026' }
const message = (body: Record<string, string>) => schema.safeParse(body).error?.issues[0]?.message

describe('return and return interview schema', () => {
  it('records an accepted interview with its date', () => {
    assert.deepEqual(schema.parse({ ...returned, rhiOffered: 'yes', rhiAccepted: 'yes', ...interview }), {
      returnDate: '2026-11-19',
      rhiOffered: true,
      rhiAccepted: true,
      rhiDate: '2026-11-21',
    })
  })
  it('records an interview not offered with nothing about acceptance', () => {
    assert.deepEqual(schema.parse({ ...returned, rhiOffered: 'no', rhiAccepted: 'yes', ...interview }), {
      returnDate: '2026-11-19',
      rhiOffered: false,
      rhiAccepted: null,
      rhiDate: null,
    })
  })
  it('records a refused interview without a date', () => {
    assert.deepEqual(schema.parse({ ...returned, rhiOffered: 'yes', rhiAccepted: 'no' }), {
      returnDate: '2026-11-19',
      rhiOffered: true,
      rhiAccepted: false,
      rhiDate: null,
    })
  })
  it('asks whether an offered interview was accepted', () => {
    assert.equal(
      message({ ...returned, rhiOffered: 'yes' }),
      'Select whether the child accepted the return interview',
    )
  })
  it('refuses an interview before the return', () => {
    assert.equal(
      message({ ...returned, 'returnDate-day': '22', rhiOffered: 'yes', rhiAccepted: 'yes', ...interview }),
      'Date of the return interview must be on or after the date the child returned',
    )
  })
  it('refuses a return in the future', () => {
    assert.equal(
      message({ ...returned, 'returnDate-day': '24', rhiOffered: 'no' }),
      'Date the child returned must be today or in the past',
    )
  })
})
