import { describe } from 'node:test'
import { childTableCases } from '../testing/cases/child-table-cases.ts'
import { testRuleCases } from '../testing/rule-cases.ts'

describe('903 rules: child-tables', () => testRuleCases(childTableCases))
