// The `sightline` subcommands. Each feature adds its command here, with one line of help.
import type { CommandIo } from './io.ts'

export interface Command {
  summary: string
  usage: string
  run(args: string[], io: CommandIo): Promise<number>
}

export const commands: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./start.ts')).startCommand,
  migrate: async () => (await import('./migrate.ts')).migrateCommand,
  'db-types': async () => (await import('./db-types.ts')).dbTypesCommand,
}
