// The SSDA903 episodes of each period of care, derived from its spells, as the episodes page shows them.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { Clock } from '../../platform/time/clock.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { CaseAccess } from '../casework/case-access.ts'
import { childHeader, type ChildHeader } from '../casework/child-header.ts'
import { codeLabel } from '../casework/codes.ts'
import type { FormContext } from '../casework/form-page.ts'
import { deriveEpisodes } from './episodes.ts'
import { episodeSources } from './looked-after.repository.ts'

/** One SSDA903 episode as the episodes page shows it. */
export interface EpisodeView {
  decom: IsoDate
  rne: string
  rneLabel: string
  legalStatus: string | null
  legalStatusLabel: string
  placementType: string | null
  placementLabel: string
  provider: string | null
  dec: IsoDate | null
  rec: string | null
  recLabel: string
  reasonPlaceChange: string | null
  homePostcode: string | null
}

export interface PeriodEpisodes {
  startDate: IsoDate
  endDate: IsoDate | null
  reasonCeased: string | null
  reasonCeasedLabel: string
  categoryOfNeed: string
  episodes: EpisodeView[]
}

/** Every period of care with its derived 903 episodes, newest period first (read, audited). */
export function createEpisodesView(db: Kysely<DB>, access: CaseAccess, clock: Clock) {
  return {
    async episodes(
      form: FormContext,
      childId: number,
    ): Promise<{ child: ChildHeader; periods: PeriodEpisodes[] }> {
      const seen = await access.openChild({
        principal: form.principal,
        childId,
        requestId: form.requestId,
        action: 'view',
        recordType: 'ssda903_episodes',
      })
      const [child, sources] = await Promise.all([
        childHeader(db, seen, clock.today()),
        episodeSources(db, seen),
      ])
      const homeAddresses = sources.addresses.map((a) => ({
        postcode: a.postcode,
        startDate: a.start_date,
        endDate: a.end_date,
      }))
      const periods = sources.periods.map((period): PeriodEpisodes => {
        const episodes = deriveEpisodes({
          period: {
            startDate: period.start_date,
            endDate: period.end_date,
            reasonCeased: period.reason_ceased,
            categoryOfNeed: period.category_of_need,
          },
          legalStatuses: sources.legalStatuses
            .filter((l) => l.period_of_care_id === period.id)
            .map((l) => ({ code: l.code, startDate: l.start_date, endDate: l.end_date })),
          placements: sources.placements
            .filter((p) => p.period_of_care_id === period.id)
            .map((p) => ({
              placementType: p.placement_type,
              provider: p.provider,
              carerId: p.carer_id,
              postcode: p.postcode,
              urn: p.urn,
              startDate: p.start_date,
              endDate: p.end_date,
              changeReason: p.change_reason,
            })),
          homeAddresses,
        })
        return {
          startDate: period.start_date,
          endDate: period.end_date,
          reasonCeased: period.reason_ceased,
          reasonCeasedLabel: codeLabel('reason_episode_ceased', period.reason_ceased),
          categoryOfNeed: period.category_of_need,
          episodes: episodes.map((e) => ({
            decom: e.decom,
            rne: e.rne,
            rneLabel: codeLabel('reason_new_episode', e.rne),
            legalStatus: e.legalStatus?.code ?? null,
            legalStatusLabel: codeLabel('legal_status', e.legalStatus?.code),
            placementType: e.placement?.placementType ?? null,
            placementLabel: codeLabel('placement_type', e.placement?.placementType),
            provider: e.placement?.provider ?? null,
            dec: e.dec,
            rec: e.rec,
            recLabel: codeLabel('reason_episode_ceased', e.rec),
            reasonPlaceChange: e.reasonPlaceChange,
            homePostcode: e.homePostcode,
          })),
        }
      })
      return { child, periods: periods.reverse() }
    },
  }
}
