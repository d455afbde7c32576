// Feature routers, in one list. Public routes come before the sign-in guard; everything after
// it needs a signed-in person.
import type { Router } from 'express'
import { homeRoutes } from './features/home/routes.ts'
import { signInRoutes } from './features/sign-in/routes.ts'
import type { AppDeps } from './services.ts'

export const publicRoutes: Array<(deps: AppDeps) => Router> = [signInRoutes]

export const signedInRoutes: Array<(deps: AppDeps) => Router> = [homeRoutes]
