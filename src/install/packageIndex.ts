/**
 * Boards Manager indexes (arduino-cli's `package_index.json`: packages[] with platforms[] and
 * tools[]; a platform names its tools in `toolsDependencies`, a tool has one archive per host in
 * `systems`), read into releases by `packager:arch` and `packager:tool`, newest first. Several
 * indexes merge into one, as arduino-cli's additional URLs do. Pure.
 */
import { UsageError } from '../errors.js'
import { parseJsonIndex, sha256OfChecksum } from './libraryIndex.js'
import { byVersionDescending, toSemver } from './versions.js'

export interface Download {
  url: string
  archiveFileName: string
  size: number
  /** Lower-case hex. */
  sha256: string
}

export interface ToolReference {
  packager: string
  name: string
  version: string
}

export interface PlatformRelease extends Download {
  packager: string
  arch: string
  /** The platform's display name (`Arduino AVR Boards`). */
  name: string
  version: string
  toolsDependencies: ToolReference[]
}

export interface ToolSystem extends Download {
  /** A host triplet: `x86_64-linux-gnu`, `arm64-apple-darwin`, `i686-mingw32`, ... */
  host: string
}

export interface ToolRelease {
  packager: string
  name: string
  version: string
  systems: ToolSystem[]
}

export interface PackageIndex {
  /** Where it came from, for messages. */
  sources: string[]
  /** By `packager:arch`, newest first. */
  platforms: Map<string, PlatformRelease[]>
  /** By `packager:name`, newest first. */
  tools: Map<string, ToolRelease[]>
}

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

/** package_index.json writes sizes as strings ("7127080"); numbers are taken too. */
function sizeOf(value: unknown): number | null {
  const size = typeof value === 'string' ? Number(value) : value
  return typeof size === 'number' && Number.isInteger(size) && size >= 0 ? size : null
}

function downloadOf(entry: Json): Download | null {
  const url = text(entry.url)
  const size = sizeOf(entry.size)
  const sha256 = sha256OfChecksum(entry.checksum)
  if (url === null || size === null || sha256 === null) return null
  return { url, archiveFileName: text(entry.archiveFileName) ?? '', size, sha256 }
}

function toolReferences(value: unknown): ToolReference[] {
  if (!Array.isArray(value)) return []
  return value.filter(isObject).flatMap(dep => {
    const [packager, name, version] = [text(dep.packager), text(dep.name), text(dep.version)]
    return packager === null || name === null || version === null ? [] : [{ packager, name, version }]
  })
}

function platformOf(packager: string, entry: Json): PlatformRelease | null {
  const download = downloadOf(entry)
  const [arch, version] = [text(entry.architecture), text(entry.version)]
  if (download === null || arch === null || version === null || toSemver(version) === null) return null
  return {
    ...download,
    packager,
    arch,
    name: text(entry.name) ?? `${packager}:${arch}`,
    version,
    toolsDependencies: toolReferences(entry.toolsDependencies)
  }
}

function toolOf(packager: string, entry: Json): ToolRelease | null {
  const [name, version] = [text(entry.name), text(entry.version)]
  if (name === null || version === null || !Array.isArray(entry.systems)) return null
  const systems = entry.systems.filter(isObject).flatMap(system => {
    const host = text(system.host)
    const download = downloadOf(system)
    return host === null || download === null ? [] : [{ ...download, host }]
  })
  return { packager, name, version, systems }
}

function add<T extends { version: string }>(map: Map<string, T[]>, key: string, release: T): void {
  const releases = map.get(key) ?? []
  if (!releases.some(known => known.version === release.version)) releases.push(release)
  map.set(key, releases)
}

export function emptyPackageIndex(): PackageIndex {
  return { sources: [], platforms: new Map(), tools: new Map() }
}

/** Adds one index's text to `into` (earlier indexes win a release both list, as arduino-cli's do). */
export function addPackageIndex(
  into: PackageIndex,
  textOfIndex: string,
  input: string,
  source: string
): PackageIndex {
  const json = parseJsonIndex(textOfIndex, input, source)
  if (!Array.isArray(json.packages))
    throw new UsageError(`${input}: ${source} is not a package index (no "packages" list)`)
  for (const pkg of json.packages.filter(isObject)) {
    const packager = text(pkg.name)
    if (packager === null) continue
    for (const entry of Array.isArray(pkg.platforms) ? pkg.platforms.filter(isObject) : []) {
      const release = platformOf(packager, entry)
      if (release !== null) add(into.platforms, `${packager}:${release.arch}`, release)
    }
    for (const entry of Array.isArray(pkg.tools) ? pkg.tools.filter(isObject) : []) {
      const release = toolOf(packager, entry)
      if (release !== null) add(into.tools, `${packager}:${release.name}`, release)
    }
  }
  for (const releases of [...into.platforms.values(), ...into.tools.values()])
    releases.sort((a, b) => byVersionDescending(a.version, b.version))
  into.sources.push(source)
  return into
}
