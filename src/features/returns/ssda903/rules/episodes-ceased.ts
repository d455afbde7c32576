// Reasons a period of care ended, against age and placement (ssda903-fields.md §4.6 "Age checks").
import { ADOPTED, ADOPTION_PLACEMENTS, FOSTER, SGO } from '../codes.ts'
import { defineRule, hit, type Rule } from '../rule.ts'
import { ageAt, episodesWith, oneOf, rowsWith } from './helpers.ts'

/** Age on the date the episode ended, compared with a limit. */
function ageWhenCeased(code: string, reasons: readonly string[], test: (age: number) => boolean, message: string): Rule {
  return defineRule({
    code,
    message,
    tables: ['Episodes', 'Header'],
    fields: ['DEC', 'REC'],
    *check(context) {
      for (const [episode, child] of episodesWith(context, 'REC', reasons)) {
        const age = ageAt(context, child, episode.dec)
        if (age !== null && test(age)) yield hit('Episodes', episode)
      }
    },
  })
}

export const episodeCeasedRules: Rule[] = [
  ageWhenCeased('386', ADOPTED, (age) => age >= 18, 'Reason episode ceased is adopted but child has reached age 18.'),
  ageWhenCeased('387', ['E5', 'E6'], (age) => age < 14, 'Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.'),
  ageWhenCeased(
    '389',
    ['E7'],
    (age) => age < 16,
    'Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.',
  ),
  ageWhenCeased('407', SGO, (age) => age >= 18, 'Reason episode ceased is Special Guardianship Order, but child has reached age 18.'),
  ageWhenCeased('460', ['E17'], (age) => age < 18, 'Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.'),
  defineRule({
    code: '390',
    message: 'Reason episode ceased is adopted but child has not been previously placed for adoption.',
    tables: ['Episodes'],
    fields: ['PLACE', 'REC'],
    check: (context) => rowsWith(context, 'Episodes', 'REC', ADOPTED, (row) => !oneOf(row, 'PLACE', ADOPTION_PLACEMENTS)),
  }),
  defineRule({
    code: '516',
    message:
      'The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.',
    tables: ['Episodes'],
    fields: ['PLACE', 'REC'],
    check: (context) => rowsWith(context, 'Episodes', 'REC', ['E45', 'E46'], (row) => !oneOf(row, 'PLACE', FOSTER)),
  }),
]
