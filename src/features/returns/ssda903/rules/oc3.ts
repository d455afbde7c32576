// OC3: care leavers around their 17th to 21st birthdays (ssda903-fields.md §8).
import type { IsoDate } from '../../../../platform/time/dates.ts'
import type { RuleContext, RowRef } from '../context.ts'
import { ACCOM, ACTIV, IN_TOUCH } from '../codes.ts'
import type { TableName } from '../tables.ts'
import { defineRule, hit, type Rule, type RuleHit } from '../rule.ts'
import { codeRule, finalCeasedEpisode, hasData, isFilled, rowsWhere, value, withinYear } from './helpers.ts'

const OC3_ITEMS = ['IN_TOUCH', 'ACTIV', 'ACCOM']

/** OC3 rows that hold care-leaver data, with the child. */
function* careLeavers(context: RuleContext): Generator<[RowRef, string]> {
  for (const ref of context.current.refs('OC3')) if (hasData(ref.row)) yield [ref, value(ref.row, 'CHILD')]
}

function oc3Rule(code: string, message: string, tables: TableName[], test: (context: RuleContext, child: string, ref: RowRef) => boolean, extra?: Partial<Rule>): Rule {
  return defineRule({
    code,
    message,
    tables: ['OC3', ...tables],
    fields: OC3_ITEMS,
    ...extra,
    *check(context): Generator<RuleHit> {
      for (const [ref, child] of careLeavers(context)) if (test(context, child, ref)) yield hit('OC3', ref)
    },
  })
}

/** Looked after on a day: an episode covers it. */
function lookedAfterOn(context: RuleContext, child: string, day: IsoDate): boolean {
  return context.current.episodes(child).some((e) => e.decom !== null && e.decom <= day && (e.dec === null ? e.row.DEC === '' : e.dec > day))
}

export const oc3Rules: Rule[] = [
  codeRule({ code: '131', message: 'Data entry for being in touch after leaving care is invalid.', table: 'OC3', field: 'IN_TOUCH', codes: IN_TOUCH }),
  codeRule({ code: '132', message: 'Data entry for activity after leaving care is invalid.', table: 'OC3', field: 'ACTIV', codes: ACTIV }),
  codeRule({
    code: '133',
    message: 'Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid',
    table: 'OC3',
    field: 'ACCOM',
    codes: ACCOM,
  }),
  defineRule({
    code: '153',
    message: "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
    tables: ['OC3'],
    fields: OC3_ITEMS,
    check: (context) =>
      rowsWhere(context, 'OC3', (row) => {
        const filled = OC3_ITEMS.filter((field) => isFilled(row, field)).length
        return filled > 0 && filled < OC3_ITEMS.length
      }),
  }),
  oc3Rule(
    '344',
    'The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.',
    [],
    (_context, _child, ref) => ['DIED', 'RHOM'].includes(value(ref.row, 'IN_TOUCH')) && [value(ref.row, 'ACTIV'), value(ref.row, 'ACCOM')].some((v) => v !== '' && v !== '0'),
  ),
  oc3Rule(
    '345',
    'The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.',
    [],
    (_context, _child, ref) => value(ref.row, 'IN_TOUCH') === 'YES' && (value(ref.row, 'ACTIV') === '0' || value(ref.row, 'ACCOM') === '0'),
  ),
  oc3Rule('347', 'Care leavers aged under 18 years, can not be accommodated in a Foyer.', ['Header'], (context, child, ref) => {
    const eighteen = context.birthday(child, 18)
    return value(ref.row, 'ACCOM').startsWith('T') && eighteen !== null && eighteen > context.start
  }),
  oc3Rule(
    '3001',
    'Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).',
    ['Header'],
    (context, child, ref) => value(ref.row, 'ACCOM').startsWith('Z') && withinYear(context, context.birthday(child, 17)),
  ),
  oc3Rule(
    '391',
    'Young person was not 17, 18, 19, 20 or 21 during the current collection year. ',
    ['Header'],
    (context, child) => context.current.dob(child) !== null && ![17, 18, 19, 20, 21].some((age) => withinYear(context, context.birthday(child, age))),
  ),
  oc3Rule(
    '1000',
    'This child is recorded as having died in care and therefore should not have the care leaver information completed.',
    ['Episodes'],
    (context, child) =>
      context.current.episodes(child).some((e) => value(e.row, 'REC') === 'E2') ||
      (context.previous?.episodes(child).some((e) => value(e.row, 'REC') === 'E2') ?? false),
  ),
  oc3Rule(
    '1007',
    'Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]',
    ['Episodes'],
    (context, child) =>
      [17, 18].some((age) => {
        const day = context.birthday(child, age)
        return day !== null && withinYear(context, day) && lookedAfterOn(context, child, day)
      }),
  ),
  oc3Rule(
    '1010',
    'This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.',
    ['Episodes'],
    (context, child) => context.current.episodes(child).length === 0 && (context.previous?.episodes(child).some((e) => value(e.row, 'DEC') === '') ?? false),
    { needsPrevious: true },
  ),
  oc3Rule(
    '1011',
    'This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.',
    ['Episodes'],
    (context, child) => value(finalCeasedEpisode(context, child)?.row ?? {}, 'REC') === 'E3',
  ),
  oc3Rule(
    '1016',
    'Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.',
    ['Episodes'],
    (context, child) => {
      const ceased = finalCeasedEpisode(context, child)?.dec ?? null
      return [17, 18].some((age) => {
        const day = context.birthday(child, age)
        return day !== null && withinYear(context, day) && ceased !== null && ceased >= day
      })
    },
  ),
  oc3Rule(
    '348',
    'Care leaver has previously been reported as having died. ',
    [],
    (context, child, ref) => value(ref.row, 'IN_TOUCH') !== 'DIED' && (context.previous?.childRows('OC3', child).some((r) => value(r.row, 'IN_TOUCH') === 'DIED') ?? false),
    { needsPrevious: true, years: { from: 2026, to: 2027 } },
  ),
  oc3Rule('134', 'Data on adoption should not be entered for the OC3 cohort.', ['AD1'], (context, child) =>
    context.current.childRows('AD1', child).some((ad1) => hasData(ad1.row)),
  ),
  defineRule({
    code: '1012',
    message: 'No other data should be returned for OC3 children who had no episodes in the current year',
    tables: ['OC3', 'Episodes', 'Reviews', 'UASC', 'OC2', 'AD1', 'PlacedAdoption', 'PrevPerm', 'Missing'],
    fields: ['CHILD'],
    *check(context) {
      for (const [, child] of careLeavers(context)) {
        if (context.current.episodes(child).length > 0) continue
        for (const table of ['Reviews', 'OC2', 'AD1', 'PlacedAdoption', 'PrevPerm', 'Missing'] as const) {
          for (const ref of context.current.childRows(table, child)) yield hit(table, ref)
        }
      }
    },
  }),
  defineRule({
    code: '1014',
    message: 'UASC information is not required for care leavers',
    tables: ['UASC', 'OC3', 'Episodes'],
    fields: ['DUC'],
    *check(context) {
      for (const [, child] of careLeavers(context)) {
        if (context.current.episodes(child).length > 0) continue
        for (const ref of context.current.childRows('UASC', child)) yield hit('UASC', ref)
      }
    },
  }),
]
