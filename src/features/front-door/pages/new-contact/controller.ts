import type { AppDeps } from '../../../../services.ts'
import { codeItems } from '../../../casework/codes.ts'
import { dateValues } from '../../../casework/form-fields.ts'
import { formPage } from '../../../casework/form-page.ts'
import { urls } from '../../../casework/urls.ts'
import { newContactSchema } from './schema.ts'

export function newContactController(deps: AppDeps) {
  return formPage(
    {
      view: 'features/front-door/pages/new-contact/view.njk',
      async load() {
        return { pageTitle: 'Record a new contact', today: deps.clock.today(), sourceItems: (v: string) => codeItems('referral_source', v) }
      },
      prefill: (ctx) => {
        const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(deps.clock.now())
        return { ...dateValues('receivedDate', ctx.today), receivedTime: time }
      },
      schema: (ctx) => newContactSchema(ctx.today),
      async save(_ctx, data, form) {
        const id = await deps.frontDoor.createContact(form, data)
        return urls.findChild(id)
      },
      draftKey: () => 'front-door/new-contact',
    },
    deps.drafts,
  )
}
