// What the data-quality pages show: the latest check's open errors by rule and by team, counts over
// time, and the children behind a rule. Team managers see their teams' children; analysts and senior
// leaders (who work with returns) see every child who is not restricted. Every listing of children
// is audited as a drill-down.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { visibleChildIds } from '../../platform/access/child-access.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { countsByRule, countsByTeam, findingsForChild, findingsForRule, latestRun, runHistory, type VisibleChildIds } from './data-quality.repository.ts'

export function createDataQualityService(db: Kysely<DB>, clock: Clock, audit: AuditService) {
  const visibleTo = (principal: Principal): VisibleChildIds =>
    principal.role === 'team_manager'
      ? visibleChildIds(db, principal, clock.today())
      : db.selectFrom('child').select('child.id as child_id').where('child.is_restricted', '=', false)

  return {
    async overview() {
      const run = await latestRun(db)
      if (!run) return { run: undefined, rules: [], teams: [], history: [] }
      const [rules, teams, history] = await Promise.all([countsByRule(db, run.id), countsByTeam(db, run.id), runHistory(db, 12)])
      return { run, rules, teams, history }
    },

    async rule(principal: Principal, returnName: string, code: string, requestId: string | null) {
      const run = await latestRun(db)
      if (!run) return undefined
      const rules = await countsByRule(db, run.id)
      const rule = rules.find((r) => r.return_name === returnName && r.code === code)
      if (!rule) return undefined
      const children = await findingsForRule(db, run.id, returnName, code, visibleTo(principal))
      await audit.record({ principal, action: 'drill_down', recordType: 'data_quality_rule', recordId: `${returnName}:${code}@${run.as_at}`, outcome: 'allowed', reason: `${children.length} findings listed`, requestId })
      return { run, rule, children, hidden: Number(rule.findings) - children.length }
    },
  }
}

/** The return rules a child's record breaks in the latest check. The caller has already opened the record. */
export async function returnChecksForChild(db: Kysely<DB>, childId: number) {
  const run = await latestRun(db)
  if (!run) return undefined
  return { asAt: run.as_at, yearEnding: run.year_ending, findings: await findingsForChild(db, run.id, childId) }
}

export async function hasRunToday(db: Kysely<DB>, today: string): Promise<boolean> {
  const row = await db.selectFrom('data_quality_run').select('id').where('as_at', '=', today).executeTakeFirst()
  return row !== undefined
}

export type DataQualityService = ReturnType<typeof createDataQualityService>
