import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { proceedingsOutcomeSchema } from './schema.ts'

const schema = proceedingsOutcomeSchema({ today: '2026-11-23', applicationDate: '2026-06-01' })
const d = (name: string, iso: string) => {
  const [y, m, day] = iso.split('-')
  return { [`${name}-day`]: day as string, [`${name}-month`]: m as string, [`${name}-year`]: y as string }
}

describe('care proceedings outcome schema', () => {
  it('reads the hearing, the order and its date', () => {
    assert.deepEqual(schema.parse({ ...d('finalHearingDate', '2026-11-16'), finalOrder: 'care_order', ...d('finalOrderDate', '2026-11-16') }), {
      finalHearingDate: '2026-11-16',
      finalOrder: 'care_order',
      finalOrderDate: '2026-11-16',
    })
  })
  it('allows a withdrawal with no final hearing', () => {
    assert.equal(schema.parse({ finalOrder: 'withdrawn', ...d('finalOrderDate', '2026-09-01') }).finalHearingDate, null)
  })
  it('refuses an order before the final hearing', () => {
    const r = schema.safeParse({ ...d('finalHearingDate', '2026-11-16'), finalOrder: 'sgo', ...d('finalOrderDate', '2026-11-13') })
    assert.equal(r.error?.issues[0]?.message, 'Date the proceedings ended must be on or after the date of the final hearing')
  })
  it('refuses a hearing before the application', () => {
    const r = schema.safeParse({ ...d('finalHearingDate', '2026-05-31'), finalOrder: 'sgo', ...d('finalOrderDate', '2026-11-13') })
    assert.equal(r.error?.issues[0]?.message, 'Date of the final hearing must be on or after the date the application was issued')
  })
  it('asks for the outcome', () => {
    assert.equal(schema.safeParse(d('finalOrderDate', '2026-11-13')).error?.issues[0]?.message, 'Select the outcome of the proceedings')
  })
})
