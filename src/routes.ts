// Feature routers, in one list. Public routes come before the sign-in guard; everything after
// it needs a signed-in person.
import type { Router } from 'express'
import { homeRoutes } from './features/home/routes.ts'
import { auditRoutes } from './features/audit/routes.ts'
import { accessRoutes } from './features/access/routes.ts'
import { accountRoutes } from './features/accounts/routes.ts'
import { dataQualityRoutes } from './features/data-quality/routes.ts'
import { dataProtectionRoutes } from './features/data-protection/routes.ts'
import { caseworkRoutes } from './features/casework/routes.ts'
import { signInRoutes } from './features/sign-in/routes.ts'
import { performanceRoutes } from './features/performance/routes.ts'
import { childInNeedRoutes } from './features/child-in-need/routes.ts'
import { caseClosureRoutes } from './features/case-closure/routes.ts'
import { earlyHelpRoutes } from './features/early-help/routes.ts'
import { leavingCareRoutes } from './features/leaving-care/routes.ts'
import { courtRoutes } from './features/court/routes.ts'
import type { AppDeps } from './services.ts'

export const publicRoutes: Array<(deps: AppDeps) => Router> = [signInRoutes]

export const signedInRoutes: Array<(deps: AppDeps) => Router> = [homeRoutes, ...caseworkRoutes, auditRoutes, accessRoutes, accountRoutes, dataQualityRoutes, dataProtectionRoutes, performanceRoutes, childInNeedRoutes, caseClosureRoutes, earlyHelpRoutes, leavingCareRoutes, courtRoutes]
