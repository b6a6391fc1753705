/** The CLI's version (`--version`): package.json's, two folders up from both src/cli and dist/cli. */
import { readFileSync } from 'node:fs'

function readVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
    return (JSON.parse(text) as { version?: string }).version ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

export const VERSION = readVersion()
