import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'
import { PLO_MEETING_KINDS, PLO_OUTCOMES } from '../../court.ts'

/**
 * A pre-proceedings meeting. The initial meeting starts the process; review and exit meetings
 * belong to one that has started and not ended. Each meeting follows the last one (or, for the
 * initial meeting, the referral). An exit meeting ends pre-proceedings, so it cannot "continue".
 */
export function ploMeetingSchema(ctx: { today: IsoDate; referralDate: IsoDate; ploStart: IsoDate | null; lastMeeting: IsoDate | null }) {
  const follows = ctx.lastMeeting
    ? { notBefore: ctx.lastMeeting, notBeforeLabel: 'the last pre-proceedings meeting' }
    : { notBefore: ctx.referralDate, notBeforeLabel: 'the referral date' }
  return z.preprocess(
    (body) => withDateParts(['meetingDate'], body),
    z
      .object({
        kind: z.enum(PLO_MEETING_KINDS, { message: 'Select the kind of meeting' }),
        meetingDate: dateField('Date of the meeting', 'Enter the date of the meeting', { notAfter: ctx.today, ...follows }),
        outcome: z.enum(PLO_OUTCOMES, { message: 'Select the outcome of the meeting' }),
      })
      .superRefine((data, issue) => {
        const add = (path: string, message: string) => issue.addIssue({ code: 'custom', path: [path], message })
        if (data.kind === 'initial' && ctx.ploStart) add('kind', 'Pre-proceedings have already started: select a review or exit meeting')
        if (data.kind !== 'initial' && !ctx.ploStart) add('kind', 'Record the initial pre-proceedings meeting first')
        if (data.kind === 'exit' && data.outcome === 'continue_pre_proceedings') add('outcome', 'An exit meeting ends pre-proceedings: select how they ended')
        if (data.kind !== 'exit' && data.outcome === 'exit') add('outcome', 'Only an exit meeting ends pre-proceedings with concerns addressed')
      }),
  )
}
