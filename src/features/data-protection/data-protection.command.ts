// `sightline sar` and `sightline retention`, for the information governance team. Both are
// audited under the operator's name; neither prints anything but ids and dates unless asked
// for the export itself.
import fs from 'node:fs'
import type { Command } from '../../cli/commands.ts'
import { parseArgs, UsageError, type CommandIo } from '../../cli/io.ts'
import { loadConfig } from '../../config.ts'
import { openDatabase } from '../../db/database.ts'
import { createChildGuard } from '../../platform/access/child-guard.ts'
import { createAuditService } from '../../platform/audit/audit.ts'
import { fixedClock, systemClock } from '../../platform/time/clock.ts'
import { createRetention, DEFAULT_REVIEW_WINDOW_DAYS } from './retention.service.ts'
import { createSubjectAccess } from './subject-access.service.ts'

async function withServices<T>(io: CommandIo, work: (services: { subjectAccess: ReturnType<typeof createSubjectAccess>; retention: ReturnType<typeof createRetention> }) => Promise<T>) {
  const config = loadConfig(io.env)
  const clock = config.today ? fixedClock(config.today) : systemClock
  const database = await openDatabase(config.database)
  try {
    const audit = createAuditService(database.db, clock)
    return await work({
      subjectAccess: createSubjectAccess(database.db, audit, createChildGuard(database.db, audit, clock), clock),
      retention: createRetention(database.db, audit, clock),
    })
  } finally {
    await database.close()
  }
}

function operatorName(options: Record<string, string | true>): string {
  const operator = options.operator
  if (typeof operator !== 'string' || !/^[\w.@-]{2,64}$/.test(operator)) throw new UsageError('Say who is running this with --operator <your username>.')
  return operator
}

export const subjectAccessCommand: Command = {
  summary: 'Export everything held about one child for a subject access request (sar)',
  usage: 'sightline sar --child <id> --operator <username> [--out <file.json>]',
  async run(args, io) {
    const { options } = parseArgs(args)
    const childId = Number(options.child)
    if (!Number.isSafeInteger(childId) || childId <= 0) throw new UsageError('Give the child’s Sightline number with --child.')
    const operator = operatorName(options)
    const json = await withServices(io, async ({ subjectAccess }) => JSON.stringify(await subjectAccess.exportForOperator(childId, operator), null, 2))
    if (typeof options.out === 'string') {
      fs.writeFileSync(options.out, json, { mode: 0o600 })
      io.out(`Wrote the subject access export for child ${childId} to ${options.out}.`)
    } else io.out(json)
    return 0
  },
}

export const retentionCommand: Command = {
  summary: 'List records due for retention review (child id, record, kept until) as CSV',
  usage: `sightline retention --operator <username> [--within <days, default ${DEFAULT_REVIEW_WINDOW_DAYS}>]`,
  async run(args, io) {
    const { options } = parseArgs(args)
    const withinDays = options.within === undefined ? DEFAULT_REVIEW_WINDOW_DAYS : Number(options.within)
    if (!Number.isInteger(withinDays) || withinDays < 0) throw new UsageError('--within must be a whole number of days.')
    const operator = operatorName(options)
    const due = await withServices(io, ({ retention }) => retention.dueForReview({ system: `retention:${operator}` }, { withinDays }))
    io.out('child_id,record_type,kept_until,overdue')
    for (const item of due) io.out(`${item.childId},${item.type},${item.until},${item.overdue ? 'yes' : 'no'}`)
    return 0
  },
}
