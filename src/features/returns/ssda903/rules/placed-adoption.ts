// PlacedAdoption: decisions that a child should be placed for adoption, and their reversal
// (ssda903-fields.md §10), against episodes and last year's return.
import type { EpisodeRef, RuleContext, RowRef } from '../context.ts'
import { ADOPTED, ADOPTION_PLACEMENTS, REASON_PLACED_CEASED } from '../codes.ts'
import { defineRule, hit, type Rule, type RuleHit } from '../rule.ts'
import { childrenWith, codeRule, dateOf, dateRule, finalCeasedEpisode, isBlank, isFilled, oneOf, rowsWhere, value } from './helpers.ts'

/** The child's decisions with a valid DATE_PLACED, oldest first. */
function decisions(context: RuleContext, child: string): RowRef[] {
  const known = context.current.memo('decisions', () => new Map<string, RowRef[]>())
  let list = known.get(child)
  if (!list) {
    list = sortedDecisions(context, child)
    known.set(child, list)
  }
  return list
}

function sortedDecisions(context: RuleContext, child: string): RowRef[] {
  return context.current
    .childRows('PlacedAdoption', child)
    .filter((ref) => dateOf(ref.row, 'DATE_PLACED') !== null)
    .sort((a, b) => ((dateOf(a.row, 'DATE_PLACED') as string) < (dateOf(b.row, 'DATE_PLACED') as string) ? -1 : 1))
}

/** Episodes in which an order was made (legal status changed to it, or the period began with it). */
function* orderEpisodes(context: RuleContext, status: string): Generator<[EpisodeRef, string]> {
  for (const child of childrenWith(context, 'LS', [status])) {
    for (const episode of context.current.episodes(child)) {
      if (episode.decom !== null && value(episode.row, 'LS') === status && oneOf(episode.row, 'RNE', ['S', 'L', 'B', 'U'])) yield [episode, child]
    }
  }
}

/** DfE 553/555: an order with no decision recorded; 554/556: the decision after the order. */
function orderRules(status: 'E1' | 'D1', missingCode: string, missingMessage: string, afterCode: string, afterMessage: string): Rule[] {
  return [
    defineRule({
      code: missingCode,
      message: missingMessage,
      tables: ['Episodes', 'PlacedAdoption'],
      fields: ['LS', 'DATE_PLACED'],
      *check(context) {
        for (const child of childrenWith(context, 'LS', [status])) {
          const order = context.current.episodes(child).find((e) => value(e.row, 'LS') === status)
          if (order && decisions(context, child).length === 0) yield hit('Episodes', order)
        }
      },
    }),
    defineRule({
      code: afterCode,
      message: afterMessage,
      tables: ['Episodes', 'PlacedAdoption'],
      fields: ['DATE_PLACED', 'DECOM', 'LS'],
      *check(context): Generator<RuleHit> {
        for (const [episode, child] of orderEpisodes(context, status)) {
          const made = decisions(context, child)
          if (made.length > 0 && !made.some((d) => (dateOf(d.row, 'DATE_PLACED') as string) <= (episode.decom as string))) yield hit('Episodes', episode)
        }
      },
    }),
  ]
}

export const placedAdoptionRules: Rule[] = [
  dateRule({ code: '115', message: "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.", table: 'PlacedAdoption', field: 'DATE_PLACED' }),
  dateRule({
    code: '116',
    message: "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.",
    table: 'PlacedAdoption',
    field: 'DATE_PLACED_CEASED',
  }),
  codeRule({
    code: '120',
    message: 'The reason for the reversal of the decision that the child should be placed for adoption code is not valid.',
    table: 'PlacedAdoption',
    field: 'REASON_PLACED_CEASED',
    codes: REASON_PLACED_CEASED,
  }),
  defineRule({
    code: '119',
    message: 'If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.',
    tables: ['PlacedAdoption'],
    fields: ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
    check: (context) => rowsWhere(context, 'PlacedAdoption', (row) => isBlank(row, 'DATE_PLACED_CEASED') !== isBlank(row, 'REASON_PLACED_CEASED')),
  }),
  defineRule({
    code: '117',
    message:
      'Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.',
    tables: ['PlacedAdoption', 'Episodes'],
    fields: ['DATE_PLACED', 'DATE_PLACED_CEASED', 'DEC', 'REC'],
    check: (context) =>
      rowsWhere(context, 'PlacedAdoption', (row) => {
        const ceased = finalCeasedEpisode(context, value(row, 'CHILD'))?.dec ?? null
        return ['DATE_PLACED', 'DATE_PLACED_CEASED'].some((field) => {
          const date = dateOf(row, field)
          return date !== null && (date > context.end || (ceased !== null && date > ceased))
        })
      }),
  }),
  defineRule({
    code: '118',
    message:
      'Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.',
    tables: ['PlacedAdoption', 'Episodes'],
    fields: ['DATE_PLACED_CEASED', 'DECOM', 'LS'],
    check: (context) =>
      rowsWhere(context, 'PlacedAdoption', (row) => {
        const ceased = dateOf(row, 'DATE_PLACED_CEASED')
        const firstStart = context.current.episodes(value(row, 'CHILD'))[0]?.decom ?? null
        return ceased !== null && (ceased < context.start || (firstStart !== null && ceased < firstStart))
      }),
  }),
  defineRule({
    code: '184',
    message: 'Date of decision that a child should be placed for adoption is before the child was born.',
    tables: ['PlacedAdoption', 'Header'],
    fields: ['DATE_PLACED', 'DOB'],
    check: (context) =>
      rowsWhere(context, 'PlacedAdoption', (row) => {
        const dob = context.current.dob(value(row, 'CHILD'))
        const placed = dateOf(row, 'DATE_PLACED')
        return dob !== null && placed !== null && placed < dob
      }),
  }),
  defineRule({
    code: '551',
    message: 'Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.',
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED', 'PLACE'],
    *check(context) {
      for (const child of childrenWith(context, 'PLACE', ADOPTION_PLACEMENTS)) {
        const placement = context.current.episodes(child).find((e) => oneOf(e.row, 'PLACE', ADOPTION_PLACEMENTS))
        if (placement && decisions(context, child).length === 0) yield hit('Episodes', placement)
      }
    },
  }),
  defineRule({
    code: '552',
    message: 'Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.',
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED', 'DECOM'],
    *check(context) {
      for (const [current, child] of movesIntoAdoptionPlacement(context)) {
        const made = decisions(context, child)
        if (made.length > 0 && !made.some((d) => (dateOf(d.row, 'DATE_PLACED') as string) <= (current.decom as string))) yield hit('Episodes', current)
      }
    },
  }),
  ...orderRules(
    'E1',
    '553',
    'Placement order has been granted but there is no date of decision that the child should be placed for adoption.',
    '554',
    'Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted.',
  ),
  ...orderRules(
    'D1',
    '555',
    'Freeing order has been granted but there is no date of decision that the child should be placed for adoption.',
    '556',
    'Date of decision that the child should be placed for adoption should be on or prior to the date that the freeing order was granted.',
  ),
  defineRule({
    code: '557',
    message:
      'Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.',
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED', 'PLACE', 'LS', 'REC'],
    *check(context) {
      for (const child of new Set([...childrenWith(context, 'PLACE', ADOPTION_PLACEMENTS), ...childrenWith(context, 'LS', ['E1'])])) {
        const final = finalCeasedEpisode(context, child)
        if (!final || oneOf(final.row, 'REC', ADOPTED)) continue
        const wasOnAdoptionPath = context.current.episodes(child).some((e) => oneOf(e.row, 'PLACE', ADOPTION_PLACEMENTS) || value(e.row, 'LS') === 'E1')
        if (!wasOnAdoptionPath) continue
        const latest = decisions(context, child).at(-1)
        if (!latest) yield hit('Episodes', final)
        else if (isBlank(latest.row, 'DATE_PLACED_CEASED') || isBlank(latest.row, 'REASON_PLACED_CEASED')) yield hit('PlacedAdoption', latest)
      }
    },
  }),
  defineRule({
    code: '558',
    message:
      'If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.',
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED_CEASED', 'REC'],
    *check(context) {
      for (const child of childrenWith(context, 'REC', ADOPTED)) {
        const latest = decisions(context, child).at(-1)
        if (latest && isFilled(latest.row, 'DATE_PLACED_CEASED')) yield hit('PlacedAdoption', latest)
      }
    },
  }),
  defineRule({
    code: '563',
    message: 'The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank',
    tables: ['PlacedAdoption'],
    fields: ['DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
    check: (context) =>
      rowsWhere(context, 'PlacedAdoption', (row) => isBlank(row, 'DATE_PLACED') && (isFilled(row, 'DATE_PLACED_CEASED') || isFilled(row, 'REASON_PLACED_CEASED'))),
  }),
  defineRule({
    code: '579',
    message:
      'A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.',
    tables: ['PlacedAdoption'],
    fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    *check(context) {
      for (const child of context.current.children('PlacedAdoption')) {
        const made = decisions(context, child)
        for (let i = 1; i < made.length; i++) {
          const earlier = made[i - 1] as RowRef
          const later = made[i] as RowRef
          const ceased = dateOf(earlier.row, 'DATE_PLACED_CEASED')
          if (ceased === null || (dateOf(later.row, 'DATE_PLACED') as string) < ceased) yield hit('PlacedAdoption', later)
        }
      }
    },
  }),
  defineRule({
    code: '583',
    message:
      'More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.',
    tables: ['PlacedAdoption'],
    fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    *check(context) {
      for (const child of context.current.children('PlacedAdoption')) {
        const made = decisions(context, child)
        for (const earlier of made.slice(0, -1)) if (isBlank(earlier.row, 'DATE_PLACED_CEASED')) yield hit('PlacedAdoption', earlier)
      }
    },
  }),
  defineRule({
    code: '1003',
    message: "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.",
    tables: ['PlacedAdoption', 'Episodes'],
    fields: ['DATE_PLACED', 'DECOM', 'RNE'],
    *check(context) {
      for (const child of context.current.children('PlacedAdoption')) {
        const latest = decisions(context, child).at(-1)
        const start = context.current.periods(child).at(-1)?.[0]
        if (latest && start && value(start.row, 'RNE') === 'S' && (dateOf(latest.row, 'DATE_PLACED') as string) < (start.decom as string)) {
          yield hit('PlacedAdoption', latest)
        }
      }
    },
  }),
]

/** Episodes that move a child into an adoption placement (A3–A6) from something else. */
function* movesIntoAdoptionPlacement(context: RuleContext): Generator<[EpisodeRef, string]> {
  for (const child of childrenWith(context, 'PLACE', ADOPTION_PLACEMENTS)) {
    const episodes = context.current.episodes(child).filter((e) => e.decom !== null)
    for (let i = 0; i < episodes.length; i++) {
      const previous = episodes[i - 1] ?? null
      const current = episodes[i] as EpisodeRef
      if (oneOf(current.row, 'PLACE', ADOPTION_PLACEMENTS) && (previous === null || !oneOf(previous.row, 'PLACE', ADOPTION_PLACEMENTS))) {
        yield [current, child]
      }
    }
  }
}
