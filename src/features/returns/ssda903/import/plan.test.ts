import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { columnsOf } from '../tables.ts'
import { Problems } from './import-error.ts'
import { planImport } from './plan.ts'
import { yearOfFolder, type YearFolder } from './read-folder.ts'

const header = (child: string) => ({
  row: 2,
  values: { CHILD: child, SEX: 'F', DOB: '2015-06-15', ETHNIC: 'WBRI', UPN: 'UN1', MOTHER: '0', MC_DOB: '' },
})

function episode(row: number, values: Record<string, string>) {
  const blank = Object.fromEntries(columnsOf('Episodes').map((c) => [c, '']))
  return {
    row,
    values: {
      ...blank,
      CHILD: 'A1',
      RNE: 'S',
      LS: 'C2',
      CIN: 'N1',
      PLACE: 'U4',
      PLACE_PROVIDER: 'PR1',
      PL_POST: 'TS5 6BB',
      URN: 'SC123456',
      ...values,
    },
  }
}

function year(yearEnding: number, episodes: ReturnType<typeof episode>[]): YearFolder {
  return {
    directory: String(yearEnding),
    year: yearEnding,
    tables: {
      Header: { file: `${yearEnding}/header.csv`, rows: [header('A1')] },
      Episodes: { file: `${yearEnding}/episodes.csv`, rows: episodes },
    },
  }
}

describe('planning an import', () => {
  test('a later year’s episode replaces the same episode from an earlier year', () => {
    const problems = new Problems()
    const plan = planImport(
      [
        year(2026, [
          episode(2, { DECOM: '2025-01-10', DEC: '2025-06-01', REC: 'X1' }),
          episode(3, { DECOM: '2025-06-01', RNE: 'L', LS: 'C1', DEC: '2025-09-01', REC: 'E41' }),
        ]),
        year(2025, [episode(2, { DECOM: '2025-01-10' })]),
      ],
      problems,
    )
    assert.deepEqual(problems.list, [])
    const [period] = plan.children[0]?.periods ?? []
    assert.deepEqual(
      [
        period?.start,
        period?.end,
        period?.reasonCeased,
        period?.legalStatuses.map((s) => [s.code, s.start, s.end]),
      ],
      [
        '2025-01-10',
        '2025-09-01',
        'E41',
        [
          ['C2', '2025-01-10', '2025-06-01'],
          ['C1', '2025-06-01', '2025-09-01'],
        ],
      ],
    )
    assert.equal(period?.placements.length, 1)
  })

  test('an episode that follows one still open is a problem naming both rows', () => {
    const problems = new Problems()
    planImport(
      [year(2026, [episode(2, { DECOM: '2025-01-10' }), episode(3, { DECOM: '2025-06-01', RNE: 'P' })])],
      problems,
    )
    assert.deepEqual(
      problems.list.map((p) => [p.file, p.row, p.column]),
      [['2026/episodes.csv', 3, 'DECOM']],
    )
    assert.match(problems.list[0]?.message ?? '', /2026\/episodes.csv row 2\) has not ended/)
  })

  test('an episode ended X1 with nothing after it is a problem', () => {
    const problems = new Problems()
    planImport([year(2026, [episode(2, { DECOM: '2025-01-10', DEC: '2025-06-01', REC: 'X1' })])], problems)
    assert.deepEqual(
      problems.list.map((p) => [p.row, p.column]),
      [[2, 'REC']],
    )
  })

  test('a row about a child missing from the year’s header is a problem', () => {
    const problems = new Problems()
    const folder = year(2026, [episode(2, { CHILD: 'B2', DECOM: '2025-01-10' })])
    planImport([folder], problems)
    assert.deepEqual(
      problems.list.map((p) => [p.row, p.column, p.message]),
      [[2, 'CHILD', "Child B2 is not in this year's Header file."]],
    )
  })
})

describe('the year a folder holds', () => {
  for (const [name, year] of [
    ['2025', 2025],
    ['2024-25', 2025],
    ['2024_2025', 2025],
    ['ssda903 2023-24', 2024],
    ['returns/903_2026', 2026],
    ['2024-26', null],
    ['last-year', null],
  ] as const) {
    test(`"${name}" is ${year ?? 'not dated'}`, () => assert.equal(yearOfFolder(name), year))
  }
})
