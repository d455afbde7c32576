// The autosave endpoint: the browser posts the form's fields as JSON with the CSRF token in a
// header. Only the signed-in user's own draft is touched; the key is the form's path.
import { Router } from 'express'
import { principalOf } from '../../platform/auth/authenticate.ts'
import { IDLE_TIMEOUT_MS } from '../../platform/auth/session.ts'
import type { AppDeps } from '../../services.ts'

export function draftRoutes(deps: AppDeps): Router {
  const router = Router()
  // Pages read this for the time-out warning; a GET here keeps the session alive.
  router.use((_req, res, next) => {
    res.locals.sessionTimeoutSeconds = IDLE_TIMEOUT_MS / 1000
    next()
  })
  router.get('/session/keep-alive', (_req, res) => {
    res.status(204).end()
  })
  router.post(/^\/drafts\/(.+)$/, async (req, res) => {
    const key = decodeURIComponent(String((req.params as Record<string, string>)[0] ?? ''))
    const savedAt = await deps.drafts.save(principalOf(res), key, (req.body as { fields?: unknown })?.fields, null)
    if (!savedAt) return res.status(400).json({ saved: false })
    res.json({ saved: true, savedAt: savedAt.toISOString() })
  })
  return router
}
