// Episode rules on one row at a time: code lists, dates, postcodes (ssda903-fields.md §3, §4).
import { CATEGORY_OF_NEED, LEGAL_STATUS, PLACE_PROVIDER, REASON_PLACE_CHANGE, REC, RNE, SHORT_BREAKS, placementCodes } from '../codes.ts'
import { defineRule, type Rule } from '../rule.ts'
import { UK_POSTCODE, codeRule, dateOf, dateRule, isBlank, isFilled, oneOf, rowsWhere, value } from './helpers.ts'

const normalisedPostcode = (postcode: string) => postcode.replaceAll(' ', '').toUpperCase()

export const episodeFieldRules: Rule[] = [
  dateRule({ code: '141', message: 'Date episode began is not a valid date.', table: 'Episodes', field: 'DECOM', required: true }),
  dateRule({ code: '147', message: 'Date episode ceased is not a valid date.', table: 'Episodes', field: 'DEC' }),
  codeRule({ code: '143', message: 'The reason for new episode code is not a valid code.', table: 'Episodes', field: 'RNE', codes: RNE, required: true }),
  codeRule({ code: '144', message: 'The legal status code is not a valid code.', table: 'Episodes', field: 'LS', codes: LEGAL_STATUS, required: true }),
  codeRule({ code: '145', message: 'Category of need code is not a valid code.', table: 'Episodes', field: 'CIN', codes: CATEGORY_OF_NEED, required: true }),
  codeRule({ code: '146', message: 'Placement type code is not a valid code.', table: 'Episodes', field: 'PLACE', codes: placementCodes, required: true }),
  codeRule({ code: '149', message: 'Reason episode ceased code is not valid.', table: 'Episodes', field: 'REC', codes: REC }),
  codeRule({ code: '178', message: 'Placement provider code is not a valid code.', table: 'Episodes', field: 'PLACE_PROVIDER', codes: PLACE_PROVIDER }),
  codeRule({ code: '1009', message: 'Reason for placement change is not a valid code.', table: 'Episodes', field: 'REASON_PLACE_CHANGE', codes: REASON_PLACE_CHANGE }),
  defineRule({
    code: '148',
    message: 'Date episode ceased and reason episode ceased must both be coded, or both left blank.',
    tables: ['Episodes'],
    fields: ['DEC', 'REC'],
    check: (context) => rowsWhere(context, 'Episodes', (row) => isBlank(row, 'DEC') !== isBlank(row, 'REC')),
  }),
  defineRule({
    code: '353',
    message: 'No episode submitted can start before 14 October 1991.',
    tables: ['Episodes'],
    fields: ['DECOM'],
    check: (context) => rowsWhere(context, 'Episodes', (row) => (dateOf(row, 'DECOM') ?? '9999') < '1991-10-14'),
  }),
  defineRule({
    // DfE's rule 354 reads DECOM; its published message speaks of the date the episode "ceased".
    code: '354',
    message: 'Date episode began must be on or before the end of the current collection year.',
    tables: ['Episodes'],
    fields: ['DECOM'],
    check: (context) => rowsWhere(context, 'Episodes', (row) => (dateOf(row, 'DECOM') ?? '') > context.end),
  }),
  defineRule({
    code: '385',
    message: 'Date episode ceased must be on or before the end of the current collection year.',
    tables: ['Episodes'],
    fields: ['DEC'],
    check: (context) => rowsWhere(context, 'Episodes', (row) => (dateOf(row, 'DEC') ?? '') > context.end),
  }),
  defineRule({
    code: '355',
    message: 'Episode appears to have lasted for less than 24 hours',
    tables: ['Episodes'],
    fields: ['DECOM', 'DEC'],
    check: (context) => rowsWhere(context, 'Episodes', (row) => dateOf(row, 'DEC') !== null && dateOf(row, 'DEC') === dateOf(row, 'DECOM')),
  }),
  defineRule({
    code: '356',
    message: 'The date the episode ceased is before the date the same episode started.',
    tables: ['Episodes'],
    fields: ['DECOM', 'DEC'],
    check: (context) =>
      rowsWhere(context, 'Episodes', (row) => {
        const start = dateOf(row, 'DECOM')
        const end = dateOf(row, 'DEC')
        return start !== null && end !== null && end < start
      }),
  }),
  defineRule({
    code: '392B',
    message: 'Child is looked after but no postcodes are recorded.',
    tables: ['Episodes', 'UASC'],
    fields: ['HOME_POST', 'PL_POST'],
    // Former and current UASC often have no known home postcode (DfE: distance blank for them).
    check: (context) =>
      rowsWhere(
        context,
        'Episodes',
        (row) =>
          !oneOf(row, 'LS', SHORT_BREAKS) &&
          (isBlank(row, 'HOME_POST') || isBlank(row, 'PL_POST')) &&
          context.current.childRows('UASC', value(row, 'CHILD')).length === 0,
      ),
  }),
  defineRule({
    // DfE checks postcodes against the ONS directory; we can only check their written form.
    code: '392C',
    message: 'Postcode(s) provided are invalid.',
    tables: ['Episodes'],
    fields: ['HOME_POST', 'PL_POST'],
    check: (context) =>
      rowsWhere(context, 'Episodes', (row) =>
        ['HOME_POST', 'PL_POST'].some((field) => isFilled(row, field) && !UK_POSTCODE.test(value(row, field))),
      ),
  }),
  defineRule({
    code: '392D',
    message: 'Home and placement postcodes should not be same unless the placement type is P1.',
    tables: ['Episodes'],
    fields: ['HOME_POST', 'PLACE', 'PL_POST'],
    check: (context) =>
      rowsWhere(
        context,
        'Episodes',
        (row) =>
          isFilled(row, 'HOME_POST') &&
          normalisedPostcode(value(row, 'HOME_POST')) === normalisedPostcode(value(row, 'PL_POST')) &&
          value(row, 'PLACE') !== 'P1',
      ),
  }),
  defineRule({
    // DfE rule 398 reads the derived distance, which exists exactly when both postcodes are given.
    code: '398',
    message: 'Distance field completed but child looked after under legal status V3 or V4.',
    tables: ['Episodes'],
    fields: ['HOME_POST', 'LS', 'PL_POST'],
    check: (context) =>
      rowsWhere(context, 'Episodes', (row) => oneOf(row, 'LS', SHORT_BREAKS) && isFilled(row, 'HOME_POST') && isFilled(row, 'PL_POST')),
  }),
  defineRule({
    code: '214',
    message: 'Placement location information not required.',
    tables: ['Episodes'],
    fields: ['PL_POST', 'URN'],
    check: (context) => rowsWhere(context, 'Episodes', (row) => oneOf(row, 'LS', SHORT_BREAKS) && (isFilled(row, 'PL_POST') || isFilled(row, 'URN'))),
  }),
]
