import { describe } from 'node:test'
import { headerCases } from '../testing/cases/header-cases.ts'
import { testRuleCases } from '../testing/rule-cases.ts'

describe('903 rules: header', () => testRuleCases(headerCases))
