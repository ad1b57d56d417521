import { format, stripVTControlCharacters } from 'node:util'

const levels = { debug: 20, log: 30, info: 30, warn: 40, error: 50 } as const

/**
 * In production every line the process writes is one JSON object, like Payload's own log lines:
 * what others print through `console` (Next's start-up notes, a library's warning) is wrapped as
 * `{ level, time, msg }` instead of arriving as free text a log pipeline cannot parse.
 */
export function writeConsoleAsJSON(): void {
  // A log reader that went away (EPIPE) must not take the server down with it.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined)
  for (const [method, level] of Object.entries(levels)) {
    const stream = level >= 40 ? process.stderr : process.stdout
    console[method as keyof typeof levels] = (...args: unknown[]) => {
      const msg = stripVTControlCharacters(format(...args)).trim()
      if (!msg) return
      stream.write(`${JSON.stringify({ level, time: new Date().toISOString(), msg })}\n`)
    }
  }
}
