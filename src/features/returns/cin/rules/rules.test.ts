import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { cleanCensus } from '../testing/clean-census.ts'
import { childCases } from '../testing/cases/child-cases.ts'
import { episodeCases } from '../testing/cases/episode-cases.ts'
import { defaultYear, testRuleCases } from '../testing/rule-cases.ts'
import { validateCensus } from '../validate.ts'
import { parseCinString } from '../xml-parse.ts'
import { censusXml } from '../xml-write.ts'
import { ALL_RULES, SUPPORTED_YEARS, rulesForYear } from './index.ts'

const ALL_CASES = [...childCases, ...episodeCases]

describe('CIN rule registry', () => {
  test('every rule, in every form it takes over the years, has a test case', () => {
    const untested = ALL_RULES.filter((rule) => !ALL_CASES.some((c) => {
      const year = c.year ?? defaultYear(c.code)
      return c.code === rule.code && rule.years.from <= year && year <= rule.years.to
    }))
    assert.deepEqual(untested.map((rule) => `${rule.code} ${rule.years.from}-${rule.years.to}`), [])
  })

  test('no two rules in force in the same year share a code', () => {
    for (const year of SUPPORTED_YEARS) {
      const codes = rulesForYear(year).map((rule) => rule.code)
      assert.deepEqual(codes.filter((code, i) => codes.indexOf(code) !== i), [], String(year))
    }
  })

  test('local rules use SLC codes and DfE rules use DfE-shaped codes', () => {
    for (const rule of ALL_RULES) {
      assert.equal(rule.source === 'local', rule.code.startsWith('SLC'), rule.code)
      if (rule.source !== 'local') assert.match(rule.code, /^\d{3,4}Q?$/, rule.code)
    }
  })

  for (const year of SUPPORTED_YEARS) {
    test(`the clean census for ${year - 1}/${String(year).slice(2)} passes every rule`, () => {
      const fixture = cleanCensus(year)
      assert.deepEqual(validateCensus(parseCinString(censusXml(fixture.header, fixture.children)), { year }), [])
    })
  }
})

describe('CIN rules', () => testRuleCases(ALL_CASES))
