/** The CLI's version (`--version`): package.json's, two folders up from both src/cli and dist/cli. */
import { readFileSync } from 'node:fs'

function readVersion(): string {
  // Named at run time: a literal path here is one the bundler copies over dist/cli/package.json.
  const file = ['package', 'json'].join('.')
  try {
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
    return (JSON.parse(text) as { version?: string }).version ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

export const VERSION = readVersion()
