// Social worker episodes as a sequence per child: no overlaps or gaps beyond seven days (except a
// first contact, FCONTA), an open episode at 31 March, the whole year covered for children looked
// after at 31 March, and continuity with last year's return (ssda903-fields.md §12a).
import { daysBetween, maxDate, type IsoDate } from '../../../../platform/time/dates.ts'
import type { ReturnIndex, RuleContext, RowRef } from '../context.ts'
import { defineRule, hit, type Rule, type RuleHit } from '../rule.ts'
import { childrenWith, dateOf, isBlank, isFilled, value } from './helpers.ts'

interface SwEpisode extends RowRef {
  start: IsoDate
  end: IsoDate | null
}

/** A child's social worker episodes with a valid start, in order (worked out once per child). */
function swEpisodes(index: ReturnIndex, child: string): SwEpisode[] {
  const known = index.memo('swEpisodes', () => new Map<string, SwEpisode[]>())
  let list = known.get(child)
  if (!list) {
    list = index
      .childRows('SWEpisodes', child)
      .map((ref) => ({ ...ref, start: dateOf(ref.row, 'SW_DECOM') as IsoDate, end: dateOf(ref.row, 'SW_DEC') }))
      .filter((e) => e.start !== null)
      .sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : (a.end ?? '9999') < (b.end ?? '9999') ? -1 : 1))
    known.set(child, list)
  }
  return list
}

/** Consecutive pairs of each child's social worker episodes. */
function* swPairs(context: RuleContext): Generator<[SwEpisode, SwEpisode]> {
  for (const child of context.current.children('SWEpisodes')) {
    const episodes = swEpisodes(context.current, child)
    for (let i = 1; i < episodes.length; i++) yield [episodes[i - 1] as SwEpisode, episodes[i] as SwEpisode]
  }
}

function pairRule(code: string, message: string, fields: string[], test: (earlier: SwEpisode, later: SwEpisode) => boolean, years?: Rule['years']): Rule {
  return defineRule({
    code,
    message,
    tables: ['SWEpisodes'],
    fields,
    ...(years ? { years } : {}),
    *check(context): Generator<RuleHit> {
      for (const [earlier, later] of swPairs(context)) if (test(earlier, later)) yield hit('SWEpisodes', later)
    },
  })
}

const isFirstContact = (e: SwEpisode) => value(e.row, 'SW_REASON') === 'FCONTA'

/** Last year's final episode when it was still open, with this year's first. */
function* openLastYear(context: RuleContext): Generator<[SwEpisode, SwEpisode]> {
  if (!context.previous) return
  for (const child of context.previous.children('SWEpisodes')) {
    const last = swEpisodes(context.previous, child).at(-1)
    const first = swEpisodes(context.current, child)[0]
    if (last && first && isBlank(last.row, 'SW_DEC')) yield [last, first]
  }
}

function continuityRule(code: string, field: string, message: string, years?: Rule['years']): Rule {
  return defineRule({
    code,
    message,
    tables: ['SWEpisodes'],
    fields: [field],
    needsPrevious: true,
    ...(years ? { years } : {}),
    *check(context): Generator<RuleHit> {
      for (const [last, first] of openLastYear(context)) if (value(last.row, field) !== value(first.row, field)) yield hit('SWEpisodes', first)
    },
  })
}

export const swEpisodeChainRules: Rule[] = [
  defineRule({
    code: 'SW01STG1',
    message: 'Child looked after on 31 March, but no social worker episode information is reported',
    tables: ['Episodes', 'SWEpisodes'],
    fields: ['DEC'],
    *check(context) {
      for (const child of childrenWith(context, 'DEC', [''])) {
        if (!context.lookedAfterAt31March(child)) continue
        const reported = context.current.childRows('SWEpisodes', child).some((ref) => isFilled(ref.row, 'SW_ID') && isFilled(ref.row, 'SW_DECOM'))
        const open = context.current.episodes(child).find((e) => isBlank(e.row, 'DEC'))
        if (!reported && open) yield hit('Episodes', open)
      }
    },
  }),
  pairRule('SW08STG2', 'A new social worker episode has started, but the previous episode has not ended.', ['SW_DEC'], (earlier) => earlier.end === null),
  pairRule(
    'SW10STG2',
    'A new social worker episode has started before the end date of the previous social worker episode.',
    ['SW_DECOM'],
    (earlier, later) => earlier.end !== null && later.start < earlier.end && !isFirstContact(later),
    { from: 2024, to: 2025 },
  ),
  pairRule(
    'SW10aSTG2',
    'A new social worker episode has started and it is not within +/- 7 days of a previous episode.',
    ['SW_DECOM'],
    (earlier, later) => earlier.end !== null && !isFirstContact(later) && Math.abs(daysBetween(earlier.end, later.start)) > 7,
    { from: 2026, to: 2027 },
  ),
  pairRule(
    'SW10bSTG2',
    'A new social worker episode has started with a reason of first contact before the previous episode has ended.',
    ['SW_DECOM', 'SW_REASON'],
    (earlier, later) => earlier.end !== null && isFirstContact(later) && later.start <= earlier.end,
    { from: 2026, to: 2027 },
  ),
  pairRule('SW19STG2', 'There are 2 social worker episodes for the child starting on the same date.', ['SW_DECOM', 'SW_DEC'], (earlier, later) => earlier.start === later.start, {
    from: 2026,
    to: 2027,
  }),
  defineRule({
    code: 'SW11STG2',
    message: 'Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.',
    tables: ['SWEpisodes', 'Episodes'],
    fields: ['SW_DEC'],
    years: { from: 2024, to: 2025 },
    *check(context) {
      for (const child of context.current.children('SWEpisodes')) {
        const last = swEpisodes(context.current, child).at(-1)
        if (last && last.end !== null && last.end < context.end && context.lookedAfterAt31March(child)) yield hit('SWEpisodes', last)
      }
    },
  }),
  defineRule({
    code: 'SW17STG2',
    message: 'There is no social worker episode open at 31 March',
    tables: ['SWEpisodes'],
    fields: ['SW_DEC'],
    years: { from: 2026, to: 2027 },
    *check(context) {
      for (const child of context.current.children('SWEpisodes')) {
        const last = swEpisodes(context.current, child).at(-1)
        if (last && isFilled(last.row, 'SW_DEC')) yield hit('SWEpisodes', last)
      }
    },
  }),
  defineRule({
    // Our reading of "the full previous year": from 1 April, or from the day this period of care began
    // when that is later, since earlier involvement may predate the child being known.
    code: 'SW12STG2',
    message:
      'If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after',
    tables: ['SWEpisodes', 'Episodes'],
    fields: ['SW_DECOM'],
    *check(context) {
      for (const child of childrenWith(context, 'DEC', [''])) {
        if (!context.lookedAfterAt31March(child)) continue
        const first = swEpisodes(context.current, child)[0]
        const periodStart = context.current.periods(child).at(-1)?.[0]?.decom ?? context.start
        if (first && first.start > maxDate(context.start, periodStart)) yield hit('SWEpisodes', first)
      }
    },
  }),
  continuityRule('SW16aSTG2', 'SW_ID', 'The social worker reason episode changed does not match the open episode at the end of last year.', { from: 2024, to: 2025 }),
  continuityRule('SW16bSTG2', 'SW_DECOM', 'The social worker episode start date does not match the open episode at the end of last year.'),
  continuityRule('SW16cSTG2', 'SW_REASON', 'The social worker reason episode changed does not match the open episode at the end of last year.', { from: 2024, to: 2025 }),
]
