// PrevPerm: the permanence arrangement a child had before this period of care (ssda903-fields.md §11).
import { LA_PERM, PREV_PERM } from '../codes.ts'
import { parsePartialDate } from '../dates.ts'
import { defineRule, hit, type Rule } from '../rule.ts'
import { childrenWith, codeRule, isBlank, isFilled, rowsWhere, value, withinYear } from './helpers.ts'

/** Previous permanence was introduced for periods of care starting on or after 1 April 2016. */
const PREVIOUS_PERMANENCE_FROM = '2016-04-01'

export const prevPermRules: Rule[] = [
  codeRule({ code: '631', message: 'Previous permanence option not a valid value.', table: 'PrevPerm', field: 'PREV_PERM', codes: PREV_PERM, required: true }),
  codeRule({
    code: '633',
    message: 'Local authority code where previous permanence option was arranged is not a valid value.',
    table: 'PrevPerm',
    field: 'LA_PERM',
    codes: LA_PERM,
  }),
  defineRule({
    code: '632',
    message: 'Date of previous permanence order not a valid value.',
    tables: ['PrevPerm', 'Episodes'],
    fields: ['DATE_PERM', 'DECOM'],
    check: (context) =>
      rowsWhere(context, 'PrevPerm', (row) => {
        if (isBlank(row, 'DATE_PERM')) return false
        const date = parsePartialDate(value(row, 'DATE_PERM'))
        if (date === null) return true
        const firstStart = context.current.episodes(value(row, 'CHILD'))[0]?.decom ?? null
        return date !== 'unknown' && firstStart !== null && date >= firstStart
      }),
  }),
  defineRule({
    code: '635',
    message: 'There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1',
    tables: ['PrevPerm'],
    fields: ['DATE_PERM', 'LA_PERM', 'PREV_PERM'],
    check: (context) => rowsWhere(context, 'PrevPerm', (row) => value(row, 'PREV_PERM') === 'Z1' && (isFilled(row, 'DATE_PERM') || isFilled(row, 'LA_PERM'))),
  }),
  defineRule({
    // ssda903-fields.md §11: LA_PERM and DATE_PERM are required unless PREV_PERM is Z1.
    code: 'SL030',
    message: 'Previous permanence is recorded but the local authority that arranged it, or the date of the order, is blank (use 999 or ZZ for parts not known).',
    tables: ['PrevPerm'],
    fields: ['PREV_PERM', 'LA_PERM', 'DATE_PERM'],
    check: (context) =>
      rowsWhere(context, 'PrevPerm', (row) => PREV_PERM.includes(value(row, 'PREV_PERM')) && value(row, 'PREV_PERM') !== 'Z1' && (isBlank(row, 'LA_PERM') || isBlank(row, 'DATE_PERM'))),
  }),
  defineRule({
    code: '630',
    message: 'Information on previous permanence option should be returned.',
    tables: ['Episodes', 'PrevPerm'],
    fields: ['RNE'],
    *check(context) {
      for (const child of childrenWith(context, 'RNE', ['S'])) {
        const started = context.current.episodes(child).find((e) => value(e.row, 'RNE') === 'S' && withinYear(context, e.decom) && (e.decom as string) >= PREVIOUS_PERMANENCE_FROM)
        if (started && !context.current.childRows('PrevPerm', child).some((ref) => isFilled(ref.row, 'PREV_PERM'))) yield hit('Episodes', started)
      }
    },
  }),
  defineRule({
    code: '634',
    message: 'There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.',
    tables: ['PrevPerm', 'Episodes'],
    fields: ['DATE_PERM', 'DECOM', 'LA_PERM', 'PREV_PERM'],
    check: (context) =>
      rowsWhere(context, 'PrevPerm', (row) => {
        if (['PREV_PERM', 'LA_PERM', 'DATE_PERM'].every((field) => isBlank(row, field))) return false
        const episodes = context.current.episodes(value(row, 'CHILD'))
        return episodes.length > 0 && !episodes.some((e) => value(e.row, 'RNE') === 'S' && e.decom !== null && e.decom >= PREVIOUS_PERMANENCE_FROM)
      }),
  }),
]
