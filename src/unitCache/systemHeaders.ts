/**
 * The toolchain's own headers that can expand a location or time macro (avr-libc's `assert.h`
 * uses `__FILE__`). `-MMD` leaves system headers out of a unit's dependencies, so a unit that
 * includes one of these must be checked by the preprocessor even when none of its own files
 * mentions a macro. Known by base name, through what they include too.
 *
 * What cannot be read is suspect, never an error (this is a question of the cache, and a build without
 * it runs): a header that is there but unreadable counts as expanding, and a folder that cannot be
 * listed (a compiler may open files in a folder it cannot list) makes every header suspect (`ANY_HEADER`).
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import pLimit from 'p-limit'
import { includedNames, mentionsExpansionMacro } from './expansion.js'
import { orUnreadable } from '../files.js'

/** In the set of expanding headers: some header could not be read or listed, so any may expand. */
export const ANY_HEADER = '*'

/** The files under `dir`, none when it is not there, null when it cannot be listed. */
async function headersUnder(dir: string): Promise<string[] | null> {
  const entries = await orUnreadable(readdir(dir, { recursive: true, withFileTypes: true }), [], () => null)
  return (
    entries?.filter(entry => entry.isFile()).map(entry => path.join(entry.parentPath, entry.name)) ?? null
  )
}

/**
 * Base names of the system headers that mention a macro, or include (at any depth) one that does.
 * A computed include inside the toolchain's own headers is taken to name a header of its own folder
 * (avr-libc's only one, `#include __AVR_DEVICE_HEADER__` in avr/io.h, names a device header beside
 * it), so it does not make every header that includes avr/io.h suspect.
 */
export async function expandingSystemHeaders(includeDirs: readonly string[]): Promise<Set<string>> {
  const listed = await Promise.all(includeDirs.map(headersUnder))
  if (listed.includes(null)) return new Set([ANY_HEADER])
  const files = listed.flatMap(found => found ?? [])
  const folderOf = new Map<string, string[]>()
  for (const file of files) {
    folderOf.set(path.dirname(file), [...(folderOf.get(path.dirname(file)) ?? []), path.basename(file)])
  }
  // Read a few at a time (hundreds of headers, each a round trip to the thread pool), each
  // reduced to what it says as soon as it is read: the texts are never all held at once.
  const limit = pLimit(8)
  const scanned = await Promise.all(
    files.map(file =>
      limit(async () => {
        const content = await orUnreadable(readFile(file, 'latin1'), undefined, () => null)
        if (typeof content !== 'string') return content
        const named = includedNames(content).flatMap(included =>
          included === '*' ? (folderOf.get(path.dirname(file)) ?? []) : [included]
        )
        return { mentions: mentionsExpansionMacro(content), named }
      })
    )
  )
  const includes = new Map<string, string[]>()
  const expanding = new Set<string>()
  for (const [index, file] of files.entries()) {
    const scan = scanned[index]
    if (scan === undefined) continue
    const name = path.basename(file)
    // Unreadable: suspect.
    if (scan === null || scan.mentions) expanding.add(name)
    if (scan !== null) includes.set(name, [...(includes.get(name) ?? []), ...scan.named])
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
