/**
 * The libraries' part of a sketch's link (libraryLinkage.ts): which objects and archives the link
 * names, the properties it links with, what its key must name by content, and the `<DirName>.a`
 * archives to make before a real link. Planned from the units; the archives are made only on a
 * link miss, as the core archive is.
 */
import { createHash } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Library } from '../arduino/libraries.js'
import type { Properties } from '../arduino/properties.js'
import { archiveArgv } from '../arduino/recipes.js'
import type { ProcessRunner } from '../toolchain/processes.js'
import { orMissing } from '../files.js'
import type { CompileUnit } from './compileUnits.js'
import { linksAsArchive, withLibraryLdflags, type PrecompiledLinkage } from './libraryLinkage.js'

export interface LibraryLinkPart {
  library: Library
  /** Where its objects go; its `<DirName>.a` too. */
  objectDir: string
  units: CompileUnit[]
  precompiled: PrecompiledLinkage
}

export interface LibraryLink {
  /** What the link names for the libraries, in order: archives not named lib*.a, then objects or `<DirName>.a`. */
  objects: string[]
  /** The board properties with the precompiled libraries' compiler.libraries.ldflags. */
  props: Properties
  /** Archives to make before a real link: file and members. */
  archives: { file: string; members: string[] }[]
  /** Files the link reads that no unit makes: precompiled archives, by path (named by content later). */
  precompiledFiles: string[]
}

export function planLibraryLink(props: Properties, parts: readonly LibraryLinkPart[]): LibraryLink {
  const objects: string[] = []
  const archives: LibraryLink['archives'] = []
  for (const part of parts) {
    objects.push(...part.precompiled.objects)
    const members = part.units.map(unit => unit.object)
    if (linksAsArchive(part.library) && members.length > 0) {
      const file = path.join(part.objectDir, `${part.library.dirName}.a`)
      archives.push({ file, members })
      objects.push(file)
    } else {
      objects.push(...members)
    }
  }
  return {
    objects,
    props: withLibraryLdflags(
      props,
      parts.map(part => part.precompiled)
    ),
    archives,
    precompiledFiles: parts.flatMap(part => part.precompiled.files)
  }
}

/** `file:<sha256>` of each precompiled archive, for the link key; null for one that cannot be read. */
export async function precompiledNames(files: readonly string[]): Promise<Map<string, string | null>> {
  const names = new Map<string, string | null>()
  for (const file of files) {
    const content = await orMissing(readFile(file), null)
    names.set(file, content === null ? null : `file:${createHash('sha256').update(content).digest('hex')}`)
  }
  return names
}

/** Makes each `<DirName>.a` from scratch (`ar` adds to an existing archive). */
export async function makeLibraryArchives(
  runner: ProcessRunner,
  props: Properties,
  archives: LibraryLink['archives']
): Promise<{ ok: boolean; messages: string }> {
  for (const archive of archives) {
    await rm(archive.file, { force: true })
    const result = await runner.run('archive', archiveArgv(props, archive.file, archive.members))
    if (result.code !== 0) return { ok: false, messages: (result.stdout + result.stderr).trim() }
  }
  return { ok: true, messages: '' }
}
