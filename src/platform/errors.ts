// The closed set of failures a service may raise. One error handler maps them to pages.
export type AppErrorKind = 'not_found' | 'forbidden' | 'invalid' | 'conflict'

/**
 * What a page can say about a failure beyond its message: its own heading, the reasons in plain
 * words with the step that resolves each (when the user can take it), and where to go back to.
 */
export interface ErrorGuidance {
  title: string
  reasons: ReadonlyArray<{ text: string; action?: { href: string; text: string } }>
  back?: { href: string; text: string }
}

export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    message: string,
    readonly guidance?: ErrorGuidance,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const notFound = (message = 'Page not found') => new AppError('not_found', message)
export const forbidden = (message = 'You do not have access to this page') => new AppError('forbidden', message)
export const invalid = (message: string) => new AppError('invalid', message)
export const conflict = (message: string, guidance?: ErrorGuidance) => new AppError('conflict', message, guidance)

export const STATUS: Record<AppErrorKind, number> = { not_found: 404, forbidden: 403, invalid: 400, conflict: 409 }
