import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { leaveCareSchema } from './schema.ts'

const schema = leaveCareSchema({ today: '2026-11-23', periodStart: '2026-03-02', lastChange: '2026-06-15' })
const d = (day: string, month: string) => ({
  'endDate-day': day,
  'endDate-month': month,
  'endDate-year': '2026',
})
const message = (body: Record<string, string>) => schema.safeParse(body).error?.issues[0]?.message

describe('leaving care schema', () => {
  it('gives the end date and the 903 reason ceased', () => {
    assert.deepEqual(schema.parse({ ...d('20', '11'), reasonCeased: 'E4A' }), {
      endDate: '2026-11-20',
      reasonCeased: 'E4A',
    })
  })
  it('refuses X1, which only ends a derived episode, and the adoption reasons', () => {
    for (const reason of ['X1', 'E11', 'E12'])
      assert.equal(
        message({ ...d('20', '11'), reasonCeased: reason }),
        'Select why the child stopped being looked after',
      )
  })
  it('refuses an end before the current placement or legal status started', () => {
    assert.match(
      message({ ...d('14', '6'), reasonCeased: 'E8' }) ?? '',
      /must be on or after the start of the current placement and legal status/,
    )
  })
  it('allows the end on the day of the last change', () => {
    assert.equal(schema.parse({ ...d('15', '6'), reasonCeased: 'E8' }).endDate, '2026-06-15')
  })
  it('refuses an end in the future', () => {
    assert.equal(
      message({ ...d('24', '11'), reasonCeased: 'E8' }),
      'Date the child stopped being looked after must be today or in the past',
    )
  })
})
