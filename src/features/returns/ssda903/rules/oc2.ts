// OC2: outcomes for children looked after continuously for 12 months at 31 March; who must and
// must not have them, and the SDQ (ssda903-fields.md §7).
import type { RuleContext } from '../context.ts'
import { SDQ_REASON, YES_NO } from '../codes.ts'
import type { Row } from '../return-data.ts'
import { defineRule, type Rule, type RuleHit } from '../rule.ts'
import { codeRule, isBlank, isFilled, rowsWhere, value } from './helpers.ts'

export const OC2_ITEMS = ['CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED']
/** The four items every child in the OC2 cohort must have. */
export const OC2_CORE = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE']

const child = (row: Row) => value(row, 'CHILD')

/** OC2 rows matching a test that also sees the child's birthdays. */
function oc2Where(context: RuleContext, test: (row: Row, birthday: (age: number) => string | null) => boolean, fields?: readonly string[]): Generator<RuleHit> {
  return rowsWhere(context, 'OC2', (row) => test(row, (age) => context.birthday(child(row), age)), fields)
}

const inYear = (context: RuleContext, date: string | null) => date !== null && date >= context.start && date <= context.end
// A young person whose 17th birthday is the first day of the year is 17 at its start, and rule 189
// forbids an SDQ for them; 197B asks for one only from the day after (else no return could pass both).
const turns17After = (context: RuleContext, date: string | null) => date !== null && date > context.start && date <= context.end

export const oc2Rules: Rule[] = [
  defineRule({
    code: '180',
    message: 'Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.',
    tables: ['OC2'],
    fields: ['SDQ_SCORE'],
    check: (context) =>
      rowsWhere(context, 'OC2', (row) => isFilled(row, 'SDQ_SCORE') && !(/^\d{1,2}$/.test(value(row, 'SDQ_SCORE')) && Number(value(row, 'SDQ_SCORE')) <= 40)),
  }),
  codeRule({ code: '196', message: 'Strengths and Difficulties (SDQ) reason is not a valid code.', table: 'OC2', field: 'SDQ_REASON', codes: SDQ_REASON }),
  defineRule({
    code: '181',
    message: 'Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.',
    tables: ['OC2'],
    fields: OC2_ITEMS,
    check: (context) => rowsWhere(context, 'OC2', (row) => OC2_ITEMS.some((field) => isFilled(row, field) && !YES_NO.includes(value(row, field)))),
  }),
  defineRule({
    code: '182',
    message:
      'Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.',
    tables: ['OC2'],
    fields: OC2_ITEMS,
    check: (context) =>
      rowsWhere(context, 'OC2', (row) => OC2_CORE.some((field) => isBlank(row, field)) && [...OC2_ITEMS, 'SDQ_SCORE', 'SDQ_REASON'].some((field) => isFilled(row, field))),
  }),
  defineRule({
    code: '191',
    message:
      'Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.',
    tables: ['OC2', 'Episodes'],
    fields: ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'],
    check: (context) =>
      rowsWhere(context, 'OC2', (row) => context.continuouslyLookedAfter12Months(child(row)) && OC2_CORE.some((field) => isBlank(row, field))),
  }),
  defineRule({
    code: '185',
    message: 'Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.',
    tables: ['OC2', 'Episodes'],
    fields: ['SDQ_SCORE'],
    check: (context) => rowsWhere(context, 'OC2', (row) => !context.continuouslyLookedAfter12Months(child(row)) && isFilled(row, 'SDQ_SCORE')),
  }),
  defineRule({
    code: '198',
    message:
      'Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed. ',
    tables: ['OC2', 'Episodes'],
    fields: ['SDQ_REASON'],
    check: (context) => rowsWhere(context, 'OC2', (row) => !context.continuouslyLookedAfter12Months(child(row)) && isFilled(row, 'SDQ_REASON')),
  }),
  defineRule({
    code: '190',
    message:
      'Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.',
    tables: ['OC2', 'Episodes'],
    fields: OC2_ITEMS,
    check: (context) =>
      rowsWhere(context, 'OC2', (row) => !context.continuouslyLookedAfter12Months(child(row)) && OC2_ITEMS.some((field) => isFilled(row, field))),
  }),
  defineRule({
    code: '186',
    message:
      'Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.',
    tables: ['OC2', 'Episodes'],
    fields: ['SDQ_SCORE'],
    check: (context) =>
      oc2Where(context, (row, birthday) => {
        const four = birthday(4)
        const seventeen = birthday(17)
        return (
          context.continuouslyLookedAfter12Months(child(row)) &&
          four !== null &&
          four <= context.start &&
          seventeen !== null &&
          seventeen > context.end &&
          isBlank(row, 'SDQ_SCORE') &&
          isBlank(row, 'SDQ_REASON')
        )
      }),
  }),
  defineRule({
    code: '188',
    message:
      'Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed. ',
    tables: ['OC2'],
    fields: ['SDQ_SCORE', 'SDQ_REASON'],
    check: (context) =>
      oc2Where(context, (row, birthday) => (birthday(4) ?? '') > context.end && (isFilled(row, 'SDQ_SCORE') || isFilled(row, 'SDQ_REASON'))),
  }),
  defineRule({
    code: '189',
    message:
      'Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.',
    tables: ['OC2'],
    fields: ['DOB', 'SDQ_SCORE', 'SDQ_REASON'],
    check: (context) =>
      oc2Where(context, (row, birthday) => {
        const seventeen = birthday(17)
        return seventeen !== null && seventeen <= context.start && (isFilled(row, 'SDQ_SCORE') || isFilled(row, 'SDQ_REASON'))
      }),
  }),
  defineRule({
    code: '197A',
    message: 'Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.',
    tables: ['OC2'],
    fields: ['SDQ_SCORE', 'SDQ_REASON'],
    check: (context) => rowsWhere(context, 'OC2', (row) => isFilled(row, 'SDQ_SCORE') && isFilled(row, 'SDQ_REASON')),
  }),
  defineRule({
    code: '197B',
    message: 'SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.',
    tables: ['OC2', 'Episodes'],
    fields: ['SDQ_REASON', 'DOB'],
    check: (context) =>
      oc2Where(
        context,
        (row, birthday) =>
          context.continuouslyLookedAfter12Months(child(row)) &&
          (inYear(context, birthday(4)) || turns17After(context, birthday(17))) &&
          isBlank(row, 'SDQ_SCORE') &&
          isBlank(row, 'SDQ_REASON'),
      ),
  }),
  defineRule({
    code: '157',
    message:
      'Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.',
    tables: ['OC2'],
    fields: ['DOB', 'SDQ_REASON'],
    check: (context) =>
      oc2Where(context, (row, birthday) => {
        const four = birthday(4)
        const seventeen = birthday(17)
        return value(row, 'SDQ_REASON') === 'SDQ1' && four !== null && four <= context.start && seventeen !== null && seventeen > context.end
      }),
  }),
]
