/**
 * Which library releases to install: the ones asked for by name (newest, or the pinned version),
 * then their dependencies, transitively (the newest release that satisfies every constraint seen
 * so far). A name already given as a folder (or the library whose examples are built) is taken as
 * it is, and its own `depends=` are followed. Greedy, breadth first, so what was asked for by name
 * wins over what a dependency would like; a later constraint the chosen release fails is an error,
 * not a backtrack. Pure.
 */
import { UsageError } from '../errors.js'
import type { LibraryDependency, LibraryIndex, LibraryRelease } from './libraryIndex.js'
import { constraintRange, sameVersion, satisfies } from './versions.js'

export interface WantedLibrary {
  name: string
  /** An exact version (`Name@1.2.3`), or null for the newest. */
  version: string | null
}

export interface ProvidedLibrary {
  name: string
  version: string | null
  dependencies: LibraryDependency[]
}

export interface ResolvedRelease {
  release: LibraryRelease
  /** The library whose dependency brought it in; null when asked for by name. */
  requiredBy: string | null
}

export interface LibraryResolution {
  install: ResolvedRelease[]
  /** Names satisfied by a given folder. */
  provided: string[]
}

interface Need {
  name: string
  exact: string | null
  constraint: string
  requiredBy: string | null
}

type Choice =
  { kind: 'index'; release: LibraryRelease; need: Need } | { kind: 'provided'; library: ProvidedLibrary }

const MAX_LISTED = 8

function label(need: Need): string {
  const name = need.exact === null ? need.name : `${need.name}@${need.exact}`
  return need.requiredBy === null ? `library "${name}"` : `library "${name}" (needed by "${need.requiredBy}")`
}

function listVersions(releases: readonly LibraryRelease[]): string {
  const shown = releases.slice(0, MAX_LISTED).map(release => release.version)
  return releases.length > MAX_LISTED ? `${shown.join(', ')}, ...` : shown.join(', ')
}

function accepts(version: string | null, need: Need): boolean {
  if (need.exact !== null) return version !== null && sameVersion(version, need.exact)
  if (need.constraint.trim() === '') return true
  return version !== null && satisfies(version, constraintRange(need.constraint, label(need)))
}

function unknownName(need: Need, index: LibraryIndex): UsageError {
  const lower = need.name.toLowerCase()
  const near = [...index.libraries.keys()].find(name => name.toLowerCase() === lower)
  const hint = near === undefined ? '' : ` (did you mean "${near}"?)`
  return new UsageError(`${label(need)}: not in the library index ${index.source}${hint}`)
}

function pickRelease(need: Need, index: LibraryIndex): LibraryRelease {
  const releases = index.libraries.get(need.name)
  if (releases === undefined) throw unknownName(need, index)
  const release = releases.find(candidate => accepts(candidate.version, need))
  if (release !== undefined) return release
  const wanted = need.exact === null ? `no version satisfies '${need.constraint}'` : 'no such version'
  throw new UsageError(`${label(need)}: ${wanted} in ${index.source} (versions: ${listVersions(releases)})`)
}

function dependenciesOf(choice: Choice): LibraryDependency[] {
  return choice.kind === 'index' ? choice.release.dependencies : choice.library.dependencies
}

function versionOf(choice: Choice): string | null {
  return choice.kind === 'index' ? choice.release.version : choice.library.version
}

/** The first cycle among the chosen libraries, as `A -> B -> A`, or null. */
function findCycle(chosen: Map<string, Choice>): string[] | null {
  const done = new Set<string>()
  const visit = (name: string, trail: string[]): string[] | null => {
    const at = trail.indexOf(name)
    if (at >= 0) return [...trail.slice(at), name]
    if (done.has(name)) return null
    const choice = chosen.get(name)
    if (choice === undefined) return null
    for (const dep of dependenciesOf(choice)) {
      const cycle = visit(dep.name, [...trail, name])
      if (cycle !== null) return cycle
    }
    done.add(name)
    return null
  }
  for (const name of chosen.keys()) {
    const cycle = visit(name, [])
    if (cycle !== null) return cycle
  }
  return null
}

export function resolveLibraries(
  wanted: readonly WantedLibrary[],
  index: LibraryIndex,
  provided: readonly ProvidedLibrary[]
): LibraryResolution {
  const chosen = new Map<string, Choice>()
  const queue: Need[] = wanted.map(w => ({
    name: w.name,
    exact: w.version,
    constraint: '',
    requiredBy: null
  }))
  for (let need = queue.shift(); need !== undefined; need = queue.shift()) {
    const already = chosen.get(need.name)
    if (already !== undefined) {
      if (!accepts(versionOf(already), need)) {
        throw new UsageError(
          `${label(need)}: wants ${need.exact ?? need.constraint}, but ${need.name} ` +
            `${versionOf(already) ?? '(no version)'} is already chosen`
        )
      }
      continue
    }
    const local = provided.find(library => library.name === need.name)
    const choice: Choice =
      local !== undefined && (need.exact === null || accepts(local.version, need))
        ? { kind: 'provided', library: local }
        : { kind: 'index', release: pickRelease(need, index), need }
    chosen.set(need.name, choice)
    for (const dep of dependenciesOf(choice))
      queue.push({ name: dep.name, exact: null, constraint: dep.constraint, requiredBy: need.name })
  }
  const cycle = findCycle(chosen)
  if (cycle !== null) throw new UsageError(`library dependency cycle: ${cycle.join(' -> ')}`)
  const choices = [...chosen.values()]
  return {
    install: choices.flatMap(choice =>
      choice.kind === 'index' ? [{ release: choice.release, requiredBy: choice.need.requiredBy }] : []
    ),
    provided: choices.flatMap(choice => (choice.kind === 'provided' ? [choice.library.name] : []))
  }
}
