// AD1: children adopted from care in the year (ssda903-fields.md §9), against their episodes
// and the decision that they should be placed for adoption.
import type { EpisodeRef, RuleContext, RowRef } from '../context.ts'
import { ADOPTED, ADOPTION_PLACEMENTS, LS_ADOPTR, NB_ADOPTR, SEX_ADOPTR, YES_NO } from '../codes.ts'
import type { Row } from '../return-data.ts'
import { defineRule, hit, type Rule, type RuleHit } from '../rule.ts'
import { childrenWith, codeRule, dateOf, dateRule, isBlank, isFilled, oneOf, rowsWhere, value, withinYear } from './helpers.ts'

export const AD1_ITEMS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR']
const COUPLES = ['MM', 'FF', 'MF']

/** The episode that ended with adoption, and the period of care it closed. */
export function adoption(context: RuleContext, child: string): { exit: EpisodeRef; period: EpisodeRef[] } | null {
  for (const period of context.current.periods(child)) {
    const exit = period.find((e) => oneOf(e.row, 'REC', ADOPTED))
    if (exit) return { exit, period }
  }
  return null
}

/** The start of the adoption placement (first A3–A6 episode) in the child's adoption period, or last period. */
export function adoptionPlacement(context: RuleContext, child: string): EpisodeRef | null {
  const period = adoption(context, child)?.period ?? context.current.periods(child).at(-1) ?? []
  return period.find((e) => oneOf(e.row, 'PLACE', ADOPTION_PLACEMENTS)) ?? null
}

/** AD1 rows with data, with the child. */
function* adopted(context: RuleContext): Generator<[RowRef, string]> {
  for (const ref of context.current.refs('AD1')) if (AD1_ITEMS.some((field) => isFilled(ref.row, field))) yield [ref, value(ref.row, 'CHILD')]
}

function ad1Rule(code: string, message: string, fields: string[], test: (context: RuleContext, child: string, row: Row) => boolean, tables: Rule['tables'] = ['AD1']): Rule {
  return defineRule({
    code,
    message,
    tables,
    fields,
    *check(context): Generator<RuleHit> {
      for (const [ref, child] of adopted(context)) if (test(context, child, ref.row)) yield hit('AD1', ref)
    },
  })
}

const adopterRule = (code: string, legalStatus: string, allowed: readonly string[], message: string) =>
  ad1Rule(code, message, ['LS_ADOPTR', 'SEX_ADOPTR'], (_c, _child, row) => value(row, 'LS_ADOPTR') === legalStatus && !allowed.includes(value(row, 'SEX_ADOPTR')))

const before = (a: string | null, b: string | null) => a !== null && b !== null && a < b

export const adoptionRules: Rule[] = [
  dateRule({ code: '112', message: 'Date should be placed for adoption is not a valid date.', table: 'AD1', field: 'DATE_INT' }),
  dateRule({ code: '113', message: 'Date matching child and adopter(s) is not a valid date.', table: 'AD1', field: 'DATE_MATCH' }),
  codeRule({ code: '114', message: 'Data entry to record the status of former carer(s) of an adopted child is invalid.', table: 'AD1', field: 'FOSTER_CARE', codes: YES_NO }),
  codeRule({ code: '175', message: 'The number of adopter(s) code is not a valid code.', table: 'AD1', field: 'NB_ADOPTR', codes: NB_ADOPTR }),
  codeRule({ code: '176', message: 'The gender of adopter(s) at the date of adoption code is not a valid code.', table: 'AD1', field: 'SEX_ADOPTR', codes: SEX_ADOPTR }),
  codeRule({ code: '177', message: 'The legal status of adopter(s) code is not a valid code.', table: 'AD1', field: 'LS_ADOPTR', codes: LS_ADOPTR }),
  defineRule({
    code: '151',
    message: 'All data items relating to a childs adoption must be coded or left blank.',
    tables: ['AD1'],
    fields: AD1_ITEMS,
    check: (context) => rowsWhere(context, 'AD1', (row) => AD1_ITEMS.some((f) => isFilled(row, f)) && AD1_ITEMS.some((f) => isBlank(row, f))),
  }),
  ad1Rule('333', 'Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).', ['DATE_INT'], (_c, _child, row) =>
    before(dateOf(row, 'DATE_MATCH'), dateOf(row, 'DATE_INT')),
  ),
  ad1Rule(
    '331',
    'Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.',
    ['DATE_MATCH', 'DECOM', 'REC'],
    (context, child, row) => before(adoptionPlacement(context, child)?.decom ?? null, dateOf(row, 'DATE_MATCH')),
    ['AD1', 'Episodes'],
  ),
  ad1Rule(
    '334',
    'Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption. ',
    ['DATE_INT', 'DECOM', 'RNE'],
    (context, child, row) => {
      const first = (adoption(context, child)?.period ?? context.current.periods(child).at(-1))?.[0]
      return first !== undefined && value(first.row, 'RNE') === 'S' && before(dateOf(row, 'DATE_INT'), first.decom)
    },
    ['AD1', 'Episodes'],
  ),
  ad1Rule(
    '335',
    'The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.',
    ['FOSTER_CARE', 'PLACE'],
    (context, child, row) => {
      const place = value(adoption(context, child)?.exit.row ?? {}, 'PLACE')
      const foster = value(row, 'FOSTER_CARE')
      return (foster === '0' && ['A3', 'A5'].includes(place)) || (foster === '1' && ['A4', 'A6'].includes(place))
    },
    ['AD1', 'Episodes'],
  ),
  ad1Rule(
    '511',
    'If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.',
    ['NB_ADOPTR', 'SEX_ADOPTR'],
    (_c, _child, row) => value(row, 'NB_ADOPTR') === '2' && !COUPLES.includes(value(row, 'SEX_ADOPTR')),
  ),
  ad1Rule(
    '514',
    'Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.',
    ['LS_ADOPTR', 'SEX_ADOPTR', 'NB_ADOPTR'],
    (_c, _child, row) => value(row, 'LS_ADOPTR') === 'L0' && (value(row, 'NB_ADOPTR') === '2' || COUPLES.includes(value(row, 'SEX_ADOPTR'))),
  ),
  adopterRule('517', 'L3', ['MF'], 'If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.'),
  adopterRule(
    '518',
    'L4',
    ['MM', 'FF'],
    'If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.',
  ),
  adopterRule(
    '519',
    'L2',
    COUPLES,
    'Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.',
  ),
  adopterRule(
    '520',
    'L11',
    ['MF'],
    'Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.',
  ),
  adopterRule(
    '524',
    'L12',
    ['MM', 'FF'],
    'If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females',
  ),
  ad1Rule(
    '521',
    "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.",
    ['DATE_INT', 'DECOM', 'PLACE'],
    (context, child, row) => before(adoptionPlacement(context, child)?.decom ?? null, dateOf(row, 'DATE_INT')),
    ['AD1', 'Episodes'],
  ),
  ad1Rule(
    '523',
    'Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).',
    ['DATE_INT', 'DATE_PLACED'],
    (context, child, row) => {
      const decisions = context.current.childRows('PlacedAdoption', child)
      return decisions.length > 0 && !decisions.some((d) => value(d.row, 'DATE_PLACED') === value(row, 'DATE_INT'))
    },
    ['AD1', 'PlacedAdoption'],
  ),
  ad1Rule(
    '525',
    'A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.',
    AD1_ITEMS,
    (context, child) => {
      const latest = [...context.current.childRows('PlacedAdoption', child)].sort((a, b) => ((dateOf(a.row, 'DATE_PLACED') ?? '') < (dateOf(b.row, 'DATE_PLACED') ?? '') ? -1 : 1)).at(-1)
      return latest !== undefined && isFilled(latest.row, 'DATE_PLACED_CEASED')
    },
    ['AD1', 'PlacedAdoption'],
  ),
  ad1Rule(
    '582',
    'Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.',
    ['DATE_MATCH', 'DEC'],
    (context, child, row) => {
      const exit = adoption(context, child)?.exit
      return exit !== undefined && exit.dec !== null && exit.dec === dateOf(row, 'DATE_MATCH')
    },
    ['AD1', 'Episodes'],
  ),
  defineRule({
    code: '601',
    message: 'The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.',
    tables: ['AD1', 'Episodes'],
    fields: [...AD1_ITEMS, 'REC'],
    *check(context) {
      for (const child of childrenWith(context, 'REC', ADOPTED)) {
        const exit = adoption(context, child)?.exit
        if (!exit || !withinYear(context, exit.dec)) continue
        const rows = context.current.childRows('AD1', child)
        if (!rows.some((ref) => AD1_ITEMS.every((field) => isFilled(ref.row, field)))) yield hit('Episodes', exit)
      }
    },
  }),
  ad1Rule(
    '602',
    'The episode data submitted for this child does not show that he/she was adopted during the year.',
    ['CHILD'],
    (context, child) => !withinYear(context, adoption(context, child)?.exit.dec ?? null),
    ['AD1', 'Episodes'],
  ),
]
