import fs from 'node:fs'
import path from 'node:path'
import { openMemoryDatabase } from '../db/database.ts'
import { generateSchemaSource } from '../db/generate-types.ts'
import { migrateToLatest } from '../db/migrate.ts'
import type { Command } from './commands.ts'

export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../db/schema.ts')

export const dbTypesCommand: Command = {
  summary: 'Regenerate src/db/schema.ts from the migrations (developers)',
  usage: 'sightline db-types',
  async run(_args, io) {
    const database = await openMemoryDatabase()
    try {
      await migrateToLatest(database.db as never)
      fs.writeFileSync(SCHEMA_FILE, await generateSchemaSource(database.db as never))
      io.out(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`)
      return 0
    } finally {
      await database.close()
    }
  },
}
