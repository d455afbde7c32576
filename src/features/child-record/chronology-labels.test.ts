import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { chronologyWording } from './child-record.service.ts'
import { chronologyLabel } from './chronology-labels.ts'

const row = (fields: Partial<Parameters<typeof chronologyWording>[0]>) => ({
  summary: '',
  summary_list: null,
  summary_code: null,
  detail: null,
  detail_list: null,
  detail_code: null,
  ...fields,
})

describe('the wording of codes in the chronology', () => {
  it('labels a DfE code with the code in brackets, as practitioners know it', () => {
    assert.equal(chronologyLabel('cin_closure_reason', 'RC7'), 'Services ceased for any other reason (RC7)')
    assert.equal(chronologyLabel('category_of_need', 'N1'), 'Abuse or neglect (N1)')
  })
  it('labels a local value in plain English, without the stored value', () => {
    assert.equal(chronologyLabel('final_order', 'supervision_order'), 'Supervision order')
    assert.equal(chronologyLabel('plo_outcome', 'continue_pre_proceedings'), 'Continue in pre-proceedings')
    assert.equal(chronologyLabel('early_help_end', 'stepped_up'), 'Stepped up to children’s social care')
    assert.equal(chronologyLabel('early_help_end', 'outcomes_met'), 'Outcomes of the family plan met')
  })
  it('shows a code it does not know as it is', () => {
    assert.equal(chronologyLabel('cin_closure_reason', 'RC99'), 'RC99')
    assert.equal(chronologyLabel('no_such_list', 'X'), 'X')
  })
  it('adds the label to the end of the summary or the detail', () => {
    assert.deepEqual(chronologyWording(row({ summary: 'Final order: ', summary_list: 'final_order', summary_code: 'supervision_order' })), { summary: 'Final order: Supervision order', detail: null })
    assert.deepEqual(chronologyWording(row({ summary: 'Referral', detail: 'Primary need: ', detail_list: 'category_of_need', detail_code: 'N1' })), {
      summary: 'Referral',
      detail: 'Primary need: Abuse or neglect (N1)',
    })
    assert.deepEqual(chronologyWording(row({ summary: 'Placement started: ', summary_list: 'placement_type', summary_code: 'U1', detail_list: 'placement_change_reason', detail_code: 'CARPL' })), {
      summary: 'Placement started: Foster placement with relative or friend: long term fostering (U1)',
      detail: 'Change to the care plan (CARPL)',
    })
  })
  it('drops a lead-in with no code after it, and keeps what was typed as typed', () => {
    assert.deepEqual(chronologyWording(row({ summary: 'Final order: ', summary_list: 'final_order' })), { summary: 'Final order', detail: null })
    assert.deepEqual(chronologyWording(row({ summary: 'Referral', detail: 'Primary need: ', detail_list: 'category_of_need' })), { summary: 'Referral', detail: null })
    assert.deepEqual(chronologyWording(row({ summary: 'Note to self: ', detail: 'RC7 ' })), { summary: 'Note to self: ', detail: 'RC7 ' })
  })
})
