/**
 * Library-detection results: which libraries a sketch uses, in order. Detection runs the
 * preprocessor, so a warm run must not; the result is checked against the content of every file
 * the sketch's and its libraries' compiles read, and against the candidate libraries.
 */
import type { Library } from '../arduino/libraries.js'
import type { JsonValue } from '../store/index.js'
import type { UnitCache } from './unitCache.js'
import { detectKey, type DependencyFact } from './keys.js'

export interface DetectionQuestion {
  toolchainId: string
  preprocessArgv: string[]
  candidates: readonly Library[]
  /** Every file of the sketch (sources and headers), absolute. */
  sketchFiles: readonly string[]
}

interface StoredDetection {
  libraries: string[]
  dependencies: DependencyFact[]
}

export function detectionKeyOf(cache: UnitCache, question: DetectionQuestion): string {
  return detectKey({
    toolchainId: question.toolchainId,
    preprocessArgv: question.preprocessArgv.map(arg => cache.normalize(arg)),
    candidates: question.candidates.map(library => [
      cache.normalize(library.dir),
      [...library.headers].sort()
    ]),
    sources: question.sketchFiles.map(file => cache.normalize(file)).sort()
  })
}

/** The libraries found last time, when nothing they were found from has changed. */
export async function lookupDetection(
  cache: UnitCache,
  key: string,
  candidates: readonly Library[]
): Promise<Library[] | null> {
  const found = await cache.buildStore.get('detect', key)
  if (found.kind !== 'hit') return null
  const stored = found.value.meta as Partial<StoredDetection> | null
  if (!Array.isArray(stored?.libraries) || !Array.isArray(stored.dependencies)) return null
  if (!(await cache.dependenciesMatch(stored.dependencies))) return null
  const libraries: Library[] = []
  for (const normalized of stored.libraries) {
    const dir = cache.resolve(normalized)
    const library = candidates.find(candidate => candidate.dir === dir)
    if (library === undefined) return null
    libraries.push(library)
  }
  return libraries
}

export async function storeDetection(
  cache: UnitCache,
  key: string,
  libraries: readonly Library[],
  dependencyFiles: readonly string[]
): Promise<void> {
  const unique = [...new Set(dependencyFiles)].sort()
  const dependencies = await cache.currentFacts(unique.map(file => cache.normalize(file)))
  if (dependencies === null) return
  const record: StoredDetection = {
    libraries: libraries.map(library => cache.normalize(library.dir)),
    dependencies
  }
  await cache.buildStore.put('detect', key, record as unknown as JsonValue)
}
