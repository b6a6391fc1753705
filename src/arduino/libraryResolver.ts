/**
 * Which library provides a missing `#include`, with arduino-cli's rules
 * (internal/arduino/libraries/librariesresolver/cpp.go ResolveFor and ComputePriority, and the
 * detector's resolveLibrary). Pure: the libraries are already loaded.
 */
import path from 'node:path'
import { byBytes } from './byteOrder.js'
import type { Library, LibraryLocation } from './libraries.js'

// arduino-cli: IDE built-in 0, referenced platform 1, platform 2, user 3, `--library` 10000. The
// library that owns the sketch being built (its examples/) beats any other, whatever its name or architectures.
const LOCATION_BONUS: Record<LibraryLocation, number> = {
  'referenced-platform': 1,
  platform: 2,
  user: 3,
  unmanaged: 10000,
  'sketch-owner': 100000
}

/** arduino-cli `simplify`: SanitizeName (anything but `A-Za-z0-9_.-` becomes `_`), then lowercase. */
function simplify(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '_').toLowerCase()
}

function isOptimizedFor(lib: Library, arch: string): boolean {
  return lib.architectures.includes(arch)
}

function isArchitectureIndependent(lib: Library): boolean {
  return lib.architectures.length === 0 || lib.architectures.includes('*')
}

function nameMatchBonus(name: string, dirName: string, header: string): number {
  const either = (test: (candidate: string) => boolean): boolean => test(name) || test(dirName)
  if (name === header && dirName === header) return 700
  if (either(candidate => candidate === header)) return 600
  if (either(candidate => candidate === `${header}-main`)) return 500
  if (either(candidate => candidate === `${header}-master`)) return 400
  if (either(candidate => candidate.startsWith(header))) return 300
  if (either(candidate => candidate.endsWith(header))) return 200
  if (either(candidate => candidate.includes(header))) return 100
  return 0
}

/** arduino-cli ComputePriority: architecture first, then how well the name matches, then location. */
export function computePriority(lib: Library, header: string, arch: string): number {
  const stem = simplify(header.slice(0, header.length - path.extname(header).length))
  let priority = 0
  if (isOptimizedFor(lib, arch)) priority += 1010
  else if (isArchitectureIndependent(lib)) priority += 1000
  priority += nameMatchBonus(simplify(lib.name), simplify(lib.dirName), stem)
  return priority + LOCATION_BONUS[lib.location]
}

/** The character pairs of `word` as schollz/closestmatch takes them (its loop skips the last pair). */
function bigrams(word: string): Set<string> {
  const bytes = Buffer.from(word)
  const pairs = new Set<string>()
  for (let i = 0; i < bytes.length - 2; i++) pairs.add(bytes.subarray(i, i + 2).toString('latin1'))
  return pairs
}

/**
 * schollz/closestmatch `Closest(header)` over the simplified names, bag size 2, as arduino-cli
 * calls it. Its score is deterministic: a name sharing k pairs scores floor(200000 / (pairs of
 * the header + pairs of the name)) * 2^(k-1) (its merge loop doubles instead of adding). It breaks
 * ties at random; we take the alphabetically first name. Null when no pair is shared.
 */
function closestName(header: string, names: readonly string[]): string | null {
  const searchPairs = bigrams(header)
  const scores = new Map<string, number>()
  for (const name of new Set(names)) {
    const namePairs = bigrams(name)
    const copies = names.filter(other => other === name).length
    const shared = [...searchPairs].filter(pair => namePairs.has(pair)).length
    if (shared === 0) continue
    const perPair = Math.floor(200000 / (searchPairs.size + namePairs.size)) * copies
    scores.set(name, perPair * 2 ** (shared - 1))
  }
  let best: string | null = null
  let bestScore = 0
  for (const [name, score] of [...scores].sort(([a], [b]) => byBytes(a, b))) {
    if (score > bestScore) [best, bestScore] = [name, score]
  }
  return best
}

/** arduino-cli ResolveFor: the highest priority; on a tie, the closest name, then the first by name. */
function bestProvider(header: string, providers: readonly Library[], arch: string): Library | null {
  let found: Library[] = []
  let foundPriority = -1
  for (const lib of providers) {
    const priority = computePriority(lib, header, arch)
    if (priority > foundPriority) {
      found = [lib]
      foundPriority = priority
    } else if (priority === foundPriority) {
      found.push(lib)
    }
  }
  if (found.length === 1) return found[0] ?? null
  const closest = closestName(
    header,
    found.map(lib => simplify(lib.name))
  )
  const winner = found.find(lib => simplify(lib.name) === closest)
  return winner ?? [...found].sort((a, b) => byBytes(a.name, b.name))[0] ?? null
}

/**
 * The library that provides `header` (a file name at the top of a library's source folder), or
 * null when none does. When a provider is already imported, that imported library is returned
 * (arduino-cli then adds nothing new: a header still missing is an error, not a new library).
 */
export function resolveHeader(
  header: string,
  candidates: readonly Library[],
  arch: string,
  alreadyImported: readonly Library[]
): Library | null {
  const providers = candidates.filter(lib => lib.headers.includes(header))
  if (providers.length === 0) return null
  for (const provider of providers) {
    const imported = alreadyImported.find(lib => lib.dir === provider.dir)
    if (imported !== undefined) return imported
  }
  return bestProvider(header, providers, arch)
}
