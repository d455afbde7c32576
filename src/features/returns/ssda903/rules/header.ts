// Header rules that read the Header table alone (and UASC membership for 231).
// Codes and messages: DfE 903 validation rules 2023/24–2026/27 (ssda903-fields.md §2, §13.1–13.3).
import { addYears } from '../../../../platform/time/dates.ts'
import { ETHNIC, UPN_UNKNOWN, YES_NO, isFemale, isMale, sexCodes } from '../codes.ts'
import { defineRule, type Rule } from '../rule.ts'
import { codeRule, dateOf, dateRule, isBlank, isFilled, rowsWhere, value } from './helpers.ts'

/** A letter other than I, O or S, then 12 digits, or 11 digits and a letter (DfE UPN format). */
const UPN = /^[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]$/

export const headerRules: Rule[] = [
  codeRule({ code: '101', message: 'Gender code is not valid.', table: 'Header', field: 'SEX', codes: sexCodes, required: true }),
  dateRule({ code: '102', message: 'Date of birth is not a valid date.', table: 'Header', field: 'DOB', required: true }),
  codeRule({ code: '103', message: 'The ethnicity code is either not valid or has not been entered.', table: 'Header', field: 'ETHNIC', codes: ETHNIC, required: true }),
  defineRule({
    code: '168',
    message: 'Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.',
    tables: ['Header'],
    fields: ['UPN'],
    check: (context) => rowsWhere(context, 'Header', (row) => isFilled(row, 'UPN') && !UPN.test(value(row, 'UPN')) && !UPN_UNKNOWN.includes(value(row, 'UPN'))),
  }),
  // Wording: DfE rule 171 text; a blank MC_DOB is judged by rules 611 and 612.
  dateRule({ code: '171', message: "Date of birth of mother's child is not a valid date.", table: 'Header', field: 'MC_DOB' }),
  defineRule({
    code: '174',
    message: "Mother's child date of birth is recorded but sex shows that the child is a male.",
    tables: ['Header'],
    fields: ['SEX', 'MC_DOB'],
    check: (context) => rowsWhere(context, 'Header', (row) => isMale(value(row, 'SEX')) && isFilled(row, 'MC_DOB')),
  }),
  defineRule({
    // School age: the child turned 4 on or before 31 August of the year before the collection starts.
    code: '209',
    message: 'Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.',
    tables: ['Header'],
    fields: ['UPN', 'DOB'],
    *check(context) {
      const reference = `${Number(context.start.slice(0, 4)) - 1}-08-31`
      yield* rowsWhere(context, 'Header', (row) => {
        const dob = dateOf(row, 'DOB')
        return value(row, 'UPN') === 'UN1' && dob !== null && addYears(dob, 4) <= reference
      })
    },
  }),
  defineRule({
    code: '231',
    message:
      'We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.',
    tables: ['Header', 'UASC'],
    fields: ['DOB'],
    years: { from: 2025, to: 2027 },
    *check(context) {
      const under11 = addYears(context.end, -11)
      yield* rowsWhere(context, 'Header', (row) => {
        const dob = dateOf(row, 'DOB')
        return dob !== null && dob > under11 && context.current.childRows('UASC', value(row, 'CHILD')).length > 0
      })
    },
  }),
  defineRule({
    code: '232',
    message: 'Sex of the child/young person has been reported as unknown.',
    tables: ['Header'],
    fields: ['SEX'],
    years: { from: 2025, to: 2027 },
    check: (context) => rowsWhere(context, 'Header', (row) => value(row, 'SEX') === 'U'),
  }),
  defineRule({
    code: '301',
    message: 'Date of birth falls after the year ended.',
    tables: ['Header'],
    fields: ['DOB'],
    check: (context) => rowsWhere(context, 'Header', (row) => (dateOf(row, 'DOB') ?? '') > context.end),
  }),
  defineRule({
    code: '351',
    message: 'Child was over 25 at the start of the current collection year.',
    tables: ['Header'],
    fields: ['DOB'],
    *check(context) {
      const limit = addYears(context.start, -25)
      yield* rowsWhere(context, 'Header', (row) => {
        const dob = dateOf(row, 'DOB')
        return dob !== null && dob < limit
      })
    },
  }),
  defineRule({
    code: '444',
    message: 'Duplicate UPN has been reported',
    tables: ['Header'],
    fields: ['UPN'],
    years: { from: 2026, to: 2027 },
    *check(context) {
      const counts = new Map<string, number>()
      for (const row of context.current.rows('Header')) {
        const upn = value(row, 'UPN')
        if (upn !== '' && !UPN_UNKNOWN.includes(upn)) counts.set(upn, (counts.get(upn) ?? 0) + 1)
      }
      yield* rowsWhere(context, 'Header', (row) => (counts.get(value(row, 'UPN')) ?? 0) > 1)
    },
  }),
  // Wording: DfE 165 also covers MOTHER against OC3 items; here only the value itself is checked.
  codeRule({ code: '165', message: 'Data entry for mother status is invalid.', table: 'Header', field: 'MOTHER', codes: YES_NO }),
  defineRule({
    code: '611',
    message: 'Date of birth field is blank, but child is a mother.',
    tables: ['Header'],
    fields: ['MOTHER', 'MC_DOB'],
    check: (context) => rowsWhere(context, 'Header', (row) => value(row, 'MOTHER') === '1' && isBlank(row, 'MC_DOB')),
  }),
  defineRule({
    code: '612',
    message: 'Date of birth field has been completed but mother field indicates child is not a mother.',
    tables: ['Header'],
    fields: ['SEX', 'MOTHER', 'MC_DOB'],
    check: (context) =>
      rowsWhere(context, 'Header', (row) => isFemale(value(row, 'SEX')) && value(row, 'MOTHER') !== '1' && isFilled(row, 'MC_DOB')),
  }),
  defineRule({
    code: '620',
    message: 'Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.',
    tables: ['Header'],
    fields: ['DOB', 'MOTHER'],
    check: (context) =>
      rowsWhere(context, 'Header', (row) => {
        const dob = dateOf(row, 'DOB')
        return value(row, 'MOTHER') === '1' && dob !== null && addYears(dob, 11) > context.start
      }),
  }),
  defineRule({
    code: '621',
    message: 'Mother’s field has been completed but date of birth shows that the mother is younger than her child.',
    tables: ['Header'],
    fields: ['DOB', 'MC_DOB'],
    check: (context) =>
      rowsWhere(context, 'Header', (row) => {
        const dob = dateOf(row, 'DOB')
        const child = dateOf(row, 'MC_DOB')
        return dob !== null && child !== null && child <= dob
      }),
  }),
]
