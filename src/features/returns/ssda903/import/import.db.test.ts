import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import type { CommandIo } from '../../../../cli/io.ts'
import type { Database } from '../../../../db/database.ts'
import { writeAs } from '../../../../db/write.ts'
import { createAuditService } from '../../../../platform/audit/audit.ts'
import { fixedClock } from '../../../../platform/time/clock.ts'
import { export903, write903Files } from '../export.ts'
import { seedRecord } from '../testing/seed-record.ts'
import { temporaryFolder } from '../testing/write-return.ts'
import { Import903Error, type ImportProblem } from './import-error.ts'
import { import903, type YearDirectory } from './import-903.ts'
import { import903Command } from './import-command.ts'
import { rowCounts } from './testing.ts'

const clock = fixedClock('2026-12-03')
/** Files the import reads but cannot keep (social workers are not matched to ours). */
const NOT_IMPORTED = new Set(['sw_episodes.csv'])

async function exportTo(database: Database, folder: string, year: number): Promise<string> {
  await write903Files(folder, await export903(database.db, year), year)
  return folder
}

function readFolder(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of fs.readdirSync(folder).sort())
    if (!NOT_IMPORTED.has(name)) files[name] = fs.readFileSync(path.join(folder, name), 'utf8')
  return files
}

/** Each file's lines, sorted. */
function lines(files: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, text.split('\r\n').sort()]))
}

describe('903 import', () => {
  const root = temporaryFolder('903-import-')
  let source: Database
  let target: Database
  let year2024: YearDirectory
  let year2026: YearDirectory

  const importInto = (database: Database, directories: YearDirectory[]) =>
    import903(database.db, createAuditService(database.db, clock), directories)

  /** A copy of a year's folder with one file changed, under a parent of its own. */
  function variant(
    name: string,
    from: YearDirectory,
    file: string,
    change: (text: string) => string,
  ): YearDirectory {
    const directory = path.join(root, name, path.basename(from.directory))
    fs.cpSync(from.directory, directory, { recursive: true })
    fs.writeFileSync(path.join(directory, file), change(fs.readFileSync(path.join(directory, file), 'utf8')))
    return { directory, year: from.year }
  }

  async function rejected(directories: YearDirectory[]): Promise<readonly ImportProblem[]> {
    const before = await rowCounts(target.db)
    const error = await importInto(target, directories).then(
      () => assert.fail('the import should have been refused'),
      (e: unknown) => e,
    )
    assert.ok(error instanceof Import903Error, String(error))
    assert.deepEqual(await rowCounts(target.db), before, 'the database is unchanged')
    return error.problems
  }

  before(async () => {
    source = await openTestDatabase()
    await seedRecord(source.db)
    year2024 = { directory: await exportTo(source, path.join(root, 'source', '2023-24'), 2024), year: 2024 }
    year2026 = { directory: await exportTo(source, path.join(root, 'source', '2025-26'), 2026), year: 2026 }
    target = await openTestDatabase()
  })
  after(async () => {
    await source.close()
    await target.close()
    fs.rmSync(root, { recursive: true, force: true })
  })

  test('two years exported, imported into an empty record and exported again give the same files', async () => {
    const summary = await importInto(target, [year2026, year2024])
    assert.deepEqual(summary.years, [2024, 2026])
    assert.equal(summary.childrenCreated, 5)
    const lines = (folder: string, file: string) =>
      fs.readFileSync(path.join(folder, file), 'utf8').trim().split('\r\n').length - 1
    assert.deepEqual(
      ['episodes.csv', 'reviews.csv', 'oc2.csv', 'ad1.csv', 'prev_perm.csv', 'missing.csv', 'oc3.csv'].map(
        (f) => lines(year2026.directory, f),
      ),
      [8, 4, 2, 1, 1, 1, 1],
      'the 2025/26 return has rows in every table the import reads',
    )
    for (const { directory, year } of [year2024, year2026]) {
      const again = await exportTo(target, path.join(root, 'again', String(year)), year)
      assert.deepEqual(readFolder(again), readFolder(directory), `the ${year} return`)
    }
  })

  test('keeps each CHILD as the legacy id and writes every change as the import', async () => {
    const children = await target.db
      .selectFrom('child')
      .select(['legacy_id', 'recorded_by', 'forename'])
      .orderBy('id')
      .execute()
    assert.deepEqual(
      children.map((c) => c.legacy_id),
      ['1', '2', '3', '4', '5'],
    )
    assert.ok(children.every((c) => c.recorded_by === 'system:import-903' && c.forename === 'Not recorded'))
    const audited = await target.db
      .selectFrom('audit_event')
      .select(['action', 'record_type', 'outcome'])
      .where('username', '=', 'system:import-903')
      .execute()
    assert.equal(
      audited.filter((a) => a.action === 'create' && a.record_type === 'child' && a.outcome === 'allowed')
        .length,
      5,
    )
  })

  test('years imported one at a time, in either order, give the same record as together', async () => {
    for (const order of [
      [year2024, year2026],
      [year2026, year2024],
    ]) {
      const database = await openTestDatabase()
      try {
        for (const folder of order) await importInto(database, [folder])
        for (const { directory, year } of order) {
          const again = await exportTo(
            database,
            path.join(root, `one-by-one-${order[0]?.year}`, String(year)),
            year,
          )
          // Children are numbered in the order they arrive, so rows may come in another order.
          assert.deepEqual(
            lines(readFolder(again)),
            lines(readFolder(directory)),
            `the ${year} return, ${order[0]?.year} first`,
          )
        }
      } finally {
        await database.close()
      }
    }
  })

  test('a dry run checks everything and changes nothing', async () => {
    const before = await rowCounts(target.db)
    const summary = await import903(target.db, createAuditService(target.db, clock), [year2024, year2026], {
      dryRun: true,
    })
    assert.deepEqual([summary.dryRun, summary.childrenUpdated, summary.periods], [true, 5, 5])
    assert.deepEqual(await rowCounts(target.db), before)
  })

  test('importing the same years again changes nothing and duplicates no one', async () => {
    const before = await rowCounts(target.db)
    const summary = await importInto(target, [year2024, year2026])
    assert.deepEqual([summary.childrenCreated, summary.childrenUpdated], [0, 5])
    assert.deepEqual(await rowCounts(target.db), before)
    const again = await exportTo(target, path.join(root, 'again-twice', '2026'), 2026)
    assert.deepEqual(readFolder(again), readFolder(year2026.directory))
  })

  test('a later year supersedes an earlier one, whatever order the folders are given in', async () => {
    const changed = variant('later', year2026, 'header.csv', (text) =>
      text.replace(/^1,F,15\/06\/2015,WBRI,/m, '1,F,15/06/2015,WIRI,'),
    )
    const database = await openTestDatabase()
    try {
      await importInto(database, [changed, year2024])
      const child = await database.db
        .selectFrom('child')
        .select('ethnicity')
        .where('legacy_id', '=', '1')
        .executeTakeFirstOrThrow()
      assert.equal(child.ethnicity, 'WIRI')
    } finally {
      await database.close()
    }
  })

  test('reads a byte-order mark, CRLF or LF line endings and quoted fields', async () => {
    const quoted = variant(
      'bom',
      year2026,
      'header.csv',
      (text) =>
        `\uFEFF${text
          .split('\r\n')
          .map((line) =>
            line === ''
              ? ''
              : line
                  .split(',')
                  .map((f) => `"${f}"`)
                  .join(','),
          )
          .join('\n')}`,
    )
    fs.writeFileSync(
      path.join(quoted.directory, 'reviews.csv'),
      fs.readFileSync(path.join(quoted.directory, 'reviews.csv'), 'utf8').replaceAll('\r\n', '\n'),
    )
    const before = await rowCounts(target.db)
    await importInto(target, [year2024, quoted])
    assert.deepEqual(await rowCounts(target.db), before)
  })

  test('refuses a file whose header lacks a column, naming it', async () => {
    const bad = variant('missing-column', year2026, 'episodes.csv', (text) =>
      text.replace(',URN\r\n', '\r\n').replaceAll(/,(SC\d{6})?\r\n/g, '\r\n'),
    )
    const problems = await rejected([bad])
    assert.deepEqual(
      problems.map((p) => [p.file, p.row, p.column]),
      [['2025-26/episodes.csv', 1, 'URN']],
    )
    assert.match(problems[0]?.message ?? '', /looks like the Episodes table but has no URN column/)
  })

  test('refuses a header that is not a DfE table', async () => {
    const bad = variant('wrong-header', year2026, 'reviews.csv', (text) =>
      text.replace('REVIEW_CODE', 'PARTICIPATION'),
    )
    const [problem] = await rejected([bad])
    assert.deepEqual(
      [problem?.file, problem?.row, problem?.column],
      ['2025-26/reviews.csv', 1, 'REVIEW_CODE'],
    )
    assert.match(problem?.message ?? '', /unexpected column PARTICIPATION/)
  })

  test('refuses an empty file', async () => {
    const bad = variant('empty', year2026, 'missing.csv', () => '')
    const [problem] = await rejected([bad])
    assert.deepEqual([problem?.file, problem?.row, problem?.column], ['2025-26/missing.csv', null, null])
    assert.match(problem?.message ?? '', /empty/)
  })

  test('refuses a date with a two-digit year', async () => {
    const bad = variant('two-digit', year2026, 'header.csv', (text) => text.replace('15/06/2015', '15/06/15'))
    const [problem] = await rejected([bad])
    assert.deepEqual([problem?.file, problem?.row, problem?.column], ['2025-26/header.csv', 2, 'DOB'])
    assert.match(problem?.message ?? '', /two-digit year/)
  })

  test('refuses a date that does not exist', async () => {
    const bad = variant('impossible', year2026, 'reviews.csv', (text) =>
      text.replace('10/07/2025', '31/06/2025'),
    )
    const [problem] = await rejected([bad])
    assert.equal(problem?.column, 'REVIEW')
    assert.match(problem?.message ?? '', /"31\/06\/2025" is not a real date/)
  })

  test('refuses a code that is not in the year’s list', async () => {
    const bad = variant('unknown-code', year2026, 'episodes.csv', (text) =>
      text.replace(',C2,N1,', ',C9,N1,'),
    )
    const [problem] = await rejected([bad])
    assert.deepEqual([problem?.file, problem?.row, problem?.column], ['2025-26/episodes.csv', 2, 'LS'])
    assert.match(problem?.message ?? '', /"C9" is not a LS code in 2025\/26/)
  })

  test('refuses a repeated row', async () => {
    const bad = variant('repeated', year2026, 'reviews.csv', (text) => {
      const lines = text.split('\r\n')
      return [...lines.slice(0, 2), lines[1], ...lines.slice(2)].join('\r\n')
    })
    const [problem] = await rejected([bad])
    assert.deepEqual(
      [problem?.row, problem?.column, problem?.message],
      [3, 'REVIEW', 'This row repeats row 2.'],
    )
  })

  test('refuses two header rows for the same child', async () => {
    const bad = variant(
      'two-headers',
      year2026,
      'header.csv',
      (text) => `${text}1,F,15/06/2015,WIRI,A123456789012,0,\r\n`,
    )
    const [problem] = await rejected([bad])
    assert.equal(problem?.column, 'CHILD')
    assert.match(problem?.message ?? '', /Row 2 is already about the same child/)
  })

  test('reads a quoted comma as part of its field, not as a new column', async () => {
    const bad = variant('quoted-comma', year2026, 'header.csv', (text) =>
      text.replace(',WBRI,A123456789012,', ',"WBRI,X",A123456789012,'),
    )
    const [problem] = await rejected([bad])
    assert.deepEqual([problem?.row, problem?.column], [2, 'ETHNIC'])
    assert.match(problem?.message ?? '', /"WBRI,X" is not a ETHNIC code/)
  })

  test('refuses a file that is not UTF-8 text', async () => {
    const bad = variant('latin-1', year2026, 'header.csv', (text) => text)
    const file = path.join(bad.directory, 'header.csv')
    fs.writeFileSync(
      file,
      Buffer.concat([fs.readFileSync(file), Buffer.from([0x41, 0x32, 0x2c, 0xe9, 0x0d, 0x0a])]),
    )
    const [problem] = await rejected([bad])
    assert.equal(problem?.file, '2025-26/header.csv')
    assert.match(problem?.message ?? '', /not valid UTF-8/)
  })

  test('refuses a year without its Header file', async () => {
    const bad = variant('no-header', year2026, 'header.csv', (text) => text)
    fs.rmSync(path.join(bad.directory, 'header.csv'))
    const [problem] = await rejected([bad])
    assert.deepEqual([problem?.file, problem?.row], ['2025-26', null])
    assert.match(problem?.message ?? '', /No Header file/)
  })

  test('refuses a row with too many cells', async () => {
    const bad = variant('ragged', year2026, 'missing.csv', (text) =>
      text.replace('06/09/2025\r\n', '06/09/2025,extra\r\n'),
    )
    const [problem] = await rejected([bad])
    assert.match(problem?.message ?? '', /6 cells where the header has 5/)
  })

  test('rolls back everything when a problem is found while writing', async () => {
    // Child 2's period of care starts on 1 May 2025: a review in April has no period to belong to.
    const bad = variant('no-period', year2026, 'reviews.csv', (text) =>
      text.replace('25/05/2025', '20/04/2025'),
    )
    const [problem] = await rejected([year2024, bad])
    assert.deepEqual([problem?.file, problem?.column], ['2025-26/reviews.csv', 'REVIEW'])
    assert.match(problem?.message ?? '', /No period of care of child 2 covers the review/)
  })

  test('refuses a CHILD that is already the id of a child recorded in Sightline', async () => {
    // The source's own children are 1 to 5, exported as CHILD 1 to 5: importing their return back
    // would give two children one CHILD.
    const error = await import903(source.db, createAuditService(source.db, clock), [year2024]).then(
      () => assert.fail('the import should have been refused'),
      (e: unknown) => e,
    )
    assert.ok(error instanceof Import903Error, String(error))
    const clash = error.problems.filter((p) => p.column === 'CHILD')
    const headerRows = fs.readFileSync(path.join(year2024.directory, 'header.csv'), 'utf8').trim().split(/\r?\n/).length - 1
    assert.ok(headerRows > 0)
    assert.equal(clash.length, headerRows, 'every child of the year clashes')
    assert.match(clash[0]?.file ?? '', /header\.csv$/)
    assert.match(clash[0]?.message ?? '', /CHILD 1 is already the identifier of a child recorded in Sightline/)
    assert.equal(await source.db.selectFrom('child').select('id').where('legacy_id', 'is not', null).executeTakeFirst(), undefined)
  })

  test('numbers children recorded after an import past the largest numeric CHILD', async () => {
    const fresh = await openTestDatabase()
    try {
      // Child 1 becomes CHILD 70 in every file (CHILD is each file's first column).
      const renumbered = path.join(root, 'renumbered', '2023-24')
      fs.cpSync(year2024.directory, renumbered, { recursive: true })
      for (const file of fs.readdirSync(renumbered)) {
        const full = path.join(renumbered, file)
        fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/^1,/gm, '70,'))
      }
      await import903(fresh.db, createAuditService(fresh.db, clock), [{ directory: renumbered, year: 2024 }])
      const native = await writeAs(fresh.db, { id: 'user:test' }, (trx) =>
        trx
          .insertInto('child')
          .values({ forename: 'New', surname: 'Child', sex: 'F', date_of_birth: '2020-01-01' })
          .returning('id')
          .executeTakeFirstOrThrow(),
      )
      assert.ok(native.id > 70, `a child recorded after the import is numbered ${native.id}, past CHILD 70`)
    } finally {
      await fresh.close()
    }
  })

  test('records a refused import in the audit trail', async () => {
    const refused = await target.db
      .selectFrom('audit_event')
      .select('reason')
      .where('record_type', '=', 'ssda903_import')
      .where('outcome', '=', 'refused')
      .execute()
    assert.ok(refused.length > 0)
  })

  test('the command names a folder it cannot date and refuses unknown options', async () => {
    const errors: string[] = []
    const io: CommandIo = { out: () => undefined, err: (t) => void errors.push(t), env: {} }
    const undated = path.join(root, 'undated')
    fs.mkdirSync(undated, { recursive: true })
    assert.equal(await import903Command.run([undated], io), 2)
    assert.equal(await import903Command.run([year2024.directory, '--force'], io), 2)
    assert.equal(await import903Command.run([], io), 2)
    assert.match(errors.join('\n'), /Cannot tell which year .*undated holds/)
    assert.match(errors.join('\n'), /Usage: sightline import 903 DIR\.\.\. \[--year YYYY\]/)
  })
})
