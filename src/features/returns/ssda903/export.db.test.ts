import assert from 'node:assert/strict'
import fs from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { openTestDatabase } from '../../../../test/support/test-database.ts'
import type { Database } from '../../../db/database.ts'
import type { CommandIo } from '../../../cli/io.ts'
import { load903Directory } from './load.ts'
import { export903, export903Command, write903Files } from './export.ts'
import type { ReturnData } from './return-data.ts'
import { seedRecord, type SeededChildren } from './testing/seed-record.ts'
import { temporaryFolder } from './testing/write-return.ts'
import { validate903 } from './validate.ts'

describe('903 export', () => {
  let database: Database
  let children: SeededChildren
  let exported: ReturnData
  const folders: string[] = []

  before(async () => {
    database = await openTestDatabase()
    children = await seedRecord(database.db)
    exported = await export903(database.db, 2026)
  })
  after(async () => {
    await database.close()
    folders.forEach((f) => fs.rmSync(f, { recursive: true, force: true }))
  })

  const rowsFor = (table: keyof ReturnData, child: number) => (exported[table]?.rows ?? []).filter((r) => r.CHILD === String(child))

  test('derives the episodes of a child who came into care, changed legal status, then moved', () => {
    assert.deepEqual(
      rowsFor('Episodes', children.newToCare).map((e) => [e.DECOM, e.RNE, e.LS, e.PLACE, e.PLACE_PROVIDER, e.DEC, e.REC, e.REASON_PLACE_CHANGE, e.PL_POST]),
      [
        ['01/05/2025', 'S', 'V2', 'U6', 'PR1', '20/06/2025', 'X1', '', 'TS4 4DD'],
        ['20/06/2025', 'L', 'C1', 'U6', 'PR1', '15/09/2025', 'X1', 'CARPL', 'TS4 4DD'],
        ['15/09/2025', 'P', 'C1', 'U4', 'PR4', '', '', '', 'DL1 1EE'],
      ],
    )
  })

  test('ends the period of an adopted child with the reason ceased, and reports the adoption', () => {
    assert.deepEqual(
      rowsFor('Episodes', children.adopted).map((e) => [e.DECOM, e.RNE, e.LS, e.PLACE, e.DEC, e.REC]),
      [
        ['12/12/2024', 'S', 'C1', 'U6', '05/05/2025', 'X1'],
        ['05/05/2025', 'L', 'E1', 'U6', '01/08/2025', 'X1'],
        ['01/08/2025', 'P', 'E1', 'A6', '20/02/2026', 'E11'],
      ],
    )
    assert.deepEqual(rowsFor('AD1', children.adopted), [
      { CHILD: String(children.adopted), DOB: '03/03/2023', DATE_INT: '20/04/2025', DATE_MATCH: '15/07/2025', FOSTER_CARE: '0', NB_ADOPTR: '2', SEX_ADOPTR: 'MF', LS_ADOPTR: 'L11' },
    ])
    assert.equal(rowsFor('PlacedAdoption', children.adopted)[0]?.DATE_PLACED, '20/04/2025')
  })

  test('puts the long-stay and asylum-seeking children, and no one else, in OC2', () => {
    assert.deepEqual(exported.OC2?.rows.map((r) => r.CHILD).sort(), [String(children.longStay), String(children.asylumSeeker)].sort())
    assert.deepEqual(rowsFor('OC2', children.longStay)[0], {
      CHILD: String(children.longStay),
      DOB: '15/06/2015',
      SDQ_SCORE: '14',
      SDQ_REASON: '',
      CONVICTED: '0',
      HEALTH_CHECK: '',
      IMMUNISATIONS: '1',
      TEETH_CHECK: '1',
      HEALTH_ASSESSMENT: '1',
      SUBSTANCE_MISUSE: '0',
      INTERVENTION_RECEIVED: '',
      INTERVENTION_OFFERED: '',
    })
  })

  test('reports the care leaver around the 19th birthday from the nearest contact', () => {
    assert.deepEqual(rowsFor('OC3', children.careLeaver), [{ CHILD: String(children.careLeaver), DOB: '10/10/2006', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'U1' }])
    assert.deepEqual(rowsFor('Header', children.careLeaver)[0]?.MOTHER, '')
  })

  test('fills the header, UASC, previous permanence and social worker tables', () => {
    assert.deepEqual(rowsFor('Header', children.longStay)[0], {
      CHILD: String(children.longStay),
      SEX: 'F',
      DOB: '15/06/2015',
      ETHNIC: 'WBRI',
      UPN: 'A123456789012',
      MOTHER: '0',
      MC_DOB: '',
    })
    assert.deepEqual(rowsFor('UASC', children.asylumSeeker)[0]?.DUC, '')
    assert.deepEqual(rowsFor('PrevPerm', children.newToCare)[0]?.PREV_PERM, 'Z1')
    assert.deepEqual(
      [rowsFor('SWEpisodes', children.longStay)[0]?.SW_ID, rowsFor('SWEpisodes', children.newToCare)[0]?.SW_ID?.slice(0, 2)],
      ['SW101010', 'XX'],
    )
  })

  test('passes every 2025/26 validation rule', () => {
    assert.deepEqual(validate903(exported, { year: 2026 }), [])
  })

  test('writes one CSV file per table that reads back unchanged', async () => {
    const folder = temporaryFolder()
    folders.push(folder)
    const written = await write903Files(folder, exported, 2026)
    assert.equal(written.length, 11)
    const { data, findings } = await load903Directory(folder, 2026)
    assert.deepEqual(findings, [])
    assert.deepEqual(data.Episodes?.rows, exported.Episodes?.rows)
  })

  test('writes the DoLO file, with its header only, from 2026/27', async () => {
    const folder = temporaryFolder()
    folders.push(folder)
    const written = await write903Files(folder, await export903(database.db, 2027), 2027)
    assert.deepEqual(written.at(-1), { file: 'dolo.csv', rows: 0 })
    assert.equal(fs.readFileSync(`${folder}/dolo.csv`, 'utf8'), 'CHILD,DOB,DOLO_START,DOLO_END\r\n')
  })

  test('the command refuses to run without a year or a folder', async () => {
    const errors: string[] = []
    const io: CommandIo = { out: () => undefined, err: (t) => void errors.push(t), env: {} }
    assert.equal(await export903Command.run(['903', '--out', 'x'], io), 2)
    assert.equal(await export903Command.run(['903', '--year', '2026'], io), 2)
    assert.match(errors.join('\n'), /Usage: sightline export 903 --year YYYY --out DIR/)
  })
})
