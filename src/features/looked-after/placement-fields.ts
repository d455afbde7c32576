// The placement questions shared by "became looked after" and "change of placement": type,
// provider, postcode and Ofsted URN, checked as the SSDA903 return will check them.
import { z } from 'zod'
import type { IsoDate } from '../../platform/time/dates.ts'
import { PLACE_PROVIDER, placementsWithoutUrn } from '../returns/ssda903/codes.ts'
import { codeChoice, collectionYearOf, placementTypes } from './options.ts'

const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/
const URN = /^(SC)?\d{6,7}$/

/** An optional code-like answer (postcode, URN): trimmed and upper-cased, empty as null. */
const optionalCode = (pattern: RegExp, message: string) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim().toUpperCase() || null)
    .refine((value) => value === null || pattern.test(value), { message })

export function placementFields(today: IsoDate) {
  return {
    placementType: codeChoice(placementTypes(today), 'Select the type of placement'),
    provider: codeChoice(PLACE_PROVIDER, 'Select who provides the placement'),
    postcode: optionalCode(POSTCODE, 'Enter a real postcode, like TS1 2AB'),
    urn: optionalCode(URN, 'Enter the Ofsted URN, like SC123456'),
    carerId: z
      .string()
      .optional()
      .refine((value) => !value || /^\d+$/.test(value), { message: 'Select a carer from the list' })
      .transform((value) => (value ? Number(value) : null)),
  }
}

/** DfE rules 218 and 222: placements with parents, in employment, in hospital, custody, temporary or other take no URN. */
export function checkPlacementUrn(
  today: IsoDate,
  data: { placementType: string; urn: string | null },
  issue: z.RefinementCtx,
) {
  if (data.urn !== null && placementsWithoutUrn(collectionYearOf(today)).includes(data.placementType)) {
    issue.addIssue({
      code: 'custom',
      path: ['urn'],
      message: 'Leave the Ofsted URN empty for this type of placement',
    })
  }
}
