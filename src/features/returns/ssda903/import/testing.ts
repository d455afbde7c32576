// Helpers for the import tests: row counts of every table an import writes, and folders of CSV
// text written byte for byte (so a test can add a BOM, CRLF or a broken line).
import fs from 'node:fs'
import path from 'node:path'
import type { Kysely } from 'kysely'
import type { DB } from '../../../../db/schema.ts'

export const IMPORTED_TABLES = [
  'child',
  'period_of_care',
  'legal_status',
  'placement',
  'address',
  'cla_review',
  'missing_episode',
  'immigration_status',
  'sdq',
  'health_check',
  'immunisation_status',
  'offence',
  'substance_misuse',
  'care_leaver',
  'care_leaver_contact',
  'adoption_journey',
  'previous_permanence',
  'related_person',
  'relationship',
] as const satisfies readonly (keyof DB)[]

export async function rowCounts(db: Kysely<DB>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of IMPORTED_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    counts[table] = Number(row.n)
  }
  return counts
}

/** Writes files given as name → text into a new folder under `parent`. */
export function writeFolder(parent: string, name: string, files: Record<string, string>): string {
  const directory = path.join(parent, name)
  fs.mkdirSync(directory, { recursive: true })
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(directory, file), text)
  return directory
}

export const csv = (...lines: string[]): string => `${lines.join('\r\n')}\r\n`
