/**
 * Arduino properties files (boards.txt, platform.txt, programmers.txt, library.properties) and
 * `{key}` expansion, following the Arduino platform specification.
 */

export type Properties = Map<string, string>

export type HostOs = 'linux' | 'macosx' | 'windows'

const OS_SUFFIXES: readonly HostOs[] = ['linux', 'macosx', 'windows']

/** The `os` value arduino-cli uses for the host this process runs on. */
export function hostOs(platform: NodeJS.Platform = process.platform): HostOs {
  if (platform === 'darwin') return 'macosx'
  if (platform === 'win32') return 'windows'
  return 'linux'
}

/**
 * Parses `key=value` lines. Comments start with `#` at the line start; a key with an OS suffix
 * (`.linux`, `.macosx`, `.windows`) replaces the plain key on that OS and is dropped on the others.
 */
export function parseProperties(text: string, os: HostOs = hostOs()): Properties {
  const plain: Properties = new Map()
  const forThisOs: Properties = new Map()
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim()
    if (line === '' || line.startsWith('#')) continue
    const eq = line.indexOf('=')
    if (eq < 0) continue
    const key = line.slice(0, eq).trim()
    const value = line.slice(eq + 1).trim()
    const suffix = OS_SUFFIXES.find(candidate => key.endsWith(`.${candidate}`))
    if (suffix === undefined) plain.set(key, value)
    else if (suffix === os) forThisOs.set(key.slice(0, -(suffix.length + 1)), value)
  }
  for (const [key, value] of forThisOs) plain.set(key, value)
  return plain
}

/** The properties under `prefix.`, with the prefix removed. */
export function subtree(props: Properties, prefix: string): Properties {
  const result: Properties = new Map()
  const head = `${prefix}.`
  for (const [key, value] of props) {
    if (key.startsWith(head)) result.set(key.slice(head.length), value)
  }
  return result
}

/** A new map: `base` with every entry of each of `layers` set on top, in order. */
export function mergeProperties(base: Properties, ...layers: Properties[]): Properties {
  const result: Properties = new Map(base)
  for (const layer of layers) for (const [key, value] of layer) result.set(key, value)
  return result
}

// arduino-cli expands at most this many times, so self-references cannot loop forever.
const MAX_EXPANSION_PASSES = 10

/** Replaces `{key}` with its value, repeatedly; unknown keys are left as they are (as arduino-cli does). */
export function expandProperties(value: string, props: Properties): string {
  let current = value
  for (let pass = 0; pass < MAX_EXPANSION_PASSES; pass++) {
    const next = current.replace(/\{([^{}]+)\}/g, (whole, key: string) => props.get(key) ?? whole)
    if (next === current) break
    current = next
  }
  return current
}

/**
 * Splits a recipe into argv the way arduino-cli does (`SplitQuotedString(cmd, "\"'", false)`):
 * whitespace separates arguments, a quote character starts a quoted argument only at the start of an
 * argument, and the quotes are removed; empty arguments are dropped.
 */
export function splitCommandLine(commandLine: string): string[] {
  const args: string[] = []
  let rest = commandLine
  for (;;) {
    rest = rest.replace(/^\s+/, '')
    if (rest === '') return args
    const quote = rest[0]
    if (quote === '"' || quote === "'") {
      const end = rest.indexOf(quote, 1)
      if (end < 0) throw new Error(`invalid quoting in command line: ${commandLine}`)
      const arg = rest.slice(1, end)
      if (arg !== '') args.push(arg)
      rest = rest.slice(end + 1)
    } else {
      const end = rest.search(/\s/)
      args.push(end < 0 ? rest : rest.slice(0, end))
      rest = end < 0 ? '' : rest.slice(end)
    }
  }
}
