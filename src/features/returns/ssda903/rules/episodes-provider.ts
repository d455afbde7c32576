// Placement provider and Ofsted URN rules (ssda903-fields.md §3 URN, §4.5 PLACE_PROVIDER).
import { ADOPTION_PLACEMENTS, FOSTER, SHORT_BREAKS, placementsWithoutProvider, placementsWithoutUrn } from '../codes.ts'
import { defineRule, type Rule } from '../rule.ts'
import { dateOf, isBlank, isFilled, oneOf, placedOutsideEngland, rowsWhere, value } from './helpers.ts'

/** DfE rules 527–531 and 550: which providers may not run which placement types. */
function providerNotAllowed(code: string, provider: string, placements: readonly string[], message: string): Rule {
  return defineRule({
    code,
    message,
    tables: ['Episodes'],
    fields: ['PLACE', 'PLACE_PROVIDER'],
    check: (context) => rowsWhere(context, 'Episodes', (row) => value(row, 'PLACE_PROVIDER') === provider && oneOf(row, 'PLACE', placements)),
  })
}

/** The Ofsted URN shapes: SC and six digits, seven digits, or the XXXXXXX placeholder. */
const URN = /^(SC\d{6}|\d{7}|XXXXXXX)$/

export const episodeProviderRules: Rule[] = [
  defineRule({
    code: '213',
    message: 'Placement provider information not required.',
    tables: ['Episodes'],
    fields: ['PLACE_PROVIDER'],
    check(context) {
      const exempt = placementsWithoutProvider(context.year)
      return rowsWhere(context, 'Episodes', (row) => isFilled(row, 'PLACE_PROVIDER') && oneOf(row, 'PLACE', exempt))
    },
  }),
  defineRule({
    code: '526',
    message: 'Child is missing a placement provider code for at least one episode.',
    tables: ['Episodes'],
    fields: ['PLACE', 'PLACE_PROVIDER'],
    check(context) {
      const exempt = placementsWithoutProvider(context.year)
      return rowsWhere(context, 'Episodes', (row) => isFilled(row, 'PLACE') && isBlank(row, 'PLACE_PROVIDER') && !oneOf(row, 'PLACE', exempt))
    },
  }),
  providerNotAllowed('527', 'PR1', ['P1', 'R2', 'R5'], 'A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.'),
  providerNotAllowed('528', 'PR2', ['P1', 'R2', 'R5'], 'A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.'),
  providerNotAllowed(
    '529',
    'PR3',
    ['P1', ...ADOPTION_PLACEMENTS, 'K1', 'K2', ...FOSTER],
    'Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.',
  ),
  providerNotAllowed('530', 'PR4', ['P1'], 'A placement provider code of PR4 cannot be associated with placement P1.'),
  providerNotAllowed('531', 'PR5', ['P1'], 'A placement provider code of PR5 cannot be associated with placements P1.'),
  defineRule({
    code: '550',
    message: 'A placement provider code of PR0 can only be associated with placement P1.',
    tables: ['Episodes'],
    fields: ['PLACE', 'PLACE_PROVIDER'],
    check: (context) => rowsWhere(context, 'Episodes', (row) => value(row, 'PLACE_PROVIDER') === 'PR0' && value(row, 'PLACE') !== 'P1'),
  }),
  defineRule({
    // Short breaks (V3/V4) take no placement location at all (rule 214), so no URN is expected.
    code: '218',
    message: 'Ofsted Unique reference number (URN) is required.',
    tables: ['Episodes'],
    fields: ['URN'],
    check(context) {
      const exempt = placementsWithoutUrn(context.year)
      return rowsWhere(context, 'Episodes', (row) => {
        const dec = dateOf(row, 'DEC')
        return (
          isBlank(row, 'URN') &&
          isFilled(row, 'PLACE') &&
          !oneOf(row, 'PLACE', exempt) &&
          !oneOf(row, 'LS', SHORT_BREAKS) &&
          (isBlank(row, 'DEC') || (dec !== null && dec >= context.start)) &&
          !placedOutsideEngland(row)
        )
      })
    },
  }),
  defineRule({
    code: '222',
    message: 'Ofsted Unique reference number (URN) should not be recorded for this placement type.',
    tables: ['Episodes'],
    fields: ['URN'],
    check(context) {
      const exempt = placementsWithoutUrn(context.year)
      return rowsWhere(context, 'Episodes', (row) => isFilled(row, 'URN') && value(row, 'URN') !== 'XXXXXXX' && oneOf(row, 'PLACE', exempt))
    },
  }),
  defineRule({
    code: '230',
    message: 'Ofsted Unique reference number (URN) is required for any English H5 placements from 28 October 2023.',
    tables: ['Episodes'],
    fields: ['PLACE', 'DEC', 'URN'],
    years: { from: 2024, to: 2025 },
    check: (context) =>
      rowsWhere(context, 'Episodes', (row) => {
        const dec = dateOf(row, 'DEC')
        return (
          value(row, 'PLACE') === 'H5' &&
          (isBlank(row, 'DEC') || (dec !== null && dec >= '2023-10-29')) &&
          (isBlank(row, 'URN') || value(row, 'URN') === 'XXXXXXX') &&
          !placedOutsideEngland(row)
        )
      }),
  }),
  defineRule({
    code: '242',
    message: "URN = 'XXXXXXX' can only be used for regional adoption agencies",
    tables: ['Episodes'],
    fields: ['URN'],
    years: { from: 2026, to: 2027 },
    check: (context) => rowsWhere(context, 'Episodes', (row) => value(row, 'URN') === 'XXXXXXX' && !oneOf(row, 'PLACE', [...ADOPTION_PLACEMENTS, ...FOSTER])),
  }),
  defineRule({
    // DfE reads the placement LA it derives from PL_POST (CON, NIR, SCO, WAL, NUK); we read the postcode area.
    code: '243',
    message: 'Only placements with providers registered with Ofsted should have a URN reported.',
    tables: ['Episodes'],
    fields: ['URN', 'PL_POST'],
    years: { from: 2026, to: 2027 },
    check: (context) => rowsWhere(context, 'Episodes', (row) => isFilled(row, 'URN') && placedOutsideEngland(row)),
  }),
  defineRule({
    // DfE checks the URN against Ofsted's provider list; without it we check the URN's form.
    code: '1008',
    message: 'Ofsted Unique Reference Number (URN) is not valid.',
    tables: ['Episodes'],
    fields: ['URN'],
    check: (context) => rowsWhere(context, 'Episodes', (row) => isFilled(row, 'URN') && !URN.test(value(row, 'URN'))),
  }),
]
