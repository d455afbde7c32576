// The named scorecards, one per audience, as declared data. Aggregate audiences (boards and
// panels of elected members) never see children, and numbers under 5 are withheld for them.
import { INDICATORS } from '../indicators/library.ts'

export interface ScorecardDefinition {
  id: string
  title: string
  audience: string
  aggregateOnly: boolean
  indicatorIds: string[]
}

export const SCORECARDS: readonly ScorecardDefinition[] = [
  {
    id: 'leadership',
    title: 'Leadership team scorecard',
    audience: 'Children’s services leadership team',
    aggregateOnly: false,
    indicatorIds: INDICATORS.map((i) => i.id),
  },
  {
    id: 'scrutiny-panel',
    title: 'Scrutiny panel scorecard',
    audience: 'Children and Young People’s Social Care and Services Scrutiny Panel',
    aggregateOnly: true,
    indicatorIds: [
      'referrals_rate',
      'rereferrals_12m',
      'referral_decision_1wd',
      'assessments_45wd',
      'cin_rate',
      's47_rate',
      'icpc_15wd',
      'cp_rate',
      'cp_second_subsequent',
      'cp_2_years',
      'cp_reviews_timescale',
      'cla_rate',
      'cla_starts_rate',
      'cla_cp_ratio',
      'early_help_rate',
      'caseload_per_fte',
      'agency_rate',
      'sw_turnover',
      'sw_change_12m',
    ],
  },
  {
    id: 'corporate-parenting-board',
    title: 'Corporate parenting board scorecard',
    audience: 'Corporate Parenting Board',
    aggregateOnly: true,
    indicatorIds: [
      'children_in_care',
      'cla_rate',
      'cla_entries',
      'cla_exits',
      'placed_with_parents',
      'connected_carers',
      'in_house_foster',
      'ifa_foster',
      'in_house_foster_share',
      'in_house_residential',
      'external_residential',
      'cla_3_placements',
      'cla_long_term_stability',
      'cla_seen_6_weeks',
      'cla_visits_timescale',
      'cla_reviews_timescale',
      'cla_health_assessments',
      'cla_dental_checks',
      'cla_immunisations',
      'cla_sdq_returned',
      'pep_6_months',
      'cla_missing',
      'missing_episodes',
      'rhi_offered',
      'rhi_accepted',
      'adoption_a1',
      'adoption_a2',
      'care_leavers_eet_17_18',
      'care_leavers_eet_19_21',
      'care_leavers_accommodation_17_18',
      'care_leavers_accommodation_19_21',
      'sw_stability',
    ],
  },
  {
    id: 'overview-scrutiny-board',
    title: 'Overview and scrutiny board scorecard',
    audience: 'Overview and Scrutiny Board',
    aggregateOnly: true,
    indicatorIds: [
      'agency_social_workers',
      'children_in_care',
      'cla_rate',
      'external_residential',
      'in_house_residential',
      'in_house_foster',
      'ifa_foster',
      'placement_moves_less_cost',
      'cla_entries',
      'cla_exits',
    ],
  },
]

export function findScorecard(id: string): ScorecardDefinition | undefined {
  return SCORECARDS.find((s) => s.id === id)
}
