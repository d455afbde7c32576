import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { adoptionOrderSchema } from './schema.ts'

const schema = adoptionOrderSchema({
  today: '2026-11-23',
  placedDate: '2026-06-20',
  periodStart: '2026-03-02',
})
const d = { 'orderDate-day': '2', 'orderDate-month': '11', 'orderDate-year': '2026' }

describe('adoption order schema', () => {
  it('gives the order date and the 903 reason ceased', () => {
    assert.deepEqual(schema.parse({ ...d, reasonCeased: 'E12' }), {
      orderDate: '2026-11-02',
      reasonCeased: 'E12',
    })
  })
  it('allows only the adoption reasons E11 and E12', () => {
    assert.equal(
      schema.safeParse({ ...d, reasonCeased: 'E45' }).error?.issues[0]?.message,
      'Select whether the application was unopposed',
    )
  })
  it('refuses an order before the child was placed for adoption', () => {
    assert.match(
      schema.safeParse({ ...d, 'orderDate-month': '6', reasonCeased: 'E11' }).error?.issues[0]?.message ?? '',
      /must be on or after the date the child was placed for adoption/,
    )
  })
  it('never ends the period of care on the day it started', () => {
    const sameDay = adoptionOrderSchema({
      today: '2026-11-23',
      placedDate: '2026-03-02',
      periodStart: '2026-03-02',
    })
    assert.ok(
      !sameDay.safeParse({
        'orderDate-day': '2',
        'orderDate-month': '3',
        'orderDate-year': '2026',
        reasonCeased: 'E11',
      }).success,
    )
    assert.ok(
      sameDay.safeParse({
        'orderDate-day': '3',
        'orderDate-month': '3',
        'orderDate-year': '2026',
        reasonCeased: 'E11',
      }).success,
    )
  })
})
