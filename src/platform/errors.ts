// The closed set of failures a service may raise. One error handler maps them to pages.
export type AppErrorKind = 'not_found' | 'forbidden' | 'invalid' | 'conflict'

export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const notFound = (message = 'Page not found') => new AppError('not_found', message)
export const forbidden = (message = 'You do not have access to this page') => new AppError('forbidden', message)
export const invalid = (message: string) => new AppError('invalid', message)
export const conflict = (message: string) => new AppError('conflict', message)

export const STATUS: Record<AppErrorKind, number> = { not_found: 404, forbidden: 403, invalid: 400, conflict: 409 }
