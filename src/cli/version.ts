/**
 * The CLI's version (`--version`): the repository's package.json, two folders up from both src/cli
 * and dist/cli. Read at run time (not a literal path the bundler would copy over dist/cli's own).
 */
import { createRequire } from 'node:module'

function readVersion(): string {
  try {
    const { version } = createRequire(import.meta.url)('../../package.json') as { version?: string }
    return version ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

export const VERSION = readVersion()
