// Every 903 rule, in the order findings are reported: file integrity first, then by table.
import { appliesIn, type Rule } from '../rule.ts'
import { adoptionHistoryRules } from './adoption-history.ts'
import { adoptionRules } from './adoption.ts'
import { doloRules } from './dolo.ts'
import { episodeCeasedRules } from './episodes-ceased.ts'
import { episodeChainRules } from './episodes-chain.ts'
import { episodeFieldRules } from './episodes-fields.ts'
import { episodeHistoryRules } from './episodes-history.ts'
import { episodeLegalRules } from './episodes-legal.ts'
import { episodePlacementRules } from './episodes-placement.ts'
import { episodeProviderRules } from './episodes-provider.ts'
import { headerEpisodeRules } from './header-episodes.ts'
import { headerHistoryRules } from './header-history.ts'
import { headerRules } from './header.ts'
import { integrityRules } from './integrity.ts'
import { missingRules } from './missing.ts'
import { oc2HealthRules } from './oc2-health.ts'
import { oc2Rules } from './oc2.ts'
import { oc3Rules } from './oc3.ts'
import { placedAdoptionRules } from './placed-adoption.ts'
import { prevPermRules } from './prev-perm.ts'
import { reviewRules, uascRules } from './reviews-uasc.ts'
import { swEpisodeChainRules } from './sw-episodes-chain.ts'
import { swEpisodeRules } from './sw-episodes.ts'

export const ALL_RULES: readonly Rule[] = [
  ...integrityRules,
  ...headerRules,
  ...headerEpisodeRules,
  ...headerHistoryRules,
  ...episodeFieldRules,
  ...episodeProviderRules,
  ...episodeChainRules,
  ...episodeHistoryRules,
  ...episodeLegalRules,
  ...episodePlacementRules,
  ...episodeCeasedRules,
  ...reviewRules,
  ...uascRules,
  ...oc2Rules,
  ...oc2HealthRules,
  ...oc3Rules,
  ...adoptionRules,
  ...placedAdoptionRules,
  ...adoptionHistoryRules,
  ...prevPermRules,
  ...missingRules,
  ...swEpisodeRules,
  ...swEpisodeChainRules,
  ...doloRules,
]

export function rulesForYear(year: number): Rule[] {
  return ALL_RULES.filter((rule) => appliesIn(rule, year))
}

export function ruleFor(code: string, year: number): Rule | undefined {
  return rulesForYear(year).find((rule) => rule.code === code)
}
