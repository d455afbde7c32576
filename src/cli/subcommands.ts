// A command whose first argument names the return it works on: `sightline export 903 …`.
import type { Command } from './commands.ts'
import { UsageError } from './io.ts'

export function subcommands(summary: string, name: string, table: Record<string, () => Promise<Command>>): Command {
  const kinds = Object.keys(table).join('|')
  return {
    summary,
    usage: `sightline ${name} <${kinds}> …`,
    async run(args, io) {
      const [kind, ...rest] = args
      const load = kind ? table[kind] : undefined
      if (!load) throw new UsageError(kind ? `Unknown ${name} "${kind}".` : `Say what to ${name}.`)
      return (await load()).run(rest, io)
    },
  }
}
