import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { radioItems } from '../../../casework/radio-items.ts'
import { PLO_KIND_LABELS, PLO_MEETING_KINDS, PLO_OUTCOME_LABELS, PLO_OUTCOMES } from '../../court.ts'
import { ploMeetingSchema } from './schema.ts'

export const ploMeetingController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'plo-meeting',
    view: 'features/court/pages/plo-meeting/view.njk',
    schema: (ctx) =>
      ploMeetingSchema({ today: ctx.today, referralDate: ctx.ids.referralDate ?? ctx.today, ploStart: ctx.ids.ploStartDate, lastMeeting: ctx.ids.ploLastMeetingDate }),
    // Never ask twice: with pre-proceedings under way, the next meeting is a review.
    prefill: (ctx) => (ctx.ids.ploStartDate ? { kind: 'review' } : { kind: 'initial' }),
    extra: () => ({
      kindItems: (selected: string) => radioItems(PLO_MEETING_KINDS, PLO_KIND_LABELS, selected),
      outcomeItems: (selected: string) => radioItems(PLO_OUTCOMES, PLO_OUTCOME_LABELS, selected),
    }),
    save: async (ctx, data, form) => {
      await deps.court.ploMeeting(form, ctx, data)
    },
  })
