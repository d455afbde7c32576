// Writes for the looked-after child's journey, and the derived 903 episodes: becoming looked after,
// placements, legal statuses and leaving care (period-of-care.service.ts); visits, reviews, missing
// episodes, health and education (care-routine.service.ts); adoption (adoption.service.ts). Each
// write runs in one transaction as the signed-in user, with its audit row; the caller has already
// passed access and the workflow guard (casework/record-step.ts).
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { Clock } from '../../platform/time/clock.ts'
import type { CaseAccess } from '../casework/case-access.ts'
import { createAdoptionService } from './adoption.service.ts'
import { createCareRoutineService } from './care-routine.service.ts'
import { createEpisodesView } from './episodes-view.ts'
import { createPeriodOfCareService } from './period-of-care.service.ts'

export type { HealthCheckKind } from './care-routine.service.ts'
export type { EpisodeView, PeriodEpisodes } from './episodes-view.ts'
export type { CarerChoice, PlacementInput } from './period-of-care.service.ts'

export function createLookedAfterService(
  db: Kysely<DB>,
  audit: AuditService,
  access: CaseAccess,
  clock: Clock,
) {
  return {
    ...createEpisodesView(db, access, clock),
    ...createPeriodOfCareService(db, audit, clock),
    ...createCareRoutineService(db, audit),
    ...createAdoptionService(db, audit),
  }
}

export type LookedAfterService = ReturnType<typeof createLookedAfterService>
