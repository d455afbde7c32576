import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { format903Date, parse903Date, parsePartialDate } from './dates.ts'

describe('903 dates', () => {
  test('reads DD/MM/YYYY as an ISO date', () => {
    assert.equal(parse903Date('29/02/2024'), '2024-02-29')
  })

  for (const text of ['29/02/2025', '31/04/2025', '1/4/2025', '01/04/25', '2025-04-01', '01/04/2025 ', '', '00/01/2025']) {
    test(`refuses "${text}"`, () => assert.equal(parse903Date(text), null))
  }

  test('writes an ISO date back as DD/MM/YYYY', () => {
    assert.equal(format903Date('2026-03-31'), '31/03/2026')
  })

  test('reads a previous permanence date with unknown parts as its earliest day', () => {
    assert.deepEqual(
      ['ZZ/06/2019', 'ZZ/ZZ/2019', 'ZZ/ZZ/ZZZZ', '15/ZZ/2019', 'ZZ/13/2019'].map(parsePartialDate),
      ['2019-06-01', '2019-01-01', 'unknown', null, null],
    )
  })
})
