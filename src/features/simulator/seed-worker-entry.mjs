// Worker threads do not inherit the loader that lets the main thread run TypeScript: register it.
import { register } from 'tsx/esm/api'

register()
await import('./seed-worker.ts')
