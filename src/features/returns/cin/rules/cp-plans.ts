// ChildProtectionPlans and Reviews rules.
import { CP_CATEGORY } from '../codes.ts'
import type { ChildProtectionPlan, CinChild, CinDetails } from '../model.ts'
import { date, defineRule, lineOf, within, type ReturnHit, type RuleHit } from './rule.ts'

function* eachPlan(child: CinChild, test: (p: ChildProtectionPlan, d: CinDetails) => boolean, line: (p: ChildProtectionPlan) => number): Iterable<RuleHit> {
  for (const d of child.cinDetails) for (const p of d.childProtectionPlans) if (test(p, d)) yield { line: line(p) }
}

export const cpPlanRules = [
  defineRule({
    code: '1105',
    message: 'The child protection plan start date cannot be before the referral date',
    fields: ['CPPstartDate'],
    child: (child) =>
      eachPlan(child, (p, d) => {
        const started = date(p.CPPstartDate)
        const referred = date(d.CINreferralDate)
        return started !== null && referred !== null && started < referred
      }, (p) => lineOf(p, 'CPPstartDate')),
  }),
  defineRule({
    code: '2883',
    message: 'There are more child protection plans starting than initial conferences taking place',
    fields: ['CPPstartDate', 'DateOfInitialCPC'],
    // Counted across the whole return (an LA-level rule): reported once, against no child.
    across: () => {
      let plans = 0
      let conferences = 0
      return {
        see(child, { start, end }) {
          for (const d of child.cinDetails) {
            if (within(date(d.DateOfInitialCPC), start, end)) conferences++
            for (const s of d.section47) if (within(date(s.DateOfInitialCPC), start, end)) conferences++
            for (const p of d.childProtectionPlans) if (within(date(p.CPPstartDate), start, end)) plans++
          }
        },
        *finish(): Iterable<ReturnHit> {
          if (plans > conferences) yield { child: '', line: 1 }
        },
      }
    },
  }),
  defineRule({
    code: '2885',
    message: 'Child protection plan shown as starting a different day to the initial child protection conference.',
    fields: ['CPPstartDate', 'DateOfInitialCPC'],
    // A plan starting in the census year starts on the day of an ICPC in its own episode: one on
    // a Section47 module, or the CINdetails one.
    child: (child, { start, end }) =>
      eachPlan(child, (p, d) => {
        const started = date(p.CPPstartDate)
        if (!within(started, start, end)) return false
        return !d.section47.some((s) => s.DateOfInitialCPC === started) && d.DateOfInitialCPC !== started
      }, (p) => lineOf(p, 'CPPstartDate')),
  }),
  defineRule({
    code: '8720',
    message: 'Child Protection Plan Start Date missing or out of data collection period',
    fields: ['CPPstartDate', 'ReferenceDate'],
    child: (child, { end }) => eachPlan(child, (p) => p.CPPstartDate === null || (date(p.CPPstartDate) ?? '') > end, (p) => lineOf(p, 'CPPstartDate')),
  }),
  defineRule({
    code: '8730',
    message: 'Total Number of previous Child Protection Plans missing',
    fields: ['NumberOfPreviousCPP'],
    child: (child) => eachPlan(child, (p) => p.NumberOfPreviousCPP === null || !/^\d{1,3}$/.test(p.NumberOfPreviousCPP), (p) => lineOf(p, 'NumberOfPreviousCPP')),
  }),
  defineRule({
    code: '8840',
    message: 'Child Protection Plan cannot start and end on the same day',
    fields: ['CPPstartDate', 'CPPendDate'],
    child: (child) => eachPlan(child, (p) => p.CPPstartDate !== null && p.CPPstartDate === p.CPPendDate, (p) => lineOf(p, 'CPPendDate')),
  }),
  defineRule({
    code: '8841',
    message: 'The review date cannot be on the same day or before the Child protection Plan start date.',
    fields: ['CPPreviewDate', 'CPPstartDate'],
    *child(child) {
      for (const d of child.cinDetails) {
        for (const p of d.childProtectionPlans) {
          const started = date(p.CPPstartDate)
          if (started === null) continue
          for (const r of p.reviews) if (date(r.value) !== null && (date(r.value) as string) <= started) yield { line: r.line }
        }
      }
    },
  }),
  defineRule({
    code: '8910',
    message: 'Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)',
    fields: ['LatestCategoryOfAbuse'],
    child: (child) => eachPlan(child, (p) => !CP_CATEGORY.includes(p.LatestCategoryOfAbuse ?? ''), (p) => lineOf(p, 'LatestCategoryOfAbuse')),
  }),
  defineRule({
    code: '8925',
    message: 'Child Protection Plan End Date earlier than Start Date',
    fields: ['CPPstartDate', 'CPPendDate'],
    child: (child) =>
      eachPlan(child, (p) => {
        const ended = date(p.CPPendDate)
        const started = date(p.CPPstartDate)
        return ended !== null && started !== null && ended < started
      }, (p) => lineOf(p, 'CPPendDate')),
  }),
  defineRule({
    code: '8935',
    message: 'This child is showing more than one open Child Protection plan, i.e. with no End Date',
    fields: ['CPPendDate'],
    *child(child) {
      const open = child.cinDetails.flatMap((d) => d.childProtectionPlans).filter((p) => p.CPPendDate === null)
      if (open.length > 1) for (const p of open) yield { line: p.line }
    },
  }),
  defineRule({
    code: 'SLC007',
    message: 'Initial category of abuse is missing or not one of NEG, PHY, SAB, EMO, MUL',
    fields: ['InitialCategoryOfAbuse'],
    source: 'local',
    // DfE checks the initial category too; we have not read that rule's code and wording, so it is local here.
    child: (child) => eachPlan(child, (p) => !CP_CATEGORY.includes(p.InitialCategoryOfAbuse ?? ''), (p) => lineOf(p, 'InitialCategoryOfAbuse')),
  }),
]
