/**
 * The toolchain's own headers that can expand a location or time macro (avr-libc's `assert.h`
 * uses `__FILE__`). `-MMD` leaves system headers out of a unit's dependencies, so a unit that
 * includes one of these must be checked by the preprocessor even when none of its own files
 * mentions a macro. Known by base name, through what they include too.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { includedNames, mentionsExpansionMacro } from './expansion.js'

async function headersUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter(entry => entry.isFile()).map(entry => path.join(entry.parentPath, entry.name))
}

/** Base names of the system headers that mention a macro, or include (at any depth) one that does. */
export async function expandingSystemHeaders(includeDirs: readonly string[]): Promise<Set<string>> {
  const includes = new Map<string, string[]>()
  const expanding = new Set<string>()
  for (const dir of includeDirs) {
    for (const file of await headersUnder(dir)) {
      const content = await readFile(file).catch(() => null)
      if (content === null) continue
      const name = path.basename(file)
      if (mentionsExpansionMacro(content)) expanding.add(name)
      includes.set(name, [...(includes.get(name) ?? []), ...includedNames(content.toString('latin1'))])
    }
  }
  for (let grew = true; grew;) {
    grew = false
    for (const [name, included] of includes) {
      if (!expanding.has(name) && included.some(other => other === '*' || expanding.has(other))) {
        expanding.add(name)
        grew = true
      }
    }
  }
  return expanding
}
