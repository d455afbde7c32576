// Every request gets an id, returned as X-Request-Id and stamped on every log line and audit row.
import { randomUUID } from 'node:crypto'
import type { RequestHandler } from 'express'
import { requestContext } from '../logger.ts'

export function requestId(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id')
    const id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID()
    res.locals.requestId = id
    res.setHeader('X-Request-Id', id)
    requestContext.run({ requestId: id }, next)
  }
}
