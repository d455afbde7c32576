// Nunjucks with the GOV.UK Frontend templates. Autoescape stays on: what a practitioner typed
// is shown exactly as typed, escaped, never rewritten.
import path from 'node:path'
import type express from 'express'
import nunjucks from 'nunjucks'
import { formatDate } from '../time/dates.ts'
import { errorMap } from './form-errors.ts'

const root = path.resolve(import.meta.dirname, '../../..')
const LONDON_DATE_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' })

// Intl formatting is the dearest step in a page's dates and a page repeats the same few hundred
// dates, so each one's wording is remembered (bounded: cleared when it grows).
const longDates = new Map<string, string>()
function longDate(value: string): string {
  let text = longDates.get(value)
  if (text === undefined) {
    text = formatDate(value)
    if (longDates.size >= 20_000) longDates.clear()
    longDates.set(value, text)
  }
  return text
}

export function configureViews(app: express.Express): nunjucks.Environment {
  const env = nunjucks.configure(
    [path.join(root, 'src'), path.join(root, 'src/views'), path.join(root, 'node_modules/govuk-frontend/dist')],
    // Compiled templates are cached; `npm run dev` restarts the server when a template changes.
    { autoescape: true, express: app, noCache: false },
  )
  app.set('view engine', 'njk')
  env.addFilter('govukDate', (value: unknown) => (typeof value === 'string' && value ? longDate(value) : ''))
  env.addFilter('dateTime', (value: unknown) =>
    value instanceof Date
      ? LONDON_DATE_TIME.format(value)
      : '',
  )
  env.addFilter('errorMap', errorMap)
  env.addGlobal('serviceName', 'Sightline')
  return env
}

export const GOVUK_ASSETS = path.join(root, 'node_modules/govuk-frontend/dist/govuk/assets')
export const GOVUK_DIST = path.join(root, 'node_modules/govuk-frontend/dist/govuk')
export const PUBLIC_DIR = path.join(root, 'src/public')
