// One test per rule: silent on the clean census, and fires once the census is changed the way
// the case describes. Each case goes through the XML writer and the parser, so the finding
// carries a real line number. Removing a rule from the registry fails its test.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ALL_RULES, ruleFor } from '../rules/index.ts'
import { validateCensus, type CinFinding } from '../validate.ts'
import { parseCinString } from '../xml-parse.ts'
import { censusXml } from '../xml-write.ts'
import { cleanCensus, type Fixture } from './clean-census.ts'

export interface RuleCase {
  code: string
  /** Finishes the sentence "rule N fires when …". */
  when: string
  year?: number
  mutate?(fixture: Fixture): void
  /** Edits the XML text after writing, for things the records cannot express. */
  edit?(xml: string): string
  /** The child the finding must name ('' for the header or the whole return). */
  child?: string
}

export function defaultYear(code: string): number {
  const rules = ALL_RULES.filter((rule) => rule.code === code)
  if (rules.some((rule) => rule.years.from <= 2026 && 2026 <= rule.years.to)) return 2026
  return rules[0]?.years.from ?? 2026
}

export function findingsOf(code: string, fixture: Fixture, edit?: (xml: string) => string): CinFinding[] {
  const rule = ruleFor(code, fixture.year)
  assert.ok(rule, `rule ${code} is registered for ${fixture.year}`)
  const xml = censusXml(fixture.header, fixture.children)
  return validateCensus(parseCinString(edit ? edit(xml) : xml), { year: fixture.year, rules: [rule] })
}

export function testRuleCases(cases: readonly RuleCase[]): void {
  for (const ruleCase of cases) {
    const year = ruleCase.year ?? defaultYear(ruleCase.code)
    test(`rule ${ruleCase.code} (${year - 1}/${String(year).slice(2)}) fires when ${ruleCase.when}`, () => {
      assert.deepEqual(findingsOf(ruleCase.code, cleanCensus(year)), [], 'silent on the clean census')
      const fixture = cleanCensus(year)
      ruleCase.mutate?.(fixture)
      const found = findingsOf(ruleCase.code, fixture, ruleCase.edit)
      assert.ok(found.length > 0, 'fires on the changed census')
      assert.ok(found.every((f) => f.code === ruleCase.code && f.message.length > 0 && f.line > 0), `findings carry code, message and line: ${JSON.stringify(found)}`)
      if (ruleCase.child !== undefined) assert.ok(found.some((f) => f.child === ruleCase.child), `names child "${ruleCase.child}": ${JSON.stringify(found)}`)
    })
  }
}
