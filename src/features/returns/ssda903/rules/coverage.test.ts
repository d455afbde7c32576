import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { SUPPORTED_YEARS } from '../codes.ts'
import { cleanReturn } from '../testing/clean-return.ts'
import { childTableCases } from '../testing/cases/child-table-cases.ts'
import { episodeChainCases } from '../testing/cases/episode-chain-cases.ts'
import { episodeFieldCases } from '../testing/cases/episode-field-cases.ts'
import { episodePlacementCases } from '../testing/cases/episode-placement-cases.ts'
import { headerCases } from '../testing/cases/header-cases.ts'
import { oc3AdoptionCases } from '../testing/cases/oc3-adoption-cases.ts'
import { otherTableCases } from '../testing/cases/other-table-cases.ts'
import { placedAdoptionCases } from '../testing/cases/placed-adoption-cases.ts'
import { defaultYear } from '../testing/rule-cases.ts'
import { validate903 } from '../validate.ts'
import { ALL_RULES, rulesForYear } from './index.ts'

const ALL_CASES = [
  ...headerCases,
  ...episodeFieldCases,
  ...episodeChainCases,
  ...episodePlacementCases,
  ...childTableCases,
  ...oc3AdoptionCases,
  ...placedAdoptionCases,
  ...otherTableCases,
]

describe('903 rule registry', () => {
  test('every rule, in every form it takes over the years, has a test case', () => {
    const untested = ALL_RULES.filter(
      (rule) => !ALL_CASES.some((c) => c.code === rule.code && rule.years.from <= (c.year ?? defaultYear(c.code)) && (c.year ?? defaultYear(c.code)) <= rule.years.to),
    )
    assert.deepEqual(
      untested.map((rule) => `${rule.code} ${rule.years.from}-${rule.years.to}`),
      [],
    )
  })

  test('no two rules in force in the same year share a code', () => {
    for (const year of SUPPORTED_YEARS) {
      const codes = rulesForYear(year).map((rule) => rule.code)
      assert.deepEqual(
        codes.filter((code, i) => codes.indexOf(code) !== i),
        [],
        String(year),
      )
    }
  })

  test('every rule declares a message, tables and fields', () => {
    for (const rule of ALL_RULES) {
      assert.ok(rule.message.trim().length > 0 && rule.tables.length > 0 && rule.fields.length > 0, rule.code)
    }
  })

  for (const year of SUPPORTED_YEARS) {
    test(`the clean return for ${year - 1}/${String(year).slice(2)} passes every rule, with and without last year's return`, () => {
      const fixture = cleanReturn(year)
      assert.deepEqual(validate903(fixture.current, { year }), [])
      assert.deepEqual(validate903(fixture.current, { year, previous: fixture.previous }), [])
    })
  }
})
