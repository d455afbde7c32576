import { describe } from 'node:test'
import { oc3AdoptionCases } from '../testing/cases/oc3-adoption-cases.ts'
import { placedAdoptionCases } from '../testing/cases/placed-adoption-cases.ts'
import { testRuleCases } from '../testing/rule-cases.ts'

describe('903 rules: care leavers and adoptions', () => testRuleCases(oc3AdoptionCases))
describe('903 rules: decisions to place for adoption', () => testRuleCases(placedAdoptionCases))
