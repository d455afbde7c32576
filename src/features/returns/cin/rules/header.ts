// Header rules. DfE checks the header against the collection it is submitted to.
import { LA_NUMBERS } from '../codes.ts'
import { defineRule, lineOf } from './rule.ts'

export const headerRules = [
  defineRule({
    code: '100',
    message: 'Reference Date is incorrect',
    fields: ['ReferenceDate'],
    // <ReferenceDate> must be 31 March of the collection year.
    *header(header, { end }) {
      if (header?.ReferenceDate !== end) yield { line: header ? lineOf(header, 'ReferenceDate') : 1 }
    },
  }),
  defineRule({
    code: 'SLC011',
    message: 'The LA code in the header is not a DfE three-digit LA number',
    fields: ['LEA'],
    source: 'local',
    *header(header) {
      if (!header?.LEA || !LA_NUMBERS.includes(header.LEA)) yield { line: header ? lineOf(header, 'LEA') : 1 }
    },
  }),
  defineRule({
    code: 'SLC009',
    message: 'The header does not say this is the CIN census for the collection year being validated',
    fields: ['Collection', 'Year'],
    source: 'local',
    *header(header, { year }) {
      if (!header) yield { line: 1 }
      else if (header.Collection !== 'CIN' || header.Year !== String(year)) yield { line: lineOf(header, 'Year') }
    },
  }),
]
