// What a command may touch of the outside world, passed in so tests can capture it.
export interface CommandIo {
  out(text: string): void
  err(text: string): void
  env: Record<string, string | undefined>
}

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
}

/** Parses `--name value`, `--name=value` and bare `--flag` options; the rest are positionals. */
export function parseArgs(args: string[]): { positionals: string[]; options: Record<string, string | true> } {
  const positionals: string[] = []
  const options: Record<string, string | true> = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (!arg.startsWith('--')) {
      positionals.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
    if (inline !== undefined) options[name] = inline
    else if (args[i + 1] !== undefined && !(args[i + 1] as string).startsWith('--')) options[name] = args[++i] as string
    else options[name] = true
  }
  return { positionals, options }
}

export class UsageError extends Error {}
