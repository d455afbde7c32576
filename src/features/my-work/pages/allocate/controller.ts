import type { AppDeps } from '../../../../services.ts'
import { codeItems } from '../../../casework/codes.ts'
import { dateValues } from '../../../casework/form-fields.ts'
import { formPage } from '../../../casework/form-page.ts'
import { urls } from '../../../casework/urls.ts'
import { allocationSchema } from './schema.ts'

export function allocateController(deps: AppDeps) {
  return formPage(
    {
      view: 'features/my-work/pages/allocate/view.njk',
      async load(req, form) {
        const ctx = await deps.allocation.load(form, Number(req.params.childId))
        return { ...ctx, pageTitle: `Allocate: ${ctx.child.name}`, activeTab: 'allocate', reasonItems: (selected: string) => codeItems('worker_change_reason', selected) }
      },
      prefill: (ctx) => ({ role: ctx.current[0]?.role ?? 'social_worker', ...dateValues('startDate', ctx.today) }),
      schema: (ctx) => allocationSchema(ctx),
      async save(ctx, data, form) {
        await deps.allocation.allocate(ctx, data, form)
        return `${urls.child(ctx.childId)}?saved=allocation`
      },
    },
    deps.drafts,
  )
}
