import { commands } from './commands.ts'
import { processIo, UsageError, type CommandIo } from './io.ts'

export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === 'help' || name === '--help') {
    io.out('Usage: sightline <command> [options]\n\nCommands:')
    for (const [command, load] of Object.entries(commands)) io.out(`  ${command.padEnd(10)} ${(await load()).summary}`)
    return name ? 0 : 2
  }
  const load = commands[name]
  if (!load) {
    io.err(`Unknown command "${name}". Run "sightline help" for the list.`)
    return 2
  }
  const command = await load()
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nUsage: ${command.usage}`)
      return 2
    }
    io.err(error instanceof Error ? error.message : String(error))
    return 1
  }
}
