// Header compared with last year's return (sightline validate 903 … --prev DIR). The child's
// identifier is stable across years, so rows are matched on CHILD (ssda903-fields.md §1).
import type { RuleContext } from '../context.ts'
import { UPN_UNKNOWN } from '../codes.ts'
import type { Row } from '../return-data.ts'
import { defineRule, hit, type Rule, type RuleHit } from '../rule.ts'
import { dateOf, isFilled, value } from './helpers.ts'

/** SEX moved from 1/2 to M/F in 2024/25; compare like with like. */
const normalisedSex = (sex: string): string => (sex === '1' ? 'M' : sex === '2' ? 'F' : sex)

/** Yields this year's Header rows whose child was in last year's Header and for which `differs` holds. */
function* againstLastYear(context: RuleContext, differs: (now: Row, before: Row) => boolean): Generator<RuleHit> {
  const previous = context.previous
  if (!previous) return
  for (const ref of context.current.refs('Header')) {
    const before = previous.header(value(ref.row, 'CHILD'))
    if (before && differs(ref.row, before.row)) yield hit('Header', ref)
  }
}

const bothFilledAndDifferent = (field: string) => (now: Row, before: Row) =>
  isFilled(now, field) && isFilled(before, field) && value(now, field) !== value(before, field)

export const headerHistoryRules: Rule[] = [
  defineRule({
    code: '202',
    message: 'The gender code conflicts with the gender already recorded for this child.',
    tables: ['Header'],
    fields: ['SEX'],
    needsPrevious: true,
    check: (context) => againstLastYear(context, (now, before) => normalisedSex(value(now, 'SEX')) !== normalisedSex(value(before, 'SEX'))),
  }),
  defineRule({
    code: '203',
    message: 'Date of birth disagrees with the date of birth already recorded for this child.',
    tables: ['Header'],
    fields: ['DOB'],
    needsPrevious: true,
    check: (context) => againstLastYear(context, bothFilledAndDifferent('DOB')),
  }),
  defineRule({
    // Assumption (exact DfE condition not to hand): a change away from NOBT "not yet obtained" is
    // expected; any other change is queried.
    code: '204',
    message: 'Ethnic origin code disagrees with the ethnic origin already recorded for this child.',
    tables: ['Header'],
    fields: ['ETHNIC'],
    needsPrevious: true,
    check: (context) => againstLastYear(context, (now, before) => value(before, 'ETHNIC') !== 'NOBT' && bothFilledAndDifferent('ETHNIC')(now, before)),
  }),
  defineRule({
    code: '207',
    message: 'Mother status for the current year disagrees with the mother status already recorded for this child.',
    tables: ['Header'],
    fields: ['MOTHER'],
    needsPrevious: true,
    check: (context) => againstLastYear(context, (now, before) => value(before, 'MOTHER') === '1' && value(now, 'MOTHER') === '0'),
  }),
  defineRule({
    code: '208',
    message: 'Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.',
    tables: ['Header'],
    fields: ['UPN'],
    needsPrevious: true,
    check: (context) =>
      againstLastYear(context, (now, before) => {
        const previous = value(before, 'UPN')
        return previous !== '' && !UPN_UNKNOWN.includes(previous) && value(now, 'UPN') !== previous
      }),
  }),
  defineRule({
    code: '624',
    message: 'Date of birth of the first child contradicts the date of birth of the first child previously recorded.',
    tables: ['Header'],
    fields: ['MC_DOB'],
    needsPrevious: true,
    check: (context) => againstLastYear(context, bothFilledAndDifferent('MC_DOB')),
  }),
  defineRule({
    code: '626',
    message:
      'Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.',
    tables: ['Header'],
    fields: ['MOTHER', 'MC_DOB'],
    needsPrevious: true,
    check: (context) =>
      againstLastYear(context, (now, before) => {
        const born = dateOf(now, 'MC_DOB')
        return value(now, 'MOTHER') === '1' && value(before, 'MOTHER') === '0' && born !== null && born < context.start
      }),
  }),
]
