import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { becomeLookedAfterSchema } from './schema.ts'

const schema = becomeLookedAfterSchema({
  today: '2026-11-23',
  referralDate: '2026-01-05',
  lastPeriodEnd: null,
})
const d = { 'startDate-day': '6', 'startDate-month': '4', 'startDate-year': '2026' }
const valid = { ...d, categoryOfNeed: 'N2', legalStatus: 'C1', placementType: 'U4', provider: 'PR1' }
const message = (body: Record<string, string>) => schema.safeParse(body).error?.issues[0]?.message

describe('became looked after schema', () => {
  it('turns the answers into a typed period of care, with no postcode or URN as null', () => {
    assert.deepEqual(schema.parse(valid), {
      startDate: '2026-04-06',
      categoryOfNeed: 'N2',
      legalStatus: 'C1',
      placementType: 'U4',
      provider: 'PR1',
      postcode: null,
      urn: null,
      carerId: null,
    })
  })
  it('refuses a start in the future', () => {
    assert.equal(
      message({ ...valid, 'startDate-day': '24', 'startDate-month': '11' }),
      'Date the child became looked after must be today or in the past',
    )
  })
  it('refuses a start before the referral', () => {
    assert.equal(
      message({ ...valid, 'startDate-year': '2025' }),
      'Date the child became looked after must be on or after the referral date',
    )
  })
  it('refuses codes outside the SSDA903 lists, such as category of need N9 and placement type Z1 after 2024/25', () => {
    assert.equal(message({ ...valid, categoryOfNeed: 'N9' }), 'Select the category of need')
    assert.equal(message({ ...valid, placementType: 'Z1' }), 'Select the type of placement')
  })
  it('asks for the legal status', () => {
    assert.equal(message({ ...valid, legalStatus: '' }), 'Select the legal status')
  })
  it('refuses an Ofsted URN for a placement with parents (DfE rule 218)', () => {
    const r = schema.safeParse({ ...valid, placementType: 'P1', provider: 'PR0', urn: 'SC123456' })
    assert.deepEqual(
      r.error?.issues.map((i) => [i.path.join('.'), i.message]),
      [['urn', 'Leave the Ofsted URN empty for this type of placement']],
    )
  })
  it('refuses a postcode that is not a postcode', () => {
    assert.equal(message({ ...valid, postcode: 'not a postcode' }), 'Enter a real postcode, like TS1 2AB')
  })
  it('refuses a start before the last period of care ended, and allows one on that day', () => {
    const again = becomeLookedAfterSchema({
      today: '2026-11-23',
      referralDate: '2026-01-05',
      lastPeriodEnd: '2026-05-01',
    })
    assert.equal(
      again.safeParse(valid).error?.issues[0]?.message,
      'Date the child became looked after must be on or after the end of the last period of care',
    )
    assert.equal(
      again.parse({ ...valid, 'startDate-day': '1', 'startDate-month': '5' }).startDate,
      '2026-05-01',
    )
  })
})
