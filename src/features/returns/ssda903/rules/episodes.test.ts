import { describe } from 'node:test'
import { episodeChainCases } from '../testing/cases/episode-chain-cases.ts'
import { episodeFieldCases } from '../testing/cases/episode-field-cases.ts'
import { episodePlacementCases } from '../testing/cases/episode-placement-cases.ts'
import { testRuleCases } from '../testing/rule-cases.ts'

describe('903 rules: episode fields, providers and URNs', () => testRuleCases(episodeFieldCases))
describe('903 rules: the episode chain and legal status', () => testRuleCases(episodeChainCases))
describe('903 rules: placements and reasons ceased', () => testRuleCases(episodePlacementCases))
