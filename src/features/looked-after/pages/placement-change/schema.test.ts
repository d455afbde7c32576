import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { placementChangeSchema } from './schema.ts'

const schema = placementChangeSchema({ today: '2026-11-23', placementStart: '2026-03-02' })
const valid = {
  'moveDate-day': '15',
  'moveDate-month': '6',
  'moveDate-year': '2026',
  changeReason: 'CARPL',
  placementType: 'U4',
  provider: 'PR1',
}
const message = (body: Record<string, string>) => schema.safeParse(body).error?.issues[0]?.message

describe('placement change schema', () => {
  it('gives the move date, reason and new placement', () => {
    assert.deepEqual(schema.parse({ ...valid, postcode: ' ts1 2ab ', carerId: '7' }), {
      moveDate: '2026-06-15',
      changeReason: 'CARPL',
      placementType: 'U4',
      provider: 'PR1',
      postcode: 'TS1 2AB',
      urn: null,
      carerId: 7,
    })
  })
  it('takes no carer as null and refuses a carer that is not an id', () => {
    assert.equal(schema.parse({ ...valid, carerId: '' }).carerId, null)
    assert.equal(message({ ...valid, carerId: 'x1' }), 'Select a carer from the list')
  })
  it('asks for the date of the move, then checks it is real', () => {
    assert.equal(
      message({ ...valid, 'moveDate-day': '', 'moveDate-month': '', 'moveDate-year': '' }),
      'Enter the date the child moved',
    )
    assert.equal(
      message({ ...valid, 'moveDate-day': '31', 'moveDate-month': '6' }),
      'Date the child moved must be a real date',
    )
  })
  it('refuses a move before the current placement started', () => {
    assert.equal(
      message({ ...valid, 'moveDate-day': '1', 'moveDate-month': '3' }),
      'Date the child moved must be on or after the start of the current placement',
    )
  })
  it('asks for the reason for the change from the SSDA903 list', () => {
    assert.equal(message({ ...valid, changeReason: 'BORED' }), 'Select the reason the placement changed')
  })
  it('refuses an Ofsted URN for a temporary placement', () => {
    assert.equal(
      message({ ...valid, placementType: 'T4', urn: 'SC123456' }),
      'Leave the Ofsted URN empty for this type of placement',
    )
  })
})
