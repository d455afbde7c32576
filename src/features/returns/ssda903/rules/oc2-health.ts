// OC2 health, convictions and substance misuse items (ssda903-fields.md §7 "When required"), and
// the OC2 cohort against the adoption and care-leaver modules.
import { defineRule, hit, type Rule } from '../rule.ts'
import { ageAt, hasData, isBlank, isFilled, rowsWhere, value } from './helpers.ts'
import { OC2_CORE } from './oc2.ts'

const ageAtEnd = (context: Parameters<typeof ageAt>[0], child: string) => ageAt(context, child, context.end)

export const oc2HealthRules: Rule[] = [
  defineRule({
    code: '192',
    message: 'Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.',
    tables: ['OC2'],
    fields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED'],
    check: (context) => rowsWhere(context, 'OC2', (row) => value(row, 'SUBSTANCE_MISUSE') === '1' && isBlank(row, 'INTERVENTION_RECEIVED')),
  }),
  defineRule({
    code: '193',
    message:
      'Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.',
    tables: ['OC2'],
    fields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    check: (context) =>
      rowsWhere(
        context,
        'OC2',
        (row) => value(row, 'SUBSTANCE_MISUSE') !== '1' && (isFilled(row, 'INTERVENTION_RECEIVED') || isFilled(row, 'INTERVENTION_OFFERED')),
      ),
  }),
  defineRule({
    code: '158',
    message:
      'If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.',
    tables: ['OC2'],
    fields: ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    check: (context) => rowsWhere(context, 'OC2', (row) => value(row, 'INTERVENTION_RECEIVED') === '1' && isFilled(row, 'INTERVENTION_OFFERED')),
  }),
  defineRule({
    code: '159',
    message:
      'If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.',
    tables: ['OC2'],
    fields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    check: (context) =>
      rowsWhere(
        context,
        'OC2',
        (row) => value(row, 'SUBSTANCE_MISUSE') === '1' && value(row, 'INTERVENTION_RECEIVED') === '0' && isBlank(row, 'INTERVENTION_OFFERED'),
      ),
  }),
  defineRule({
    code: '542',
    message: 'A child aged under 10 at 31 March should not have conviction information completed.',
    tables: ['OC2'],
    fields: ['CONVICTED'],
    check: (context) => rowsWhere(context, 'OC2', (row) => isFilled(row, 'CONVICTED') && (ageAtEnd(context, value(row, 'CHILD')) ?? 99) < 10),
  }),
  defineRule({
    code: '543',
    message: 'Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.',
    tables: ['OC2', 'Episodes'],
    fields: ['CONVICTED', 'DOB'],
    check: (context) =>
      rowsWhere(
        context,
        'OC2',
        (row) =>
          isBlank(row, 'CONVICTED') && context.continuouslyLookedAfter12Months(value(row, 'CHILD')) && (ageAtEnd(context, value(row, 'CHILD')) ?? 0) >= 10,
      ),
  }),
  defineRule({
    code: '544',
    message: 'Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.',
    tables: ['OC2'],
    fields: ['CONVICTED', ...OC2_CORE],
    check: (context) => rowsWhere(context, 'OC2', (row) => isFilled(row, 'CONVICTED') && OC2_CORE.some((field) => isBlank(row, field))),
  }),
  defineRule({
    code: '545',
    message: 'Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.',
    tables: ['OC2', 'Episodes'],
    fields: ['DOB', 'HEALTH_CHECK'],
    check: (context) =>
      rowsWhere(
        context,
        'OC2',
        (row) => isBlank(row, 'HEALTH_CHECK') && context.continuouslyLookedAfter12Months(value(row, 'CHILD')) && (ageAtEnd(context, value(row, 'CHILD')) ?? 99) < 5,
      ),
  }),
  defineRule({
    code: '546',
    message: 'Children aged 5 or over at 31 March should not have health promotion information completed.',
    tables: ['OC2'],
    fields: ['DOB', 'HEALTH_CHECK'],
    check: (context) => rowsWhere(context, 'OC2', (row) => isFilled(row, 'HEALTH_CHECK') && (ageAtEnd(context, value(row, 'CHILD')) ?? 0) >= 5),
  }),
  defineRule({
    code: '547',
    message: 'Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.',
    tables: ['OC2'],
    fields: ['HEALTH_CHECK', ...OC2_CORE],
    check: (context) => rowsWhere(context, 'OC2', (row) => isFilled(row, 'HEALTH_CHECK') && OC2_CORE.some((field) => isBlank(row, field))),
  }),
  defineRule({
    code: '187',
    message: 'Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.',
    tables: ['AD1', 'OC3', 'Episodes'],
    fields: ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
    *check(context) {
      for (const table of ['AD1', 'OC3'] as const) {
        for (const ref of context.current.refs(table)) {
          if (hasData(ref.row) && context.continuouslyLookedAfter12Months(value(ref.row, 'CHILD'))) yield hit(table, ref)
        }
      }
    },
  }),
  defineRule({
    code: '215',
    message: 'Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.',
    tables: ['OC2', 'OC3'],
    fields: ['CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    *check(context) {
      for (const ref of context.current.refs('OC2')) {
        const careLeaver = context.current.childRows('OC3', value(ref.row, 'CHILD')).some((oc3) => hasData(oc3.row))
        if (careLeaver && hasData(ref.row)) yield hit('OC2', ref)
      }
    },
  }),
]
