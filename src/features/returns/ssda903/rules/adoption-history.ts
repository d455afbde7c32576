// Decisions to place for adoption compared with last year's return: a decision carries over
// from year to year with the same date until it is reversed (ssda903-fields.md §10).
import type { ReturnIndex, RowRef } from '../context.ts'
import { defineRule, hit, type Rule } from '../rule.ts'
import { dateOf, isBlank, isFilled, value } from './helpers.ts'

const sameDecision = (a: RowRef, b: RowRef) => value(a.row, 'DATE_PLACED') === value(b.row, 'DATE_PLACED')
const lastYear = (previous: ReturnIndex, child: string) => previous.childRows('PlacedAdoption', child)

export const adoptionHistoryRules: Rule[] = [
  defineRule({
    code: '559',
    message:
      'Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.',
    tables: ['PlacedAdoption'],
    fields: ['DATE_PLACED'],
    needsPrevious: true,
    *check(context) {
      const previous = context.previous
      if (!previous) return
      for (const ref of context.current.refs('PlacedAdoption')) {
        const child = value(ref.row, 'CHILD')
        const placed = dateOf(ref.row, 'DATE_PLACED')
        if (placed === null || placed >= context.start || !previous.header(child)) continue
        if (!lastYear(previous, child).some((before) => sameDecision(before, ref))) yield hit('PlacedAdoption', ref)
      }
    },
  }),
  defineRule({
    code: '560',
    message:
      'Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.',
    tables: ['PlacedAdoption'],
    fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    needsPrevious: true,
    *check(context) {
      const previous = context.previous
      if (!previous) return
      for (const child of context.current.children('PlacedAdoption')) {
        const open = lastYear(previous, child).filter((before) => isBlank(before.row, 'DATE_PLACED_CEASED') && isFilled(before.row, 'DATE_PLACED'))
        const now = context.current.childRows('PlacedAdoption', child)
        for (const before of open) {
          if (!now.some((ref) => sameDecision(before, ref))) for (const ref of now) yield hit('PlacedAdoption', ref)
        }
      }
    },
  }),
  defineRule({
    code: '561',
    message:
      'Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.',
    tables: ['PlacedAdoption'],
    fields: ['DATE_PLACED'],
    needsPrevious: true,
    *check(context) {
      const previous = context.previous
      if (!previous) return
      for (const ref of context.current.refs('PlacedAdoption')) {
        const reversed = lastYear(previous, value(ref.row, 'CHILD')).some((before) => sameDecision(before, ref) && isFilled(before.row, 'DATE_PLACED_CEASED'))
        if (reversed && isFilled(ref.row, 'DATE_PLACED')) yield hit('PlacedAdoption', ref)
      }
    },
  }),
]
