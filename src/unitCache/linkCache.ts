/**
 * Link results (every file the link steps made: ELF, HEX, EEP, BIN, map, ..., and the size tool's
 * output) keyed by the linker's identity, the
 * normalized commands and the result key of every input unit: a warm sketch is a lookup and a copy.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { UnitCache } from './unitCache.js'
import { digestOf, keyOf, linkKeyInputs } from './keys.js'
import { normalizeArgv, placeText, portableText } from './roots.js'

/** Where a result's file goes, by its name (`elf`, `hex`, `bin`, `with_bootloader.hex`, ...). */
export type OutputFile = (name: string) => string

/** A stored name is a file-name suffix: nothing that could lead out of the build folder. */
const OUTPUT_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/

/** What a link key names: the engine's link commands, as far as the cache reads them. */
export interface LinkDescription {
  link: readonly string[]
  objcopy: readonly { argv: readonly string[] }[]
  size: readonly string[]
  /** The core archive the link reads. */
  archive: string
}

/**
 * A link entry (build store, namespace `links`): one blob per output file, named by its suffix
 * (`elf`, `hex`, `eep`, `bin`, ...), and meta `{ sizeOutput }`
 * for a link that succeeded (a size over the board's limit is judged from `sizeOutput` again on a
 * hit), or meta `{ error }` for a link that failed (root folders marked, roots.ts portableText).
 */
type StoredLink = { sizeOutput: string } | { error: string }

export type LinkLookup =
  { kind: 'hit'; sizeOutput: string } | { kind: 'failed'; error: string } | { kind: 'miss'; corrupt: boolean }

/** How a link key names one object: `unit:<result key>`, or `object:<sha256>` for an uncacheable unit. */
export function objectName(resultKey: string | null, objectSha256: string | null): string | null {
  if (resultKey !== null) return `unit:${resultKey}`
  return objectSha256 === null ? null : `object:${objectSha256}`
}

/**
 * The key of a link, or null when an input has no name (objectName). Objects are named by their
 * units' result keys (command and every file read, by content), not by their bytes: gcc's LTO
 * objects differ run to run (random section suffixes, the build folder in debug info), so equal
 * inputs must name equal links wherever and whenever they were compiled. An uncacheable unit is
 * named by its bytes, so it costs only the links that really consumed it. The core archive is
 * named by its members' names, in order. `inputs`: other files the link reads, named by the
 * caller (a library's `<DirName>.a` by its members, a precompiled archive by its content).
 */
export function linkKeyOf(
  cache: UnitCache,
  toolchainId: string,
  commands: LinkDescription,
  objectNames: ReadonlyMap<string, string | null>,
  archiveMembers: readonly (string | null)[],
  inputs: ReadonlyMap<string, string | null> = new Map()
): string | null {
  if ([...objectNames.values(), ...archiveMembers, ...inputs.values()].some(name => name === null))
    return null
  const byNormalizedPath = new Map<string, string>()
  for (const [file, name] of [...objectNames, ...inputs])
    byNormalizedPath.set(cache.normalize(file), name ?? '')
  byNormalizedPath.set(cache.normalize(commands.archive), `archive:${digestOf(archiveMembers)}`)
  const normalize = (argv: readonly string[]): string[] =>
    normalizeArgv(argv, []).map(arg => {
      const normalized = cache.normalize(arg)
      // The recipe names the archive as {build.path}/../../core/..: look paths up resolved.
      return byNormalizedPath.get(cache.normalize(path.normalize(arg))) ?? normalized
    })
  return keyOf(
    linkKeyInputs({
      toolchainId,
      paths: cache.pathMode,
      linkArgv: normalize(commands.link),
      objcopyArgvs: commands.objcopy.map(step => normalize(step.argv)),
      sizeArgv: normalize(commands.size),
      ...(inputs.size === 0
        ? {}
        : {
            inputs: [...inputs]
              .map(([file, name]): [string, string] => [cache.normalize(file), name ?? ''])
              .sort()
          })
    })
  )
}

export async function lookupLink(cache: UnitCache, key: string, outputFile: OutputFile): Promise<LinkLookup> {
  const found = await cache.sketchStore.load('links', key)
  if (found.kind !== 'hit') return { kind: 'miss', corrupt: found.kind === 'corrupt' }
  const meta = found.value.entry.meta as { sizeOutput?: unknown; error?: unknown } | null
  if (typeof meta?.error === 'string') {
    const error = placeText(meta.error, cache.roots())
    return error === null ? { kind: 'miss', corrupt: false } : { kind: 'failed', error }
  }
  if (typeof meta?.sizeOutput !== 'string') return { kind: 'miss', corrupt: true }
  if ([...found.value.blobs.keys()].some(name => !OUTPUT_NAME.test(name)))
    return { kind: 'miss', corrupt: true }
  for (const [name, content] of found.value.blobs) {
    const file = outputFile(name)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, content)
  }
  return { kind: 'hit', sizeOutput: meta.sizeOutput }
}

export async function storeLink(
  cache: UnitCache,
  key: string,
  files: ReadonlyMap<string, Buffer>,
  sizeOutput: string
): Promise<void> {
  const record: StoredLink = { sizeOutput }
  if (!(await cache.sketchStore.put('links', key, record, files))) return
  for (const content of files.values()) cache.bytesStored += content.length
}

/** A link that failed for its inputs (overflow, undefined reference): never one the environment caused. */
export async function storeLinkFailure(cache: UnitCache, key: string, error: string): Promise<void> {
  const record: StoredLink = { error: portableText(error, cache.roots()) }
  await cache.sketchStore.put('links', key, record)
}
