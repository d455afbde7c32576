// Reviews (ssda903-fields.md §5) and UASC (§6) rules.
import { birthday } from '../../../../platform/time/dates.ts'
import { REVIEW_CODE } from '../codes.ts'
import { defineRule, hit, type Rule } from '../rule.ts'
import { ageAt, codeRule, dateOf, dateRule, isFilled, rowsWhere, value } from './helpers.ts'

export const reviewRules: Rule[] = [
  dateRule({ code: '166', message: 'Date of review is invalid or blank.', table: 'Reviews', field: 'REVIEW', required: true }),
  codeRule({ code: '167', message: 'Data entry for participation is invalid or blank.', table: 'Reviews', field: 'REVIEW_CODE', codes: REVIEW_CODE, required: true }),
  defineRule({
    code: '440',
    message:
      'Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.',
    tables: ['Reviews', 'Header'],
    fields: ['DOB', 'REVIEW', 'REVIEW_CODE'],
    check: (context) =>
      rowsWhere(context, 'Reviews', (row) => value(row, 'REVIEW_CODE') === 'PN0' && (ageAt(context, value(row, 'CHILD'), dateOf(row, 'REVIEW')) ?? 0) >= 4),
  }),
  defineRule({
    code: '441',
    message:
      'Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.',
    tables: ['Reviews', 'Header'],
    fields: ['DOB', 'REVIEW', 'REVIEW_CODE'],
    check: (context) =>
      rowsWhere(
        context,
        'Reviews',
        (row) =>
          REVIEW_CODE.includes(value(row, 'REVIEW_CODE')) &&
          value(row, 'REVIEW_CODE') !== 'PN0' &&
          (ageAt(context, value(row, 'CHILD'), dateOf(row, 'REVIEW')) ?? 99) < 4,
      ),
  }),
  defineRule({
    code: 'SL020',
    message: 'Date of review is outside the collection year; the return holds only reviews held in the year.',
    tables: ['Reviews'],
    fields: ['REVIEW'],
    check: (context) =>
      rowsWhere(context, 'Reviews', (row) => {
        const review = dateOf(row, 'REVIEW')
        return review !== null && (review < context.start || review > context.end)
      }),
  }),
]

export const uascRules: Rule[] = [
  dateRule({ code: '104', message: 'Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.', table: 'UASC', field: 'DUC' }),
  defineRule({
    code: '304',
    message: 'Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.',
    tables: ['UASC', 'Header'],
    fields: ['DUC'],
    check: (context) =>
      rowsWhere(context, 'UASC', (row) => {
        const dob = context.current.dob(value(row, 'CHILD')) ?? dateOf(row, 'DOB')
        const ceased = dateOf(row, 'DUC')
        return dob !== null && ceased !== null && ceased > birthday(dob, 18)
      }),
  }),
  defineRule({
    // A child still UASC at the end of last year (no DUC, or a DUC after it) appears in this year's UASC table.
    code: '205A',
    message: 'Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.',
    tables: ['UASC', 'Header'],
    fields: ['CHILD', 'DUC'],
    needsPrevious: true,
    *check(context) {
      const previous = context.previous
      if (!previous) return
      const lastYearEnd = `${Number(context.end.slice(0, 4)) - 1}-03-31`
      for (const ref of context.current.refs('Header')) {
        const child = value(ref.row, 'CHILD')
        const before = previous.childRows('UASC', child)[0]
        if (!before || context.current.childRows('UASC', child).length > 0) continue
        const ceased = dateOf(before.row, 'DUC')
        if (ceased === null || ceased > lastYearEnd) yield hit('Header', ref, ['CHILD'])
      }
    },
  }),
  defineRule({
    code: '205B',
    message: 'Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.',
    tables: ['UASC'],
    fields: ['DUC'],
    needsPrevious: true,
    *check(context) {
      const previous = context.previous
      if (!previous) return
      for (const ref of context.current.refs('UASC')) {
        const before = previous.childRows('UASC', value(ref.row, 'CHILD'))[0]
        if (before && isFilled(before.row, 'DUC') && value(before.row, 'DUC') !== value(ref.row, 'DUC')) yield hit('UASC', ref)
      }
    },
  }),
  defineRule({
    // A child is UASC on arrival; one in last year's return without UASC data cannot have become UASC since.
    code: '205D',
    message: 'Child identified as UASC this year but not identified as UASC status provided for the child last year.',
    tables: ['UASC'],
    fields: ['CHILD'],
    needsPrevious: true,
    *check(context) {
      const previous = context.previous
      if (!previous) return
      for (const ref of context.current.refs('UASC')) {
        const child = value(ref.row, 'CHILD')
        if (previous.header(child) && previous.childRows('UASC', child).length === 0) yield hit('UASC', ref)
      }
    },
  }),
]
