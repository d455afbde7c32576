import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { PLACE_PROVIDER, REASON_PLACE_CHANGE } from '../../../returns/ssda903/codes.ts'
import { carerItems, placementTypes, radioItems, selectItems } from '../../options.ts'
import { placementChangeSchema } from './schema.ts'

export const placementChangeController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'placement-change',
    view: 'features/looked-after/pages/placement-change/view.njk',
    schema: (ctx) =>
      placementChangeSchema({
        today: ctx.today,
        placementStart: ctx.ids.placementStartDate ?? ctx.ids.periodOfCareStartDate ?? ctx.today,
      }),
    extra: async (ctx) => {
      const carers = await deps.lookedAfter.carers()
      return {
        reasonItems: (v: unknown) => radioItems('placement_change_reason', REASON_PLACE_CHANGE, v),
        placementTypeItems: (v: unknown) => selectItems('placement_type', placementTypes(ctx.today), v),
        providerItems: (v: unknown) => radioItems('placement_provider', PLACE_PROVIDER, v),
        carerItems: (v: unknown) => carerItems(carers, v),
      }
    },
    save: async (ctx, data, form) => {
      await deps.lookedAfter.changePlacement(form, ctx, data)
    },
  })
