import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { retentionDates, type RetentionFacts } from './retention-rules.ts'

const child = (facts: Partial<RetentionFacts>): RetentionFacts => ({
  dateOfBirth: '2010-05-14',
  dateOfDeath: null,
  adoptionOrderDate: null,
  lookedAfter: false,
  careLeaver: false,
  childProtection: false,
  childInNeed: false,
  earlyHelp: false,
  lastContactDate: null,
  ...facts,
})

const until = (facts: Partial<RetentionFacts>) => Object.fromEntries(retentionDates(child(facts)).map((d) => [d.type, d.until]))

describe('retention dates', () => {
  it('keeps a looked-after child’s file until their 75th birthday', () => {
    assert.deepEqual(until({ lookedAfter: true }), { looked_after: '2085-05-14' })
  })
  it('keeps a looked-after child’s file 15 years from death when they died before 18', () => {
    assert.deepEqual(until({ lookedAfter: true, dateOfDeath: '2020-01-31' }), { looked_after: '2035-01-31' })
  })
  it('keeps the 75th-birthday rule when a care leaver died as an adult', () => {
    assert.deepEqual(until({ lookedAfter: true, dateOfDeath: '2030-01-01' }), { looked_after: '2085-05-14' })
  })
  it('keeps adoption records 100 years from the adoption order', () => {
    assert.deepEqual(until({ adoptionOrderDate: '2013-02-28', lookedAfter: true }), { adoption: '2113-02-28', looked_after: '2085-05-14' })
  })
  it('moves a 29 February birthday to 1 March in a year without one', () => {
    assert.deepEqual(until({ dateOfBirth: '2012-02-29', childInNeed: true }), { child_in_need: '2037-03-01' })
  })
  it('keeps a contact-only record 6 years from the last contact', () => {
    assert.deepEqual(until({ lastContactDate: '2026-11-23' }), { contact: '2032-11-23' })
  })
  it('gives a child with no records nothing to review', () => {
    assert.deepEqual(retentionDates(child({})), [])
  })
  it('gives each record type a child has its own date', () => {
    assert.deepEqual(Object.keys(until({ childProtection: true, childInNeed: true, earlyHelp: true, careLeaver: true })), [
      'care_leaver',
      'child_protection',
      'child_in_need',
      'early_help',
    ])
  })
})
