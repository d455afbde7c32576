// The casework routers, one per journey, in the order they are mounted.
import type { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { childRecordRoutes } from '../child-record/routes.ts'
import { correctionRoutes } from '../corrections/routes.ts'
import { draftRoutes } from '../drafts/routes.ts'
import { myWorkRoutes } from '../my-work/routes.ts'
import { frontDoorRoutes } from '../front-door/routes.ts'
import { protectionRoutes } from '../child-protection/routes.ts'
import { lookedAfterRoutes } from '../looked-after/routes.ts'

export const caseworkRoutes: Array<(deps: AppDeps) => Router> = [draftRoutes, childRecordRoutes, correctionRoutes, myWorkRoutes, frontDoorRoutes, protectionRoutes, lookedAfterRoutes]
