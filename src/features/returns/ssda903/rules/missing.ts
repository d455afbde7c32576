// Missing from care and away without authorisation (ssda903-fields.md §12).
import type { IsoDate } from '../../../../platform/time/dates.ts'
import type { EpisodeRef, RuleContext, RowRef } from '../context.ts'
import { MISSING_TYPE } from '../codes.ts'
import { defineRule, hit, type Rule } from '../rule.ts'
import { codeRule, dateOf, dateRule, finalCeasedEpisode, isBlank, isFilled, oneOf, rowsWhere, value } from './helpers.ts'

/** The child's missing periods with a valid start, oldest first. */
function periodsMissing(context: RuleContext, child: string): RowRef[] {
  return context.current
    .childRows('Missing', child)
    .filter((ref) => dateOf(ref.row, 'MIS_START') !== null)
    .sort((a, b) => ((dateOf(a.row, 'MIS_START') as string) < (dateOf(b.row, 'MIS_START') as string) ? -1 : 1))
}

/** Still missing on a day: started on or before it and not back before it. */
function missingOn(ref: RowRef, day: IsoDate): boolean {
  const start = dateOf(ref.row, 'MIS_START')
  const end = dateOf(ref.row, 'MIS_END')
  return start !== null && start <= day && (isBlank(ref.row, 'MIS_END') || (end !== null && end > day))
}

/** The episode in force on a day. */
function episodeOn(context: RuleContext, child: string, day: IsoDate): EpisodeRef | undefined {
  return context.current.episodes(child).find((e) => e.decom !== null && e.decom <= day && (e.row.DEC === '' || (e.dec !== null && e.dec > day)))
}

export const missingRules: Rule[] = [
  dateRule({
    code: '1004',
    message: 'The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.',
    table: 'Missing',
    field: 'MIS_START',
  }),
  dateRule({
    code: '1005',
    message: 'The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.',
    table: 'Missing',
    field: 'MIS_END',
  }),
  codeRule({ code: '1006', message: 'Missing type invalid.', table: 'Missing', field: 'MISSING', codes: MISSING_TYPE }),
  defineRule({
    code: '564',
    message: 'Child was missing or away from placement without authorisation and the date started is blank.',
    tables: ['Missing'],
    fields: ['MISSING', 'MIS_START'],
    check: (context) => rowsWhere(context, 'Missing', (row) => isFilled(row, 'MISSING') && isBlank(row, 'MIS_START')),
  }),
  defineRule({
    code: '565',
    message:
      'The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.',
    tables: ['Missing'],
    fields: ['MISSING', 'MIS_START'],
    check: (context) => rowsWhere(context, 'Missing', (row) => isFilled(row, 'MIS_START') && isBlank(row, 'MISSING')),
  }),
  defineRule({
    code: '566',
    message:
      "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.",
    tables: ['Missing'],
    fields: ['MISSING', 'MIS_END'],
    check: (context) => rowsWhere(context, 'Missing', (row) => isFilled(row, 'MIS_END') && isBlank(row, 'MISSING')),
  }),
  defineRule({
    code: '567',
    message: 'The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.',
    tables: ['Missing'],
    fields: ['MIS_START', 'MIS_END'],
    check: (context) =>
      rowsWhere(context, 'Missing', (row) => {
        const start = dateOf(row, 'MIS_START')
        const end = dateOf(row, 'MIS_END')
        return start !== null && end !== null && end < start
      }),
  }),
  defineRule({
    code: '570',
    message: 'The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.',
    tables: ['Missing'],
    fields: ['MIS_START'],
    check: (context) => rowsWhere(context, 'Missing', (row) => (dateOf(row, 'MIS_START') ?? '') > context.end),
  }),
  defineRule({
    code: '571',
    message: 'The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.',
    tables: ['Missing'],
    fields: ['MIS_END'],
    check: (context) =>
      rowsWhere(context, 'Missing', (row) => {
        const end = dateOf(row, 'MIS_END')
        return end !== null && (end < context.start || end > context.end)
      }),
  }),
  defineRule({
    code: '574',
    message:
      'A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.',
    tables: ['Missing'],
    fields: ['MIS_START', 'MIS_END'],
    *check(context) {
      for (const child of context.current.children('Missing')) {
        const periods = periodsMissing(context, child)
        for (let i = 1; i < periods.length; i++) {
          const earlier = periods[i - 1] as RowRef
          const later = periods[i] as RowRef
          const end = dateOf(earlier.row, 'MIS_END')
          if (isBlank(earlier.row, 'MIS_END') || (end !== null && (dateOf(later.row, 'MIS_START') as string) < end)) yield hit('Missing', later)
        }
      }
    },
  }),
  defineRule({
    // The placement ends when the episode ends other than by a change of legal status only.
    code: '575',
    message:
      'If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.',
    tables: ['Missing', 'Episodes'],
    fields: ['MIS_END'],
    *check(context) {
      for (const ref of context.current.refs('Missing')) {
        const child = value(ref.row, 'CHILD')
        const start = dateOf(ref.row, 'MIS_START')
        if (start === null || isFilled(ref.row, 'MIS_END')) continue
        const episodes = context.current.episodes(child)
        const from = episodeOn(context, child, start)
        if (!from || from.dec === null) continue
        const next = episodes[episodes.indexOf(from) + 1]
        const placementEnded = value(from.row, 'REC') !== 'X1' || (next !== undefined && oneOf(next.row, 'RNE', ['P', 'B', 'T', 'U']))
        if (placementEnded) yield hit('Missing', ref)
      }
    },
  }),
  defineRule({
    code: '576',
    message: 'There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.',
    tables: ['Missing'],
    fields: ['CHILD'],
    needsPrevious: true,
    *check(context) {
      const previous = context.previous
      if (!previous) return
      for (const before of previous.refs('Missing')) {
        if (isFilled(before.row, 'MIS_END') || isBlank(before.row, 'MIS_START')) continue
        const child = value(before.row, 'CHILD')
        if (!context.current.childRows('Missing', child).some((ref) => value(ref.row, 'MIS_START') === value(before.row, 'MIS_START'))) {
          yield { table: 'Missing', row: null, child }
        }
      }
    },
  }),
  defineRule({
    code: '577',
    message: 'Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.',
    tables: ['Missing', 'Episodes'],
    fields: ['MIS_END'],
    *check(context) {
      for (const ref of context.current.refs('Missing')) {
        const ceased = finalCeasedEpisode(context, value(ref.row, 'CHILD'))?.dec ?? null
        const start = dateOf(ref.row, 'MIS_START')
        if (ceased !== null && start !== null && start <= ceased && isBlank(ref.row, 'MIS_END')) yield hit('Missing', ref)
      }
    },
  }),
  defineRule({
    code: '578',
    message: 'The date that the child started to be missing is after the child ceased to be looked after.',
    tables: ['Missing', 'Episodes'],
    fields: ['MIS_START'],
    check: (context) =>
      rowsWhere(context, 'Missing', (row) => {
        const ceased = finalCeasedEpisode(context, value(row, 'CHILD'))?.dec ?? null
        const start = dateOf(row, 'MIS_START')
        return ceased !== null && start !== null && start > ceased
      }),
  }),
  defineRule({
    code: '580',
    message: 'Child is missing when cease being looked after but reason episode ceased not ‘E8’.',
    tables: ['Episodes', 'Missing'],
    fields: ['REC'],
    *check(context) {
      for (const child of context.current.children('Missing')) {
        const final = finalCeasedEpisode(context, child)
        if (!final || final.dec === null || value(final.row, 'REC') === 'E8') continue
        if (context.current.childRows('Missing', child).some((ref) => missingOn(ref, final.dec as IsoDate))) yield hit('Episodes', final)
      }
    },
  }),
  defineRule({
    code: '581',
    message: 'Child is missing but has not yet started to be looked after.',
    tables: ['Missing', 'Episodes'],
    fields: ['MIS_START'],
    check: (context) =>
      rowsWhere(context, 'Missing', (row) => {
        const first = context.current.episodes(value(row, 'CHILD'))[0]?.decom ?? null
        const start = dateOf(row, 'MIS_START')
        return first !== null && start !== null && start < first
      }),
  }),
  defineRule({
    code: '586',
    message: 'Dates of missing periods are before child’s date of birth.',
    tables: ['Missing', 'Header'],
    fields: ['MIS_START'],
    check: (context) =>
      rowsWhere(context, 'Missing', (row) => {
        const dob = context.current.dob(value(row, 'CHILD'))
        const start = dateOf(row, 'MIS_START')
        return dob !== null && start !== null && start < dob
      }),
  }),
]
