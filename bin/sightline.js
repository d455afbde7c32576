#!/usr/bin/env node
// The `sightline` command. TypeScript runs through tsx so there is no build step between a
// clone and a running service.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
