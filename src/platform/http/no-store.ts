// Signed-in pages carry case data: no browser or proxy may keep a copy.
import type { RequestHandler } from 'express'

export function noStore(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store')
    res.setHeader('Pragma', 'no-cache')
    next()
  }
}
