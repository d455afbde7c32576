// Our own integrity checks across tables (codes SL0nn: not DfE rules). DfE's portal makes the same
// checks when it loads a return; a validator that works on files must make them itself.
import type { RowRef } from '../context.ts'
import { isMale, isFemale } from '../codes.ts'
import type { Row } from '../return-data.ts'
import { defineRule, hit, type Rule } from '../rule.ts'
import { TABLES, type TableName } from '../tables.ts'
import { isBlank, rowsWhere, value } from './helpers.ts'

const CHILD_TABLES = TABLES.filter((t) => t.name !== 'Header').map((t) => t.name)
const ONE_PER_CHILD = TABLES.filter((t) => t.onePerChild).map((t) => t.name)
const MANY_PER_CHILD = TABLES.filter((t) => !t.onePerChild).map((t) => t.name)
const WITH_DOB = TABLES.filter((t) => t.name !== 'Header' && t.fields.some((f) => f.name === 'DOB')).map((t) => t.name)

/** Rows of one table have the same columns, so comparing the first row's fields is enough. */
function sameRow(a: Row, b: Row): boolean {
  for (const field in a) if (a[field] !== b[field]) return false
  return true
}

const sameSex = (a: string, b: string) => a === b || (isMale(a) && isMale(b)) || (isFemale(a) && isFemale(b))

export const integrityRules: Rule[] = [
  defineRule({
    code: 'SL010',
    message: 'The child appears more than once in a table that holds one row per child.',
    tables: ONE_PER_CHILD,
    fields: ['CHILD'],
    *check(context) {
      for (const table of ONE_PER_CHILD) {
        for (const [child, refs] of context.current.byChild(table)) if (child !== '') for (const ref of refs.slice(1)) yield hit(table, ref)
      }
    },
  }),
  defineRule({
    code: 'SL011',
    message: 'The child is not in the Header table.',
    tables: CHILD_TABLES,
    fields: ['CHILD'],
    *check(context) {
      for (const table of CHILD_TABLES) {
        for (const [child, refs] of context.current.byChild(table)) if (child !== '' && !context.current.header(child)) for (const ref of refs) yield hit(table, ref)
      }
    },
  }),
  defineRule({
    code: 'SL012',
    message: 'The date of birth differs from the one in the Header table.',
    tables: WITH_DOB,
    fields: ['DOB'],
    *check(context) {
      for (const table of WITH_DOB) {
        yield* rowsWhere(context, table, (row) => {
          const header = context.current.header(value(row, 'CHILD'))
          return header !== undefined && value(header.row, 'DOB') !== value(row, 'DOB')
        })
      }
    },
  }),
  defineRule({
    code: 'SL013',
    message: 'The sex differs from the one in the Header table.',
    tables: ['UASC', 'Header'],
    fields: ['SEX'],
    check: (context) =>
      rowsWhere(context, 'UASC', (row) => {
        const header = context.current.header(value(row, 'CHILD'))
        return header !== undefined && !sameSex(value(header.row, 'SEX'), value(row, 'SEX'))
      }),
  }),
  defineRule({
    code: 'SL014',
    message: 'This row repeats an earlier row of the same table exactly.',
    tables: MANY_PER_CHILD,
    fields: ['CHILD'],
    *check(context) {
      for (const table of MANY_PER_CHILD) {
        for (const refs of context.current.byChild(table).values()) {
          for (let i = 1; i < refs.length; i++) {
            const row = (refs[i] as RowRef).row
            if (refs.slice(0, i).some((earlier) => sameRow(earlier.row, row))) yield hit(table, refs[i] as RowRef)
          }
        }
      }
    },
  }),
  defineRule({
    code: 'SL015',
    message: 'The child identifier (CHILD) is blank.',
    tables: TABLES.map((t) => t.name),
    fields: ['CHILD'],
    *check(context) {
      for (const table of TABLES.map((t) => t.name) as TableName[]) yield* rowsWhere(context, table, (row) => isBlank(row, 'CHILD'))
    },
  }),
  defineRule({
    code: 'SL016',
    message: 'The child has no episodes in the year and is not a care leaver in OC3, so should not be in the return.',
    tables: ['Header', 'Episodes', 'OC3'],
    fields: ['CHILD'],
    check: (context) =>
      rowsWhere(
        context,
        'Header',
        (row) =>
          !isBlank(row, 'CHILD') &&
          context.current.childRows('Episodes', value(row, 'CHILD')).length === 0 &&
          context.current.childRows('OC3', value(row, 'CHILD')).length === 0,
      ),
  }),
]
