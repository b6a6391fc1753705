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

/**
 * Base names of the system headers that mention a macro, or include (at any depth) one that does.
 * A computed include inside the toolchain's own headers is taken to name a header of its own folder
 * (avr-libc's only one, `#include __AVR_DEVICE_HEADER__` in avr/io.h, names a device header beside
 * it), so it does not make every header that includes avr/io.h suspect.
 */
export async function expandingSystemHeaders(includeDirs: readonly string[]): Promise<Set<string>> {
  const files = (await Promise.all(includeDirs.map(headersUnder))).flat()
  const folderOf = new Map<string, string[]>()
  for (const file of files) {
    folderOf.set(path.dirname(file), [...(folderOf.get(path.dirname(file)) ?? []), path.basename(file)])
  }
  const includes = new Map<string, string[]>()
  const expanding = new Set<string>()
  for (const file of files) {
    const content = await readFile(file).catch(() => null)
    if (content === null) continue
    const name = path.basename(file)
    if (mentionsExpansionMacro(content)) expanding.add(name)
    const named = includedNames(content.toString('latin1')).flatMap(included =>
      included === '*' ? (folderOf.get(path.dirname(file)) ?? []) : [included]
    )
    includes.set(name, [...(includes.get(name) ?? []), ...named])
  }
  for (let grew = true; grew;) {
    grew = false
    for (const [name, included] of includes) {
      if (!expanding.has(name) && included.some(other => expanding.has(other))) {
        expanding.add(name)
        grew = true
      }
    }
  }
  return expanding
}
