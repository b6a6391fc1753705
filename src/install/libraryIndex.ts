/**
 * The Library Manager index (arduino-cli's `library_index.json`: `libraries[]` with name, version,
 * url, archiveFileName, size, `checksum: SHA-256:<hex>`, dependencies[{name, version?}]), read into
 * releases per name, newest first. Pure: the text in, the index out.
 */
import { UsageError } from '../errors.js'
import { byVersionDescending, toSemver } from './versions.js'

export interface LibraryDependency {
  name: string
  /** A relaxed-semver constraint; '' for any version. */
  constraint: string
}

export interface LibraryRelease {
  name: string
  version: string
  url: string
  archiveFileName: string
  size: number
  /** Lower-case hex. */
  sha256: string
  dependencies: LibraryDependency[]
}

export interface LibraryIndex {
  /** Where it came from, for messages. */
  source: string
  /** By exact name; releases newest first. */
  libraries: Map<string, LibraryRelease[]>
}

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `JSON.parse` with a one-line error naming the input and the index. */
export function parseJsonIndex(text: string, input: string, source: string): Json {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`${input}: ${source} is not JSON (${(error as Error).message.split('\n')[0]})`)
  }
  if (!isObject(value)) throw new UsageError(`${input}: ${source} is not an index (not a JSON object)`)
  return value
}

const CHECKSUM = /^SHA-256:([0-9a-fA-F]{64})$/

/** An index's `checksum`: only SHA-256 is accepted (arduino-cli also knows MD5 and SHA-1: too weak). */
export function sha256OfChecksum(checksum: unknown): string | null {
  const match = typeof checksum === 'string' ? CHECKSUM.exec(checksum.trim()) : null
  return match?.[1]?.toLowerCase() ?? null
}

function dependenciesOf(value: unknown): LibraryDependency[] {
  if (!Array.isArray(value)) return []
  return value
    .filter(isObject)
    .filter(dep => typeof dep.name === 'string' && dep.name.trim() !== '')
    .map(dep => ({
      name: String(dep.name).trim(),
      constraint: typeof dep.version === 'string' ? dep.version : ''
    }))
}

/** One entry, or null when it lacks what an install needs (arduino-cli skips such entries too). */
function releaseOf(entry: Json): LibraryRelease | null {
  const sha256 = sha256OfChecksum(entry.checksum)
  const { name, version, url, size } = entry
  if (typeof name !== 'string' || typeof version !== 'string' || typeof url !== 'string') return null
  if (sha256 === null || typeof size !== 'number' || toSemver(version) === null) return null
  return {
    name,
    version,
    url,
    archiveFileName: typeof entry.archiveFileName === 'string' ? entry.archiveFileName : '',
    size,
    sha256,
    dependencies: dependenciesOf(entry.dependencies)
  }
}

export function parseLibraryIndex(text: string, input: string, source: string): LibraryIndex {
  const json = parseJsonIndex(text, input, source)
  if (!Array.isArray(json.libraries))
    throw new UsageError(`${input}: ${source} is not a library index (no "libraries" list)`)
  const libraries = new Map<string, LibraryRelease[]>()
  for (const entry of json.libraries) {
    const release = isObject(entry) ? releaseOf(entry) : null
    if (release === null) continue
    const releases = libraries.get(release.name) ?? []
    releases.push(release)
    libraries.set(release.name, releases)
  }
  for (const releases of libraries.values())
    releases.sort((a, b) => byVersionDescending(a.version, b.version))
  return { source, libraries }
}

/**
 * `depends=` of library.properties: `Name`, or `Name (constraint)`, comma-separated
 * (arduino-cli libraries.ParseDependencies).
 */
export function parseDepends(value: string): LibraryDependency[] {
  return value
    .split(',')
    .map(item => item.trim())
    .filter(item => item !== '')
    .map(item => {
      const match = /^(.*?)\s*\((.*)\)\s*$/.exec(item)
      return match === null
        ? { name: item, constraint: '' }
        : { name: match[1]?.trim() ?? '', constraint: match[2]?.trim() ?? '' }
    })
}
