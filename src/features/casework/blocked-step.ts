// A step opened before its prerequisites are in the record (a bookmark, a link from an old page, a
// record someone else changed meanwhile): its own page saying what it is waiting for and where to go
// next, instead of a generic conflict.
import { conflict, type AppError } from '../../platform/errors.ts'
import { urls } from './urls.ts'
import { RECORD_STEPS, type RecordStepId } from './workflow.ts'

export function blockedStepTitle(step: RecordStepId): string {
  const label = RECORD_STEPS[step].label
  return `You cannot ${label.charAt(0).toLowerCase()}${label.slice(1)} yet`
}

export function blockedStep(childId: number, step: RecordStepId, reason: string): AppError {
  return conflict(reason, {
    title: blockedStepTitle(step),
    reasons: [{ text: reason, action: { href: urls.recordMenu(childId), text: 'See what you can record now' } }],
    back: { href: urls.child(childId), text: 'Go back to the child’s record' },
  })
}
