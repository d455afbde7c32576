// The seven proxy indicators of the Overview and Scrutiny Board report (seed 002 para 167) and
// the practice measures the board and panel reports track. Local measures: no DfE benchmark.
import { addMonths, type IsoDate } from '../../../platform/time/dates.ts'
import { claStarts, distinctSocialWorkers, lastSeenVisit, socialWorkersInPost } from './headline.ts'
import type { Breakdown, Indicator, Item } from './indicator.ts'
import { childItem, CONNECTED_TYPES, eventItem, FOSTER_TYPES, only, share } from './items.ts'
import { openOn, within, type RecordIndex } from './record-index.ts'

const CLA_BREAKDOWNS: Breakdown[] = [
  'ward',
  'team',
  'worker',
  'age_band',
  'sex',
  'ethnicity',
  'placement_type',
]
const CASE_BREAKDOWNS: Breakdown[] = [
  'ward',
  'team',
  'worker',
  'age_band',
  'sex',
  'ethnicity',
  'level_of_need',
]

function claItems(record: RecordIndex, date: IsoDate): Item[] {
  return record.memo(`claItems|${date}`, () =>
    record.lookedAfterOn(date).map((id) => childItem(record, id, date)),
  )
}

/** CLA on the date whose current placement passes the test. */
function placedCount(
  id: string,
  name: string,
  definition: string,
  polarity: Indicator['polarity'],
  group: Indicator['group'],
  test: (p: { type: string; carerKind: string | null }) => boolean,
): Indicator {
  return {
    id,
    name,
    group,
    definition,
    source:
      group === 'proxy'
        ? 'Local proxy indicator (Overview and Scrutiny Board, seed 002 para 167)'
        : 'Local practice measure',
    polarity,
    unit: 'count',
    timing: 'stock',
    numeratorCohort: name,
    denominatorCohort: 'None (a count)',
    breakdowns: CLA_BREAKDOWNS,
    count: (record, { date }) =>
      only(
        claItems(record, date).filter((item) => {
          const placement = record.placementOn(item.childId ?? -1, date)
          return placement !== undefined && test(placement)
        }),
      ),
  }
}

/** Children open to children's social care on the date: in need, on a plan or looked after. */
function openCases(record: RecordIndex, date: IsoDate): Item[] {
  return record.memo(`open|${date}`, () => openCasesUncached(record, date))
}

function openCasesUncached(record: RecordIndex, date: IsoDate): Item[] {
  const ids = new Set<number>([
    ...record.childrenInNeedOn(date),
    ...record.lookedAfterOn(date),
    ...record.onPlanOn(date).map((p) => p.childId),
  ])
  return [...ids].sort((a, b) => a - b).map((id) => childItem(record, id, date))
}

export const PROXY_INDICATORS: Indicator[] = [
  {
    id: 'agency_social_workers',
    name: 'Posts filled with agency social workers',
    group: 'proxy',
    definition: 'Social worker posts filled by agency workers on the date (headcount).',
    source: 'Local proxy indicator (Overview and Scrutiny Board, seed 002 para 167)',
    polarity: 'lower',
    unit: 'count',
    timing: 'stock',
    numeratorCohort: 'Agency social workers in post',
    denominatorCohort: 'None (a count)',
    breakdowns: ['team'],
    count: (record, { date }) =>
      only(
        socialWorkersInPost(record, date)
          .filter((i) => record.record.workers.get(i.workerId ?? -1)?.agency === true)
          .map((i) => ({ ...i, weight: 1 })),
      ),
  },
  {
    id: 'children_in_care',
    name: 'Number of children in care',
    group: 'proxy',
    definition:
      'Children looked after at the end of the date (short breaks excluded), as a number; the rate per 10,000 is the headline indicator.',
    source: 'Local proxy indicator (Overview and Scrutiny Board, seed 002 para 167)',
    polarity: 'lower',
    unit: 'count',
    timing: 'stock',
    numeratorCohort: 'Children looked after on the date',
    denominatorCohort: 'None (a count)',
    breakdowns: CLA_BREAKDOWNS,
    benchmark: { measure: 'cla_31_march_count' },
    count: (record, { date }) => only(claItems(record, date)),
  },
  placedCount(
    'external_residential',
    'Children in external residential placements',
    'Children looked after on the date living in a children’s home run by an external provider.',
    'lower',
    'proxy',
    (p) => p.carerKind === 'external_residential',
  ),
  placedCount(
    'in_house_residential',
    'Children in in-house residential provision',
    'Children looked after on the date living in one of the council’s own children’s homes.',
    'higher',
    'proxy',
    (p) => p.carerKind === 'in_house_residential',
  ),
  placedCount(
    'in_house_foster',
    'Children placed with in-house foster carers',
    'Children looked after on the date placed with the council’s own (non-connected) foster carers.',
    'higher',
    'proxy',
    (p) => p.carerKind === 'in_house_foster',
  ),
  placedCount(
    'ifa_foster',
    'Children placed with independent fostering agency carers',
    'Children looked after on the date placed with carers approved by an independent fostering agency.',
    'lower',
    'proxy',
    (p) => p.carerKind === 'ifa_foster',
  ),
  {
    id: 'placement_moves_less_cost',
    name: 'Placement moves to a less costly placement',
    group: 'proxy',
    definition:
      'Placement moves in the 12 months where the new weekly cost is lower than the previous one, as a percentage of moves where the cost changed (moves at the same cost are left out).',
    source: 'Local proxy indicator (Overview and Scrutiny Board, seed 002 para 167)',
    polarity: 'higher',
    unit: 'percent',
    timing: 'flow',
    numeratorCohort: 'Moves to a less costly placement',
    denominatorCohort: 'Moves where the weekly cost changed',
    breakdowns: CLA_BREAKDOWNS,
    count: (record, { date, from }) => {
      const moves: Array<{ item: Item; cheaper: boolean }> = []
      for (const [childId, placements] of record.placementsByChild) {
        for (let i = 1; i < placements.length; i++) {
          const previous = placements[i - 1]
          const next = placements[i]
          if (!previous || !next || next.periodId !== previous.periodId || !within(next.start, from, date))
            continue
          if (
            previous.weeklyCost === null ||
            next.weeklyCost === null ||
            previous.weeklyCost === next.weeklyCost
          )
            continue
          moves.push({
            item: eventItem(record, 'placement', next.id, childId, next.start),
            cheaper: next.weeklyCost < previous.weeklyCost,
          })
        }
      }
      const cheaper = new Set(moves.filter((m) => m.cheaper).map((m) => m.item.key))
      return share(
        moves.map((m) => m.item),
        (item) => cheaper.has(item.key),
      )
    },
  },
]

export const PRACTICE_INDICATORS: Indicator[] = [
  {
    id: 'cla_seen_6_weeks',
    name: 'Children looked after seen within 6 weeks',
    group: 'practice',
    definition:
      'Children looked after on the date who were seen by their social worker in the 6 weeks ending on the date, as a percentage of children looked after on the date.',
    source: 'Local practice measure (reg 28 minimum interval)',
    polarity: 'higher',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Children seen in the last 6 weeks',
    denominatorCohort: 'Children looked after on the date',
    breakdowns: CLA_BREAKDOWNS,
    count: (record, { date }) => {
      const last = lastSeenVisit(record, date, 'cla')
      const since = addDaysLocal(date, -42)
      return share(claItems(record, date), (item) => (last.get(item.childId ?? -1) ?? '') >= since)
    },
  },
  {
    id: 'monthly_oversight',
    name: 'Cases with management oversight in the last month',
    group: 'practice',
    definition:
      'Children open to children’s social care on the date (in need, on a plan or looked after) with a management oversight recorded in the month ending on the date, as a percentage of those children.',
    source: 'Local practice measure',
    polarity: 'higher',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Children with management oversight in the last month',
    denominatorCohort: 'Children open to social care on the date',
    breakdowns: CASE_BREAKDOWNS,
    count: (record, { date }) => {
      const since = addMonths(date, -1)
      const overseen = new Set(
        record.record.oversight.filter((o) => o.date > since && o.date <= date).map((o) => o.childId),
      )
      return share(openCases(record, date), (item) => overseen.has(item.childId ?? -1))
    },
  },
  {
    id: 'pep_6_months',
    name: 'Personal education plans within 6 months',
    group: 'practice',
    definition:
      'Children looked after on the date, aged 3 to 17, with a personal education plan dated in the 6 months ending on the date, as a percentage of those children.',
    source: 'Local practice measure (statutory guidance on PEPs)',
    polarity: 'higher',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Children with a PEP in the last 6 months',
    denominatorCohort: 'Children looked after aged 3 to 17',
    breakdowns: CLA_BREAKDOWNS,
    count: (record, { date }) => {
      const since = addMonths(date, -6)
      const withPep = new Set(
        record.record.peps.filter((p) => p.date > since && p.date <= date).map((p) => p.childId),
      )
      return share(
        claItems(record, date).filter((item) => (record.age(item.childId ?? -1, date) ?? -1) >= 3),
        (item) => withPep.has(item.childId ?? -1),
      )
    },
  },
  {
    id: 'early_help_caseload',
    name: 'Children open to early help',
    group: 'practice',
    definition:
      'Children with an early help episode open at the end of the date; broken down by team and worker it shows early help caseloads.',
    source: 'Local practice measure',
    polarity: 'contextual',
    unit: 'count',
    timing: 'stock',
    numeratorCohort: 'Children open to early help',
    denominatorCohort: 'None (a count)',
    breakdowns: ['ward', 'team', 'worker', 'age_band', 'sex', 'ethnicity', 'level_of_need'],
    count: (record, { date }) => only(earlyHelpItems(record, date)),
  },
  {
    id: 'early_help_rate',
    name: 'Children open to early help per 10,000 children',
    group: 'practice',
    definition:
      'Children with an early help episode open at the end of the date, per 10,000 children aged 0 to 17.',
    source: 'Local practice measure',
    polarity: 'contextual',
    unit: 'rate',
    timing: 'stock',
    numeratorCohort: 'Children open to early help',
    denominatorCohort: 'Children aged 0 to 17 (population)',
    breakdowns: ['ward', 'team', 'age_band', 'sex', 'ethnicity', 'level_of_need'],
    count: (record, { date }) => only(earlyHelpItems(record, date)),
  },
  placedCount(
    'placed_with_parents',
    'Children looked after placed with parents',
    'Children looked after on the date placed with their own parents or another person with parental responsibility (placement type P1).',
    'lower',
    'practice',
    (p) => p.type === 'P1',
  ),
  placedCount(
    'connected_carers',
    'Children looked after with connected carers',
    'Children looked after on the date placed with relatives or friends approved as foster carers (kinship care).',
    'contextual',
    'practice',
    (p) => p.carerKind === 'connected_carer' || CONNECTED_TYPES.has(p.type),
  ),
  {
    id: 'in_house_foster_share',
    name: 'Foster placements with in-house carers',
    group: 'practice',
    definition:
      'Children in foster placements with the council’s own carers, as a percentage of children in in-house or independent fostering agency placements on the date (connected carers left out).',
    source: 'Local practice measure (Corporate Parenting Board)',
    polarity: 'higher',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Children with in-house foster carers',
    denominatorCohort: 'Children with in-house or agency foster carers',
    breakdowns: CLA_BREAKDOWNS,
    count: (record, { date }) => {
      const fostered = claItems(record, date).filter((item) => {
        const p = record.placementOn(item.childId ?? -1, date)
        return (
          p !== undefined &&
          FOSTER_TYPES.has(p.type) &&
          (p.carerKind === 'in_house_foster' || p.carerKind === 'ifa_foster')
        )
      })
      return share(
        fostered,
        (item) => record.placementOn(item.childId ?? -1, date)?.carerKind === 'in_house_foster',
      )
    },
  },
  {
    id: 'cla_entries',
    name: 'Children starting to be looked after',
    group: 'practice',
    definition:
      'Children who started to be looked after in the 12 months ending on the date (each child once).',
    source: 'DfE children looked after statistics (count)',
    polarity: 'contextual',
    unit: 'count',
    timing: 'flow',
    numeratorCohort: 'Children starting to be looked after',
    denominatorCohort: 'None (a count)',
    breakdowns: CLA_BREAKDOWNS,
    benchmark: { measure: 'cla_started_during_year_count' },
    count: (record, { date, from }) => only(claStarts(record, from, date)),
  },
  {
    id: 'cla_exits',
    name: 'Children ceasing to be looked after',
    group: 'practice',
    definition:
      'Children who ceased to be looked after in the 12 months ending on the date (each child once).',
    source: 'DfE children looked after statistics (count)',
    polarity: 'contextual',
    unit: 'count',
    timing: 'flow',
    numeratorCohort: 'Children ceasing to be looked after',
    denominatorCohort: 'None (a count)',
    breakdowns: ['ward', 'team', 'age_band', 'sex', 'ethnicity'],
    benchmark: { measure: 'cla_ceased_during_year_count' },
    count: (record, { date, from }) => {
      const last = new Map<number, string>()
      for (const p of record.record.periods) {
        if (!within(p.end, from, date) || !record.countsAsLookedAfter(p)) continue
        const seen = last.get(p.childId)
        if (!seen || (p.end as string) > seen) last.set(p.childId, p.end as string)
      }
      return only(
        [...last].sort(([a], [b]) => a - b).map(([childId, end]) => childItem(record, childId, end)),
      )
    },
  },
  {
    id: 'cla_entries_exits_ratio',
    name: 'Entries to care for each exit',
    group: 'practice',
    definition:
      'Children starting to be looked after in the 12 months divided by children ceasing to be looked after in the same 12 months; below 1 means the care population is falling.',
    source: 'Local practice measure',
    polarity: 'lower',
    unit: 'ratio',
    timing: 'flow',
    numeratorCohort: 'Children starting to be looked after',
    denominatorCohort: 'Children ceasing to be looked after',
    breakdowns: ['age_band', 'sex', 'ethnicity'],
    count: (record, period) => {
      const exits = PRACTICE_INDICATORS.find((i) => i.id === 'cla_exits')
      return {
        numerator: claStarts(record, period.from, period.date),
        denominator: exits ? exits.count(record, period).numerator : [],
      }
    },
  },
  {
    id: 'missing_episodes',
    name: 'Missing episodes of children looked after',
    group: 'practice',
    definition:
      'Missing episodes (not “away from placement”) that started in the 12 months ending on the date.',
    source: 'SSDA903 Missing (count)',
    polarity: 'lower',
    unit: 'count',
    timing: 'flow',
    numeratorCohort: 'Missing episodes starting in the 12 months',
    denominatorCohort: 'None (a count)',
    breakdowns: CLA_BREAKDOWNS,
    count: (record, { date, from }) =>
      only(
        record.record.missing
          .filter((m) => m.kind === 'M' && within(m.start, from, date))
          .map((m, i) =>
            eventItem(record, 'missing', i, m.childId, m.start, {
              key: `missing:${m.childId}:${m.start}:${i}`,
            }),
          ),
      ),
  },
  {
    id: 'rhi_accepted',
    name: 'Return home interviews accepted',
    group: 'practice',
    definition:
      'Missing episodes ending in the 12 months after which a return home interview was accepted, as a percentage of missing episodes ending in the 12 months.',
    source: 'SSDA903 Missing; Ofsted Annex A list 8',
    polarity: 'higher',
    unit: 'percent',
    timing: 'flow',
    numeratorCohort: 'Episodes with a return interview accepted',
    denominatorCohort: 'Missing episodes ended in the 12 months',
    breakdowns: CLA_BREAKDOWNS,
    count: (record, { date, from }) => {
      const ended = record.record.missing.filter((m) => m.kind === 'M' && within(m.end, from, date))
      const items = ended.map((m, i) =>
        eventItem(record, 'missing', i, m.childId, m.end as string, {
          key: `missing:${m.childId}:${m.start}:${i}`,
        }),
      )
      const accepted = new Set(items.filter((_, i) => ended[i]?.rhiAccepted === true).map((it) => it.key))
      return share(items, (item) => accepted.has(item.key))
    },
  },
  {
    id: 'sw_change_12m',
    name: 'Children whose social worker changed in the year',
    group: 'practice',
    definition:
      'Children open to children’s social care on the date who had 2 or more different social workers in the 12 months ending on the date, as a percentage of those children.',
    source: 'Local practice measure',
    polarity: 'lower',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Children with a change of social worker',
    denominatorCohort: 'Children open to social care on the date',
    breakdowns: CASE_BREAKDOWNS,
    count: (record, { date, from }) =>
      share(
        openCases(record, date),
        (item) => distinctSocialWorkers(record, item.childId ?? -1, from, date) >= 2,
      ),
  },
  {
    id: 'cla_cp_ratio',
    name: 'Children looked after for each child on a protection plan',
    group: 'practice',
    definition:
      'Children looked after on the date divided by children on a child protection plan on the date.',
    source: 'Local practice measure (Children and Young People’s Social Care and Services Scrutiny Panel)',
    polarity: 'contextual',
    unit: 'ratio',
    timing: 'stock',
    numeratorCohort: 'Children looked after on the date',
    denominatorCohort: 'Children on a child protection plan on the date',
    breakdowns: ['ward', 'age_band', 'sex', 'ethnicity'],
    count: (record, { date }) => ({
      numerator: claItems(record, date),
      denominator: [...new Set(record.onPlanOn(date).map((p) => p.childId))]
        .sort((a, b) => a - b)
        .map((id) => childItem(record, id, date)),
    }),
  },
]

function earlyHelpItems(record: RecordIndex, date: IsoDate): Item[] {
  return record.memo(`ehItems|${date}`, () => earlyHelpItemsUncached(record, date))
}

function earlyHelpItemsUncached(record: RecordIndex, date: IsoDate): Item[] {
  const byChild = new Map<number, Item>()
  for (const e of record.record.earlyHelp) {
    if (!openOn(e, date) || !record.isChild(e.childId, date) || byChild.has(e.childId)) continue
    byChild.set(e.childId, childItem(record, e.childId, date, { workerId: e.workerId, teamId: e.teamId }))
  }
  return [...byChild.values()].sort((a, b) => (a.childId ?? 0) - (b.childId ?? 0))
}

function addDaysLocal(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}
