import type { AppDeps } from '../../../../services.ts'
import { codeItems } from '../../../casework/codes.ts'
import { dateValues } from '../../../casework/form-fields.ts'
import { radioItems } from '../../../casework/radio-items.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { IN_TOUCH, IN_TOUCH_LABELS } from '../../in-touch.ts'
import { careLeaverContactSchema } from './schema.ts'

export const careLeaverContactController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'care-leaver-contact',
    view: 'features/leaving-care/pages/care-leaver-contact/view.njk',
    schema: (ctx) => careLeaverContactSchema({ today: ctx.today, careEnded: ctx.ids.careLeaverSince }),
    prefill: (ctx) => dateValues('contactDate', ctx.today),
    extra: () => ({
      inTouchItems: (selected: string) => radioItems(IN_TOUCH, IN_TOUCH_LABELS, selected),
      accommodationItems: (selected: string) => codeItems('care_leaver_accommodation', selected),
      activityItems: (selected: string) => codeItems('care_leaver_activity', selected),
    }),
    save: async (ctx, data, form) => {
      await deps.leavingCare.recordContact(form, ctx, data)
    },
  })
