/**
 * Link results (ELF, HEX, EEP and the size tool's output) keyed by the linker's identity, the
 * normalized commands and the result key of every input unit: a warm sketch is a lookup and a copy.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { UnitCache } from './unitCache.js'
import { digestOf, linkKey } from './keys.js'
import { normalizeArgv } from './roots.js'

/** The link outputs a result restores, by name (elf, hex, eep). */
export type LinkOutputs = Readonly<Record<string, string>>

/** What a link key names: the engine's link commands, as far as the cache reads them. */
export interface LinkDescription {
  link: readonly string[]
  objcopy: readonly { argv: readonly string[] }[]
  size: readonly string[]
  /** The core archive the link reads. */
  archive: string
}

export type LinkLookup = { kind: 'hit'; sizeOutput: string } | { kind: 'miss'; corrupt: boolean }

/**
 * The key of a link, or null when an input is not in the store (an uncacheable unit). Objects are
 * named by their units' result keys (command and every file read, by content), not by their bytes:
 * gcc's LTO objects differ run to run (random section suffixes, the build folder in debug info), so
 * equal inputs must name equal links wherever and whenever they were compiled. The core archive is
 * named by its members' result keys, in order.
 */
export function linkKeyOf(
  cache: UnitCache,
  toolchainId: string,
  commands: LinkDescription,
  unitResults: ReadonlyMap<string, string | null>,
  archiveMembers: readonly (string | null)[]
): string | null {
  if ([...unitResults.values(), ...archiveMembers].some(result => result === null)) return null
  const byNormalizedPath = new Map<string, string>()
  for (const [file, result] of unitResults) byNormalizedPath.set(cache.normalize(file), `unit:${result}`)
  byNormalizedPath.set(cache.normalize(commands.archive), `archive:${digestOf(archiveMembers)}`)
  const normalize = (argv: readonly string[]): string[] =>
    normalizeArgv(argv, []).map(arg => {
      const normalized = cache.normalize(arg)
      // The recipe names the archive as {build.path}/../../core/..: look paths up resolved.
      return byNormalizedPath.get(cache.normalize(path.normalize(arg))) ?? normalized
    })
  return linkKey({
    toolchainId,
    linkArgv: normalize(commands.link),
    objcopyArgvs: commands.objcopy.map(step => normalize(step.argv)),
    sizeArgv: normalize(commands.size)
  })
}

export async function lookupLink(cache: UnitCache, key: string, outputs: LinkOutputs): Promise<LinkLookup> {
  const found = await cache.buildStore.load('links', key)
  if (found.kind !== 'hit') return { kind: 'miss', corrupt: found.kind === 'corrupt' }
  const meta = found.value.entry.meta as { sizeOutput?: unknown } | null
  if (typeof meta?.sizeOutput !== 'string') return { kind: 'miss', corrupt: true }
  for (const [name, file] of Object.entries(outputs)) {
    const content = found.value.blobs.get(name)
    if (content === undefined) continue
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
  await cache.buildStore.put('links', key, { sizeOutput }, files)
  for (const content of files.values()) cache.bytesStored += content.length
}
