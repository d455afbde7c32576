import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { careLeaverContactSchema } from './schema.ts'

const schema = careLeaverContactSchema({ today: '2026-11-23', careEnded: '2025-06-30' })
const d = { 'contactDate-day': '20', 'contactDate-month': '11', 'contactDate-year': '2026' }
const messages = (input: Record<string, string>) => schema.safeParse(input).error?.issues.map((i) => i.message) ?? []

describe('care leaver contact schema', () => {
  it('reads a contact where the council is in touch', () => {
    assert.deepEqual(schema.parse({ ...d, inTouch: 'YES', accommodation: 'U', accommodationSuitable: 'yes', activity: 'F5' }), {
      contactDate: '2026-11-20',
      inTouch: 'YES',
      accommodation: 'U',
      accommodationSuitable: true,
      activity: 'F5',
    })
  })
  it('needs accommodation and activity when in touch', () => {
    assert.deepEqual(messages({ ...d, inTouch: 'YES' }), ['Select the young person’s accommodation', 'Select the young person’s main activity'])
  })
  it('needs the suitability of recorded accommodation', () => {
    assert.deepEqual(messages({ ...d, inTouch: 'YES', accommodation: 'U', activity: 'F5' }), ['Select whether the accommodation is suitable'])
  })
  it('leaves accommodation and activity empty when the young person has returned home', () => {
    assert.deepEqual(messages({ ...d, inTouch: 'RHOM', accommodation: 'B', accommodationSuitable: 'yes' }), ['Do not record accommodation for a young person who has died or returned home'])
  })
  it('allows nothing else when not in touch', () => {
    assert.deepEqual(schema.parse({ ...d, inTouch: 'NO', accommodationSuitable: 'yes' }), { contactDate: '2026-11-20', inTouch: 'NO', accommodation: null, accommodationSuitable: null, activity: null })
  })
  it('refuses a code that is not in the list', () => {
    assert.deepEqual(messages({ ...d, inTouch: 'NO', activity: 'ZZ' }), ['Select the young person’s main activity'])
  })
  it('refuses a contact before the young person left care', () => {
    assert.equal(messages({ 'contactDate-day': '29', 'contactDate-month': '6', 'contactDate-year': '2025', inTouch: 'NO' })[0], 'Date of the contact must be on or after the date the young person left care')
  })
  it('asks whether the council is in touch', () => {
    assert.deepEqual(messages(d), ['Select whether the council is in touch with the young person'])
  })
})
