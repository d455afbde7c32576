// Builds the web application from its dependencies. Tests build the same app on a test database.
import express from 'express'
import { ROLE_LABELS } from './platform/auth/principal.ts'
import { loadPrincipal, requireSignIn } from './platform/auth/authenticate.ts'
import { sessions } from './platform/auth/session.ts'
import { csrfProtection } from './platform/http/csrf.ts'
import { errorHandler, notFoundHandler } from './platform/http/error-handler.ts'
import { noStore } from './platform/http/no-store.ts'
import { requestId } from './platform/http/request-id.ts'
import { securityHeaders } from './platform/http/security-headers.ts'
import { configureViews, GOVUK_ASSETS, GOVUK_DIST, PUBLIC_DIR } from './platform/http/views.ts'
import { publicRoutes, signedInRoutes } from './routes.ts'
import { caseworkNavigation } from './features/casework/navigation.ts'
import { performanceNavigation } from './features/performance/navigation.ts'
import { accessNavigation } from './features/access/navigation.ts'
import { accountNavigation } from './features/accounts/navigation.ts'
import { dataQualityNavigation } from './features/data-quality/navigation.ts'
import type { Principal } from './platform/auth/principal.ts'
import type { AppDeps } from './services.ts'

export function createApp(deps: AppDeps): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', deps.config.production ? 1 : false)
  configureViews(app)

  app.use(requestId())
  app.use(securityHeaders())
  app.get('/health', async (_req, res) => {
    const ok = await deps.db
      .selectFrom('ward')
      .select('code')
      .limit(1)
      .execute()
      .then(() => true)
      .catch(() => false)
    res.status(ok ? 200 : 503).json({ status: ok ? 'UP' : 'DOWN' })
  })
  const staticOptions = { immutable: deps.config.production, maxAge: deps.config.production ? '1d' : 0 }
  app.use('/assets', express.static(GOVUK_ASSETS, staticOptions))
  app.use('/stylesheets', express.static(GOVUK_DIST, { ...staticOptions, index: false }))
  app.use('/javascripts', express.static(GOVUK_DIST, { ...staticOptions, index: false }))
  app.use('/public', express.static(PUBLIC_DIR, staticOptions))

  app.use(express.urlencoded({ extended: true, limit: '2mb' }))
  app.use(express.json({ limit: '2mb' }))
  app.use(noStore())
  app.use(sessions(deps.db, deps.clock, { secureCookie: deps.config.production }))
  app.use(csrfProtection())
  app.use(loadPrincipal(deps.db))
  app.use((_req, res, next) => {
    res.locals.demo = deps.config.demo
    res.locals.navigation = res.locals.principal ? [{ href: '/', text: 'Home' }, ...caseworkNavigation(res.locals.principal as Principal, _req.path), ...performanceNavigation(res.locals.principal as Principal, _req.path), ...accessNavigation(res.locals.principal as Principal, _req.path), ...dataQualityNavigation(res.locals.principal as Principal, _req.path), ...accountNavigation(res.locals.principal as Principal, _req.path)] : []
    res.locals.roleLabels = ROLE_LABELS
    next()
  })

  for (const routes of publicRoutes) app.use(routes(deps))
  app.use(requireSignIn())
  for (const routes of signedInRoutes) app.use(routes(deps))

  app.use(notFoundHandler())
  app.use(errorHandler(deps.logger, deps.config.production))
  return app
}
