// The `sightline` subcommands. Each feature adds its command here, with one line of help.
import type { CommandIo } from './io.ts'
import { subcommands } from './subcommands.ts'

export interface Command {
  summary: string
  usage: string
  run(args: string[], io: CommandIo): Promise<number>
}

export const commands: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./start.ts')).startCommand,
  migrate: async () => (await import('./migrate.ts')).migrateCommand,
  'db-types': async () => (await import('./db-types.ts')).dbTypesCommand,
  seed: async () => (await import('../features/simulator/command.ts')).seedCommand,
  export: async () =>
    subcommands('Export a statutory return from the record', 'export', {
      '903': async () => (await import('../features/returns/ssda903/export.ts')).export903Command,
      cin: async () => (await import('../features/returns/cin/export.command.ts')).exportCinCommand,
      'annex-a': async () => (await import('../features/returns/annex-a/export.command.ts')).exportAnnexACommand,
    }),
  validate: async () =>
    subcommands('Validate a statutory return against the DfE rules', 'validate', {
      '903': async () => (await import('../features/returns/ssda903/validate-command.ts')).validate903Command,
      cin: async () => (await import('../features/returns/cin/validate.command.ts')).validateCinCommand,
    }),
  import: async () =>
    subcommands('Import past statutory returns into the record', 'import', {
      '903': async () => (await import('../features/returns/ssda903/import/import-command.ts')).import903Command,
    }),
  'data-quality': async () => (await import('../features/data-quality/data-quality.command.ts')).dataQualityCommand,
  audit: async () => (await import('../features/audit/audit.command.ts')).auditCommand,
  sar: async () => (await import('../features/data-protection/data-protection.command.ts')).subjectAccessCommand,
  retention: async () => (await import('../features/data-protection/data-protection.command.ts')).retentionCommand,
  scorecard: async () => (await import('../features/performance/performance.command.ts')).scorecardCommand,
  indicators: async () => (await import('../features/performance/performance.command.ts')).indicatorsCommand,
}
