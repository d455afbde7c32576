// Subject access: everything held about one child, as one JSON document: the child, every
// record in every table that holds child records, earlier versions of those records, the people
// linked to the child (third-party information, to review before disclosure), who was given or
// took access to the record, and the audit of everyone who viewed or changed it.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { ChildGuard } from '../../platform/access/child-guard.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import { notFound } from '../../platform/errors.ts'
import type { Clock } from '../../platform/time/clock.ts'
import {
  accessGrantsOfChild,
  accessLogOfChild,
  breakGlassOfChild,
  childRowsIn,
  findChild,
  historyOfChild,
  relatedPeople,
  relationshipsNamingChild,
  tablesWithChildRecords,
} from './data-protection.repository.ts'

export interface SubjectAccessExport {
  childId: number
  generatedAt: string
  generatedBy: string
  child: Record<string, unknown>
  records: Record<string, Array<Record<string, unknown>>>
  relationshipsOnOtherChildrensRecords: Array<Record<string, unknown>>
  thirdPartyPeople: Array<Record<string, unknown>>
  previousVersions: Array<Record<string, unknown>>
  accessGrants: Array<Record<string, unknown>>
  emergencyAccess: Array<Record<string, unknown>>
  accessLog: Array<Record<string, unknown>>
}

export function createSubjectAccess(db: Kysely<DB>, audit: AuditService, guard: ChildGuard, clock: Clock) {
  async function collect(childId: number, generatedBy: string): Promise<SubjectAccessExport> {
    const child = await findChild(db, childId)
    if (!child) throw notFound()
    const records: SubjectAccessExport['records'] = {}
    for (const table of await tablesWithChildRecords(db)) {
      const rows = await childRowsIn(db, table, childId)
      if (rows.length > 0) records[table] = rows
    }
    return {
      childId,
      generatedAt: clock.now().toISOString(),
      generatedBy,
      child,
      records,
      relationshipsOnOtherChildrensRecords: await relationshipsNamingChild(db, childId),
      thirdPartyPeople: await relatedPeople(db, childId),
      previousVersions: await historyOfChild(db, childId),
      accessGrants: await accessGrantsOfChild(db, childId),
      emergencyAccess: await breakGlassOfChild(db, childId),
      accessLog: await accessLogOfChild(db, childId),
    }
  }

  return {
    /** From a page: only for a child the person can see; the guard audits the export or its refusal. */
    async exportForPerson(principal: Principal, rawChildId: string, requestId: string | null): Promise<SubjectAccessExport> {
      const childId = await guard.open({ principal, childId: rawChildId, requestId, action: 'export', recordType: 'subject_access_export' })
      return collect(childId, principal.username)
    },
    /** From the command line, by the information governance team; audited under the operator's name. */
    async exportForOperator(childId: number, operator: string): Promise<SubjectAccessExport> {
      const result = await collect(childId, `operator:${operator}`)
      await audit.record({ principal: { system: `sar:${operator}` }, action: 'export', recordType: 'subject_access_export', recordId: childId, childId, outcome: 'allowed' })
      return result
    },
    /** Counts per section, for the page that offers the download (audited as a view by the guard). */
    async summary(principal: Principal, rawChildId: string, requestId: string | null) {
      const childId = await guard.open({ principal, childId: rawChildId, requestId, action: 'view', recordType: 'subject_access_summary' })
      const data = await collect(childId, principal.username)
      return {
        childId,
        sections: [
          ...Object.entries(data.records).map(([table, rows]) => ({ name: table.replaceAll('_', ' '), count: rows.length })),
          { name: 'earlier versions of records', count: data.previousVersions.length },
          { name: 'people linked to the child (third parties)', count: data.thirdPartyPeople.length },
          { name: 'who viewed or changed the record', count: data.accessLog.length },
        ],
      }
    },
  }
}

export type SubjectAccess = ReturnType<typeof createSubjectAccess>
