// Whether the council is in touch with a care leaver: the SSDA903 IN_TOUCH codes and their wording.
export const IN_TOUCH = ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'] as const
export type InTouch = (typeof IN_TOUCH)[number]

export const IN_TOUCH_LABELS: Record<InTouch, string> = {
  YES: 'In touch',
  NO: 'Not in touch',
  DIED: 'The young person has died',
  REFU: 'The young person refuses contact',
  NREQ: 'The young person no longer needs services',
  RHOM: 'Returned home to parents for 6 months or more',
}
