import { describe } from 'node:test'
import { otherTableCases } from '../testing/cases/other-table-cases.ts'
import { testRuleCases } from '../testing/rule-cases.ts'

describe('903 rules: other-tables', () => testRuleCases(otherTableCases))
