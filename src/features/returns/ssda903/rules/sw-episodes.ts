// Social worker episodes, row by row (ssda903-fields.md §12a; DfE rules SW01–SW19, numbered
// with their stage suffix). SW_REASON is required for episodes starting on or after 1 April 2023.
import { SW_REASON } from '../codes.ts'
import { defineRule, type Rule } from '../rule.ts'
import { codeRule, dateOf, dateRule, isBlank, rowsWhere, value } from './helpers.ts'

export const SW_REPORTING_START = '2023-04-01'

export const swEpisodeRules: Rule[] = [
  defineRule({
    code: 'SW02STG1',
    message: 'Social worker ID does not begin with the characters ‘SW’ or ‘XX’.',
    tables: ['SWEpisodes'],
    fields: ['SW_ID'],
    // From 2025/26 the identifier must also be at least four characters long.
    check: (context) =>
      rowsWhere(context, 'SWEpisodes', (row) => {
        const id = value(row, 'SW_ID')
        return id !== '' && (!/^(SW|XX)/.test(id) || (context.year >= 2026 && id.length < 4))
      }),
  }),
  defineRule({
    code: 'SW03STG1',
    message: 'For each social worker episode, information should be complete.',
    tables: ['SWEpisodes'],
    fields: ['SW_DECOM', 'SW_ID', 'SW_REASON'],
    years: { from: 2024, to: 2024 },
    check: (context) =>
      rowsWhere(
        context,
        'SWEpisodes',
        (row) => isBlank(row, 'SW_ID') || isBlank(row, 'SW_DECOM') || (isBlank(row, 'SW_REASON') && (dateOf(row, 'SW_DECOM') ?? '') >= SW_REPORTING_START),
      ),
  }),
  defineRule({
    code: 'SW01aSTG1',
    message: 'For each social worker episode, information should be complete',
    tables: ['SWEpisodes'],
    fields: ['SW_DECOM', 'SW_ID'],
    years: { from: 2025, to: 2027 },
    check: (context) =>
      rowsWhere(context, 'SWEpisodes', (row) => {
        const start = dateOf(row, 'SW_DECOM')
        return start === null || (start < SW_REPORTING_START && isBlank(row, 'SW_ID'))
      }),
  }),
  defineRule({
    code: 'SW01bSTG1',
    message: 'For each social worker episode, information should be complete',
    tables: ['SWEpisodes'],
    fields: ['SW_DECOM', 'SW_ID', 'SW_REASON'],
    years: { from: 2025, to: 2027 },
    check: (context) =>
      rowsWhere(context, 'SWEpisodes', (row) => {
        const start = dateOf(row, 'SW_DECOM')
        return start === null || (start >= SW_REPORTING_START && (isBlank(row, 'SW_ID') || isBlank(row, 'SW_REASON')))
      }),
  }),
  dateRule({ code: 'SW04STG1', message: 'Date social worker episode began is not a valid date.', table: 'SWEpisodes', field: 'SW_DECOM', required: true }),
  // DfE publishes SW05's message with "began"; the rule reads SW_DEC, so we say "ceased".
  dateRule({ code: 'SW05STG1', message: 'Date social worker episode ceased is not a valid date.', table: 'SWEpisodes', field: 'SW_DEC' }),
  defineRule({
    code: 'SW06STG2',
    message: 'Social worker episode data should be within the social worker data reporting year.',
    tables: ['SWEpisodes'],
    fields: ['SW_DECOM'],
    check: (context) => rowsWhere(context, 'SWEpisodes', (row) => (dateOf(row, 'SW_DECOM') ?? '') > context.end),
  }),
  defineRule({
    // The reporting period for social worker data reaches back one year before the collection year.
    code: 'SW07STG2',
    message: 'Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.',
    tables: ['SWEpisodes'],
    fields: ['SW_DEC'],
    check: (context) =>
      rowsWhere(context, 'SWEpisodes', (row) => {
        const end = dateOf(row, 'SW_DEC')
        const reportingStart = `${Number(context.start.slice(0, 4)) - 1}${context.start.slice(4)}`
        return end !== null && (end < reportingStart || end > context.end)
      }),
  }),
  defineRule({
    code: 'SW09STG2',
    message: 'Social worker episode appears to have lasted for less than 24 hours.',
    tables: ['SWEpisodes'],
    fields: ['SW_DECOM', 'SW_DEC'],
    check: (context) => rowsWhere(context, 'SWEpisodes', (row) => dateOf(row, 'SW_DEC') !== null && dateOf(row, 'SW_DEC') === dateOf(row, 'SW_DECOM')),
  }),
  codeRule({
    code: 'SW13STG1',
    message: 'The reason for social worker change is either not valid or has not been entered.',
    table: 'SWEpisodes',
    field: 'SW_REASON',
    codes: SW_REASON,
  }),
  defineRule({
    code: 'SW15STG2',
    message: 'Reason for social worker change is missing.',
    tables: ['SWEpisodes'],
    fields: ['SW_REASON'],
    check: (context) => rowsWhere(context, 'SWEpisodes', (row) => isBlank(row, 'SW_REASON') && (dateOf(row, 'SW_DECOM') ?? '') >= SW_REPORTING_START),
  }),
  defineRule({
    code: 'SW18STG2',
    message: 'The end date of the social worker episode is before the start date',
    tables: ['SWEpisodes'],
    fields: ['SW_DEC', 'SW_DECOM'],
    years: { from: 2026, to: 2027 },
    check: (context) =>
      rowsWhere(context, 'SWEpisodes', (row) => {
        const start = dateOf(row, 'SW_DECOM')
        const end = dateOf(row, 'SW_DEC')
        return start !== null && end !== null && end < start
      }),
  }),
]
