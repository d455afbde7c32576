import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { CATEGORY_OF_NEED, LEGAL_STATUS, PLACE_PROVIDER } from '../../../returns/ssda903/codes.ts'
import { carerItems, placementTypes, radioItems, selectItems } from '../../options.ts'
import { becomeLookedAfterSchema } from './schema.ts'

export const becomeLookedAfterController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'become-looked-after',
    view: 'features/looked-after/pages/become-looked-after/view.njk',
    schema: (ctx) =>
      becomeLookedAfterSchema({
        today: ctx.today,
        referralDate: ctx.ids.referralDate ?? ctx.today,
        lastPeriodEnd: ctx.ids.lastPeriodEndDate,
      }),
    extra: async (ctx) => {
      const carers = await deps.lookedAfter.carers()
      return {
        needItems: (v: unknown) => radioItems('category_of_need', CATEGORY_OF_NEED, v),
        legalStatusItems: (v: unknown) => radioItems('legal_status', LEGAL_STATUS, v),
        placementTypeItems: (v: unknown) => selectItems('placement_type', placementTypes(ctx.today), v),
        providerItems: (v: unknown) => radioItems('placement_provider', PLACE_PROVIDER, v),
        carerItems: (v: unknown) => carerItems(carers, v),
      }
    },
    save: async (ctx, data, form) => {
      await deps.lookedAfter.becomeLookedAfter(form, ctx, data)
    },
  })
