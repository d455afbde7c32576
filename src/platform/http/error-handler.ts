// One place maps failures to status and page. Production never shows a stack.
import type { ErrorRequestHandler, RequestHandler } from 'express'
import { AppError, STATUS } from '../errors.ts'
import type { Logger } from '../logger.ts'

const TITLES: Record<number, string> = {
  400: 'There is a problem',
  403: 'You do not have access to this page',
  404: 'Page not found',
  409: 'This record has changed',
  500: 'Sorry, there is a problem with the service',
}

export function notFoundHandler(): RequestHandler {
  return (_req, res) => {
    res.status(404).render('error.njk', { pageTitle: TITLES[404], status: 404, message: 'We could not find that page.' })
  }
}

export function errorHandler(logger: Logger, production: boolean): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const status = error instanceof AppError ? STATUS[error.kind] : 500
    if (status === 500) logger.error('Unhandled error', loggable(error))
    const message =
      error instanceof AppError
        ? error.message
        : production
          ? 'Try again later. If the problem continues, contact your system administrator and quote the request number.'
          : error instanceof Error
            ? error.message
            : String(error)
    const guidance = error instanceof AppError ? error.guidance : undefined
    res.status(status).render('error.njk', { pageTitle: guidance?.title ?? TITLES[status] ?? TITLES[500], status, message, guidance })
  }
}

/**
 * What of an error may be logged: its kind, database error code and stack frames, never its
 * message. Messages repeat values (a database "invalid input syntax" error quotes what was
 * typed; a date error quotes the date), and those may be a child's name or date of birth.
 * The request id on the log line leads to the full story through the audit trail.
 */
export function loggable(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: typeof error }
  const code = (error as { code?: unknown }).code
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .map((line) => line.trim())
  return { error: error.name, ...(typeof code === 'string' ? { code } : {}), frames }
}
