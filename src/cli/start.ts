import { loadConfig } from '../config.ts'
import { startServer } from '../server.ts'
import type { Command } from './commands.ts'

export const startCommand: Command = {
  summary: 'Migrate, seed the demo authority if the database is empty, and serve on PORT (3000)',
  usage: 'sightline start',
  async run(_args, io) {
    await startServer(loadConfig(io.env), io)
    return 0
  },
}
