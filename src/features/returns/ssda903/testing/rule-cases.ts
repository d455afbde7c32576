// One test per rule: the rule is silent on the clean return, and fires once the fixture is
// changed in the way the case describes. Removing a rule from the registry fails its test.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ALL_RULES, ruleFor } from '../rules/index.ts'
import type { TableName } from '../tables.ts'
import { validate903 } from '../validate.ts'
import { cleanReturn, type Fixture } from './clean-return.ts'

export interface RuleCase {
  code: string
  /** What is wrong, finishing the sentence "rule N fires when …". */
  when: string
  /** Collection year to test in; defaults to 2026 when the rule is in force then. */
  year?: number
  mutate(fixture: Fixture): void
  /** The table (and child) the finding must point at. */
  expect?: { table: TableName; child?: string }
}

export function defaultYear(code: string): number {
  const rules = ALL_RULES.filter((rule) => rule.code === code)
  if (rules.some((rule) => rule.years.from <= 2026 && 2026 <= rule.years.to)) return 2026
  return rules[0]?.years.from ?? 2026
}

export function findingsOf(code: string, fixture: Fixture) {
  const rule = ruleFor(code, fixture.year)
  assert.ok(rule, `rule ${code} is registered for ${fixture.year}`)
  return validate903(fixture.current, { year: fixture.year, previous: fixture.previous, rules: [rule] })
}

export function testRuleCases(cases: readonly RuleCase[]): void {
  for (const ruleCase of cases) {
    const year = ruleCase.year ?? defaultYear(ruleCase.code)
    test(`rule ${ruleCase.code} (${year - 1}/${String(year).slice(2)}) fires when ${ruleCase.when}`, () => {
      assert.deepEqual(findingsOf(ruleCase.code, cleanReturn(year)), [], 'silent on the clean return')
      const fixture = cleanReturn(year)
      ruleCase.mutate(fixture)
      const found = findingsOf(ruleCase.code, fixture)
      assert.ok(found.length > 0, 'fires on the changed return')
      assert.ok(
        found.every((finding) => finding.code === ruleCase.code && finding.message.length > 0),
        'findings carry the rule code and message',
      )
      const expected = ruleCase.expect
      if (expected) {
        assert.ok(
          found.some((f) => f.table === expected.table && (expected.child === undefined || f.child === expected.child)),
          `points at ${expected.table}${expected.child ? ` for ${expected.child}` : ''}: ${JSON.stringify(found)}`,
        )
      }
    })
  }
}
