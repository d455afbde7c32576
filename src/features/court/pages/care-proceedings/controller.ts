import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { careProceedingsSchema } from './schema.ts'

export const careProceedingsController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'care-proceedings',
    view: 'features/court/pages/care-proceedings/view.njk',
    schema: (ctx) =>
      careProceedingsSchema({
        today: ctx.today,
        ...(ctx.ids.ploLastMeetingDate
          ? { notBefore: ctx.ids.ploLastMeetingDate, notBeforeLabel: 'the last pre-proceedings meeting' }
          : { notBefore: ctx.ids.referralDate ?? ctx.today, notBeforeLabel: 'the referral date' }),
      }),
    save: async (ctx, data, form) => {
      await deps.court.issueProceedings(form, ctx, data)
    },
  })
