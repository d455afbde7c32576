import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { columnsOf, tablesForYear } from './tables.ts'
import { placementCodes, sexCodes } from './codes.ts'

describe('903 table specifications', () => {
  test('carry DfE’s column headers in the conventional order', () => {
    assert.deepEqual(columnsOf('Episodes'), [
      'CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN',
    ])
    assert.deepEqual(columnsOf('Header'), ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'])
    assert.deepEqual(columnsOf('SWEpisodes'), ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'])
    assert.deepEqual(columnsOf('DoLO'), ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'])
  })

  test('the DoLO table is in the return only from 2026/27', () => {
    assert.deepEqual(
      [2024, 2025, 2026, 2027].map((year) => tablesForYear(year).length),
      [11, 11, 11, 12],
    )
  })

  test('placement codes follow the year: K3 from 2024/25, Z11–Z14 replacing Z1, H5 and P2 from 2025/26', () => {
    assert.deepEqual(
      [2024, 2025, 2026].map((year) => ['K3', 'H5', 'P2', 'Z1', 'Z11'].filter((code) => placementCodes(year).includes(code))),
      [['H5', 'P2', 'Z1'], ['K3', 'H5', 'P2', 'Z1'], ['K3', 'Z11']],
    )
  })

  test('sex is coded 1/2 until 2023/24 and M/F/U after', () => {
    assert.deepEqual([sexCodes(2024), sexCodes(2025)], [['1', '2'], ['M', 'F', 'U']])
  })
})
