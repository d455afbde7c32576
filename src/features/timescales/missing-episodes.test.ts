import { test } from 'node:test'
import assert from 'node:assert/strict'
import { childFacts, itemsFor } from './record-facts.fixture.ts'
import type { MissingEpisodeFacts } from './record-facts.ts'

const returned = (episode: Omit<MissingEpisodeFacts, 'startDate'>) =>
  childFacts({ missingEpisodes: [{ startDate: '2024-01-01', ...episode }] })

test('a return interview is due 72 real hours after the moment of return, across the clocks going forward', () => {
  // Back at 23:30 GMT on Saturday 30 March 2024; 72 hours on it is 00:30 BST on Wednesday 3 April.
  const facts = returned({ returnedAt: new Date('2024-03-30T23:30:00Z'), returnInterviewDate: '2024-04-03' })
  assert.deepEqual(itemsFor(facts, '2024-04-10', 'return'), [
    { ruleId: 'return-interview', from: '2024-03-30', due: '2024-04-03', status: 'met', done: '2024-04-03' },
  ])
})

test('a return interview counts weekends: back on a Friday evening, it is due on the Monday', () => {
  const facts = returned({ returnedAt: new Date('2024-06-14T18:00:00Z') })
  assert.deepEqual(itemsFor(facts, '2024-06-17', 'return'), [
    { ruleId: 'return-interview', from: '2024-06-14', due: '2024-06-17', status: 'due_soon' },
  ])
})

test('with only the date of return known, the interview is due 3 calendar days later, Christmas or not', () => {
  const facts = returned({ returnedOn: '2024-12-24', returnInterviewDate: '2024-12-28' })
  assert.deepEqual(itemsFor(facts, '2025-01-06', 'return'), [
    {
      ruleId: 'return-interview',
      from: '2024-12-24',
      due: '2024-12-27',
      status: 'met_late',
      done: '2024-12-28',
    },
  ])
})

test('an interview offered and declined completes the item on the day it was declined', () => {
  const facts = returned({ returnedOn: '2024-06-03', returnInterviewDeclinedOn: '2024-06-04' })
  assert.deepEqual(itemsFor(facts, '2024-06-10', 'return'), [
    { ruleId: 'return-interview', from: '2024-06-03', due: '2024-06-06', status: 'met', done: '2024-06-04' },
  ])
})

test('a child who is still missing has no return interview due yet', () => {
  assert.deepEqual(itemsFor(returned({}), '2024-06-10', 'return'), [])
})
