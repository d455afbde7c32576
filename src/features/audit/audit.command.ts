// `sightline audit verify`: recompute the audit chain and name the first entry that breaks it.
// Exit 0 when intact, 1 when broken, so a scheduled job can alert on it.
import type { Command } from '../../cli/commands.ts'
import { UsageError } from '../../cli/io.ts'
import { loadConfig } from '../../config.ts'
import { openDatabase } from '../../db/database.ts'
import { verifyAuditChain } from '../../platform/audit/audit-verify.ts'

export const auditCommand: Command = {
  summary: 'Check the audit trail has not been edited or had entries deleted (audit verify)',
  usage: 'sightline audit verify',
  async run(args, io) {
    if (args[0] !== 'verify') throw new UsageError(args[0] ? `Unknown audit subcommand "${args[0]}".` : 'Say what to do with the audit trail.')
    const database = await openDatabase(loadConfig(io.env).database)
    try {
      const result = await verifyAuditChain(database.db)
      if (!result.ok) {
        io.err(`Audit trail BROKEN after ${result.entries} good entries. ${result.message}`)
        return 1
      }
      io.out(`Audit trail intact: ${result.entries} entries; last entry ${result.headId ?? '(none)'}, head hash ${result.headHash}.`)
      io.out('Record the head hash somewhere else: entries deleted from the very end can only be found by comparing with it.')
      return 0
    } finally {
      await database.close()
    }
  },
}
