import { z } from 'zod'
import { codes } from '../../../casework/codes.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'
import { ALLOCATION_ROLES, type AllocationContext } from '../../allocation.service.ts'

const REASONS = codes('worker_change_reason')

export function allocationSchema(ctx: Pick<AllocationContext, 'workers' | 'current' | 'today'>) {
  return z.preprocess(
    (body) => withDateParts(['startDate'], body),
    z
      .object({
        workerId: z
          .string({ message: 'Select a worker' })
          .min(1, 'Select a worker')
          .transform(Number)
          .refine((id) => ctx.workers.some((w) => w.id === id), { message: 'Select a worker from the list' }),
        role: z.enum(ALLOCATION_ROLES, { message: 'Select the role the worker will hold' }),
        startDate: dateField('Start date', 'Enter the date the allocation starts', { notAfter: ctx.today }),
        reason: z.string().optional().transform((v) => v || null),
      })
      .superRefine((data, issue) => {
        const previous = ctx.current.find((c) => c.role === data.role)
        if (!previous) return
        if (previous.workerId === data.workerId) issue.addIssue({ code: 'custom', path: ['workerId'], message: `${previous.worker} already holds this role: select a different worker` })
        if (!data.reason || !REASONS.includes(data.reason)) issue.addIssue({ code: 'custom', path: ['reason'], message: 'Select the reason for the change of worker' })
        if (data.startDate < previous.since) issue.addIssue({ code: 'custom', path: ['startDate-day'], message: `Start date must be on or after the current allocation began (${previous.since})` })
      }),
  )
}
