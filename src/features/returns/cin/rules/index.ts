// Every CIN census rule, in one registry.
import { activityRules } from './activity.ts'
import { assessmentRules } from './assessments.ts'
import { characteristicRules } from './characteristics.ts'
import { cinDetailsRules } from './cin-details.ts'
import { cpPlanRules } from './cp-plans.ts'
import { formatRules } from './format.ts'
import { headerRules } from './header.ts'
import { identifierRules } from './identifiers.ts'
import { appliesIn, type CinRule } from './rule.ts'
import { section47Rules } from './section47.ts'

export const ALL_RULES: readonly CinRule[] = [
  ...formatRules,
  ...headerRules,
  ...identifierRules,
  ...characteristicRules,
  ...cinDetailsRules,
  ...activityRules,
  ...assessmentRules,
  ...section47Rules,
  ...cpPlanRules,
]

export const SUPPORTED_YEARS = [2024, 2025, 2026, 2027] as const

export function rulesForYear(year: number): CinRule[] {
  return ALL_RULES.filter((rule) => appliesIn(rule, year))
}

export function ruleFor(code: string, year: number): CinRule | undefined {
  return rulesForYear(year).find((rule) => rule.code === code)
}
