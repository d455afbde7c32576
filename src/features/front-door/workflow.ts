// The front door as declared data: a contact moves from "who is this child?" to "what do we do?"
// to decided. Each step names the stages it may be used in and where to send someone who deep
// links into it too early or too late. Controllers ask `guardStep`, never decide this themselves.
export const CONTACT_STAGES = ['awaiting_child', 'awaiting_decision', 'decided'] as const
export type ContactStage = (typeof CONTACT_STAGES)[number]

export const CONTACT_EVENTS = {
  child_linked: { from: ['awaiting_child', 'awaiting_decision'], to: 'awaiting_decision' },
  decision_recorded: { from: ['awaiting_decision'], to: 'decided' },
} as const satisfies Record<string, { from: readonly ContactStage[]; to: ContactStage }>
export type ContactEvent = keyof typeof CONTACT_EVENTS

export const CONTACT_STEPS = {
  'find-child': { allowedIn: ['awaiting_child', 'awaiting_decision'], otherwise: 'queue' },
  screening: { allowedIn: ['awaiting_decision'], otherwise: 'find-child' },
} as const satisfies Record<string, { allowedIn: readonly ContactStage[]; otherwise: string }>
export type ContactStep = keyof typeof CONTACT_STEPS

export function contactStage(contact: { childId: number | null; decided: boolean }): ContactStage {
  if (contact.decided) return 'decided'
  return contact.childId === null ? 'awaiting_child' : 'awaiting_decision'
}

export function transition(stage: ContactStage, event: ContactEvent): ContactStage {
  const rule = CONTACT_EVENTS[event]
  if (!(rule.from as readonly ContactStage[]).includes(stage)) throw new Error(`Cannot ${event} a contact that is ${stage}`)
  return rule.to
}

/** null when the step may be used now; otherwise the step (or the queue) to go to instead. */
export function guardStep(step: ContactStep, stage: ContactStage): 'queue' | ContactStep | null {
  const rule = CONTACT_STEPS[step]
  if ((rule.allowedIn as readonly ContactStage[]).includes(stage)) return null
  // A decided contact goes back to the queue, whatever step was asked for.
  return stage === 'decided' ? 'queue' : (rule.otherwise as 'queue' | ContactStep)
}
