// Deprivation of liberty orders, from 2026/27 (ssda903-fields.md §12b; DfE rules 700–710).
import type { IsoDate } from '../../../../platform/time/dates.ts'
import type { RuleContext, RowRef } from '../context.ts'
import { defineRule, hit, type Rule } from '../rule.ts'
import { dateOf, dateRule, finalCeasedEpisode, isBlank, oneOf, rowsWhere, value } from './helpers.ts'

const DOLO_YEARS = { from: 2027, to: 2027 }

function orders(context: RuleContext, child: string): RowRef[] {
  return context.current
    .childRows('DoLO', child)
    .filter((ref) => dateOf(ref.row, 'DOLO_START') !== null)
    .sort((a, b) => ((dateOf(a.row, 'DOLO_START') as string) < (dateOf(b.row, 'DOLO_START') as string) ? -1 : 1))
}

/** Episodes overlapping an order that has both dates. */
function* episodesDuringOrders(context: RuleContext): Generator<[RowRef, RowRef]> {
  for (const order of context.current.refs('DoLO')) {
    const start = dateOf(order.row, 'DOLO_START')
    const end = dateOf(order.row, 'DOLO_END')
    if (start === null || end === null) continue
    for (const episode of context.current.episodes(value(order.row, 'CHILD'))) {
      if (episode.decom !== null && episode.decom <= end && (episode.dec === null ? isBlank(episode.row, 'DEC') : episode.dec >= start)) yield [order, episode]
    }
  }
}

export const doloRules: Rule[] = [
  dateRule({ code: '700', message: 'The start date of the DoLO is not a valid date.', table: 'DoLO', field: 'DOLO_START', required: true, years: DOLO_YEARS }),
  dateRule({ code: '701', message: 'The end date of the DoLO is not a valid date.', table: 'DoLO', field: 'DOLO_END', years: DOLO_YEARS }),
  defineRule({
    code: '702',
    message: 'The date that the DoLO ended is before the date that it started.',
    tables: ['DoLO'],
    fields: ['DOLO_START', 'DOLO_END'],
    years: DOLO_YEARS,
    check: (context) =>
      rowsWhere(context, 'DoLO', (row) => {
        const start = dateOf(row, 'DOLO_START')
        const end = dateOf(row, 'DOLO_END')
        return start !== null && end !== null && end <= start
      }),
  }),
  defineRule({
    code: '703',
    message: 'The date that the DoLO started is after the end of the collection year.',
    tables: ['DoLO'],
    fields: ['DOLO_START'],
    years: DOLO_YEARS,
    check: (context) => rowsWhere(context, 'DoLO', (row) => (dateOf(row, 'DOLO_START') ?? '') > context.end),
  }),
  defineRule({
    code: '704',
    message: 'The date that the DoLO ended is before the start or after the end of the collection year.',
    tables: ['DoLO'],
    fields: ['DOLO_END'],
    years: DOLO_YEARS,
    check: (context) =>
      rowsWhere(context, 'DoLO', (row) => {
        const end = dateOf(row, 'DOLO_END')
        return end !== null && (end < context.start || end > context.end)
      }),
  }),
  defineRule({
    code: '705',
    message: 'A DoLO cannot start when the previous DoLO is still open.',
    tables: ['DoLO'],
    fields: ['DOLO_START', 'DOLO_END'],
    years: DOLO_YEARS,
    *check(context) {
      for (const child of context.current.children('DoLO')) {
        const list = orders(context, child)
        for (let i = 1; i < list.length; i++) {
          const earlier = list[i - 1] as RowRef
          const end = dateOf(earlier.row, 'DOLO_END')
          if (end === null || (dateOf((list[i] as RowRef).row, 'DOLO_START') as IsoDate) < end) yield hit('DoLO', list[i] as RowRef)
        }
      }
    },
  }),
  defineRule({
    code: '706',
    message: 'There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year.',
    tables: ['DoLO'],
    fields: ['DOLO_START'],
    years: DOLO_YEARS,
    needsPrevious: true,
    *check(context) {
      for (const before of context.previous?.refs('DoLO') ?? []) {
        if (!isBlank(before.row, 'DOLO_END')) continue
        const child = value(before.row, 'CHILD')
        if (!context.current.childRows('DoLO', child).some((ref) => value(ref.row, 'DOLO_START') === value(before.row, 'DOLO_START'))) {
          yield { table: 'DoLO', row: null, child }
        }
      }
    },
  }),
  defineRule({
    code: '707',
    message: 'Child ceased to be looked after but there is a DoLO without an end date.',
    tables: ['DoLO', 'Episodes'],
    fields: ['DOLO_END'],
    years: DOLO_YEARS,
    check: (context) =>
      rowsWhere(context, 'DoLO', (row) => {
        const ceased = finalCeasedEpisode(context, value(row, 'CHILD'))?.dec ?? null
        const start = dateOf(row, 'DOLO_START')
        return ceased !== null && start !== null && start <= ceased && isBlank(row, 'DOLO_END')
      }),
  }),
  defineRule({
    code: '708',
    message: 'Dates of DoLOs are before child’s date of birth.',
    tables: ['DoLO', 'Header'],
    fields: ['DOLO_START'],
    years: DOLO_YEARS,
    check: (context) =>
      rowsWhere(context, 'DoLO', (row) => {
        const dob = context.current.dob(value(row, 'CHILD'))
        const start = dateOf(row, 'DOLO_START')
        return dob !== null && start !== null && start <= dob
      }),
  }),
  defineRule({
    code: '709',
    message: 'Child with a DoLO is in an unexpected placement type.',
    tables: ['DoLO', 'Episodes'],
    fields: ['DOLO_START', 'PLACE'],
    years: DOLO_YEARS,
    *check(context) {
      const reported = new Set<number>()
      for (const [order, episode] of episodesDuringOrders(context)) {
        if (!oneOf(episode.row, 'PLACE', ['K2', 'Z12', 'Z13']) && !reported.has(order.index)) {
          reported.add(order.index)
          yield hit('DoLO', order)
        }
      }
    },
  }),
  defineRule({
    code: '710',
    message: "Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.",
    tables: ['DoLO', 'Episodes'],
    fields: ['DOLO_START', 'PLACE'],
    years: DOLO_YEARS,
    *check(context) {
      for (const [, episode] of episodesDuringOrders(context)) if (oneOf(episode.row, 'PLACE', ['K1', 'P1', 'R5', 'K3'])) yield hit('Episodes', episode)
    },
  }),
]
