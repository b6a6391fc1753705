/**
 * Library-detection results: which libraries a sketch uses, in order, or (a failure is a result
 * too) why none could be found, such as a header no library provides. Detection runs the
 * preprocessor, so a warm run must not; a result is checked against the content of every file
 * detection read, against the absence of a missing header everywhere it was looked for, and (in
 * the key) against the candidate libraries.
 */
import type { Library } from '../arduino/libraries.js'
import type { EntryRecord, JsonValue } from '../store/index.js'
import type { UnitCache } from './unitCache.js'
import { ABSENT, dependencySetBlob, detectKeyInputs, keyOf, type DependencyFact } from './keys.js'
import { placeText, portableText, rootNameOf } from './roots.js'

export interface DetectionQuestion {
  toolchainId: string
  preprocessArgv: string[]
  candidates: readonly Library[]
  /** Every file of the sketch (sources and headers), absolute. */
  sketchFiles: readonly string[]
}

/**
 * A detection entry (build store, namespace `detect`): `libraries`, normalized folders in order, or
 * null for a failure with its `error` (root folders marked, roots.ts portableText); the facts of what
 * detection read and of where a missing header was not. Those of the sketch's own files (its folder,
 * its build folder) are inline, as `dependencies`; the rest (libraries, core, toolchain) are the
 * entry's `dependencies` blob, which the sketches of one library share (a big library's headers are
 * thousands of facts): a run reads and checks it once (UnitCache.dependencySetMatches). An older
 * entry holds all of them inline.
 */
interface StoredDetection {
  libraries: string[] | null
  error: string | null
  dependencies?: DependencyFact[]
}

const DEPENDENCIES_BLOB = 'dependencies'

/** Whether what the entry was found from still holds: its own facts, then the shared set if any. */
async function dependenciesHold(
  cache: UnitCache,
  entry: EntryRecord,
  stored: Partial<StoredDetection>
): Promise<boolean> {
  if (!Array.isArray(stored.dependencies) || !(await cache.dependenciesMatch(stored.dependencies)))
    return false
  const shared = entry.blobs[DEPENDENCIES_BLOB]
  return shared === undefined || (await cache.dependencySetMatches(shared))
}

/** A fact of the sketch's own files: under a root of its own (`sketch/<name>`) or its build folder. */
function isSketchOwn([file]: DependencyFact): boolean {
  const root = rootNameOf(file)
  return root === 'build' || root?.startsWith('sketch/') === true
}

export type RememberedDetection = { ok: true; libraries: Library[] } | { ok: false; error: string }

export function detectionKeyOf(cache: UnitCache, question: DetectionQuestion): string {
  return keyOf(
    detectKeyInputs({
      toolchainId: question.toolchainId,
      preprocessArgv: question.preprocessArgv.map(arg => cache.normalize(arg)),
      candidates: question.candidates.map(library => [
        cache.normalize(library.dir),
        [...library.headers].sort()
      ]),
      sources: question.sketchFiles.map(file => cache.normalize(file)).sort()
    })
  )
}

/** What detection found last time, when nothing it was found from has changed. */
export async function lookupDetection(
  cache: UnitCache,
  key: string,
  candidates: readonly Library[]
): Promise<RememberedDetection | null> {
  const found = await cache.sketchStore.get('detect', key)
  if (found.kind !== 'hit') return null
  const stored = found.value.meta as Partial<StoredDetection> | null
  if (stored === null || !(await dependenciesHold(cache, found.value, stored))) return null
  if (stored.libraries === null) {
    const error = typeof stored.error === 'string' ? placeText(stored.error, cache.roots()) : null
    return error === null ? null : { ok: false, error }
  }
  if (!Array.isArray(stored.libraries)) return null
  const libraries: Library[] = []
  for (const normalized of stored.libraries) {
    const dir = cache.resolve(normalized)
    const library = candidates.find(candidate => candidate.dir === dir)
    if (library === undefined) return null
    libraries.push(library)
  }
  return { ok: true, libraries }
}

/**
 * Stores what detection found: `read`, the files it read (they must still be there), `absent`, the
 * places a missing header was looked for (it must still not be there). Never a failure the
 * environment caused: the caller does not pass one.
 */
export async function storeDetection(
  cache: UnitCache,
  key: string,
  found: { libraries: readonly Library[] } | { error: string },
  read: readonly string[],
  absent: readonly string[] = []
): Promise<void> {
  const files = [...new Set([...read, ...absent])].sort()
  const dependencies = await cache.currentFacts(
    files.map(file => cache.normalize(file)),
    false
  )
  if (dependencies === null) return
  const present = new Set(read)
  // A file read that is gone, or a missing header that is there: what was found no longer holds.
  if (dependencies.some(([, print], i) => (print === ABSENT) === present.has(files[i] ?? ''))) return
  const record: StoredDetection =
    'libraries' in found
      ? { libraries: found.libraries.map(library => cache.normalize(library.dir)), error: null }
      : { libraries: null, error: portableText(found.error, cache.roots()) }
  record.dependencies = dependencies.filter(isSketchOwn)
  const shared = dependencies.filter(fact => !isSketchOwn(fact))
  const blobs = new Map([[DEPENDENCIES_BLOB, dependencySetBlob(shared)]])
  await cache.sketchStore.put('detect', key, record as unknown as JsonValue, blobs)
}
