/**
 * Opens the compile cache for one run: the store, the named roots of this build, the per-run
 * file-facts memo, and the toolchain-identity memo kept in the store.
 */
import { randomBytes } from 'node:crypto'
import { homedir } from 'node:os'
import path from 'node:path'
import type { Library } from '../arduino/libraries.js'
import {
  Store,
  type FaultListener,
  type JsonValue,
  type StatCounters,
  emptyCounters
} from '../store/index.js'
import type { IdentityMemo } from '../toolchain/identity.js'
import { UnitCache } from './unitCache.js'
import { storePaths, TOOLCHAIN_MEMO_NAMESPACE } from '../store/layout.js'
import { FileFactsMemo } from './fileFacts.js'
import { normalizeText, orderRoots, type NamedRoot, type PathMode } from './roots.js'

export interface RootFolders {
  toolchainDir: string
  platformDirs: { name: string; dir: string }[]
  libraries: readonly Pick<Library, 'dir' | 'name' | 'dirName' | 'location'>[]
  /** Sketch folders with their build names (stable names for the same sketch at any location). */
  sketches: { name: string; dir: string }[]
  buildDir: string
  /** Tool folders (`runtime.tools.<name>.path`), by tool name; one root per folder. */
  tools?: { name: string; dir: string }[]
  workspace: string
  home?: string
}

/**
 * A library's part of its root name: its own name, not its folder's, which differs in a fork, a
 * `git worktree` or a renamed checkout (the library whose examples are built is the checkout
 * itself). Made safe as one path component: compiles name files by it (engine/executionRoot.ts).
 */
function rootNameOf(library: Pick<Library, 'name' | 'dirName'>): string {
  const safe = library.name.replace(/[^\w .+-]/g, '_').replace(/^[. ]+|[. ]+$/g, '')
  return safe === '' ? library.dirName : safe
}

/** Every root of a build, each with a name that does not depend on where things are. */
export function namedRoots(folders: RootFolders): NamedRoot[] {
  const roots: NamedRoot[] = [
    { name: 'toolchain', dir: folders.toolchainDir },
    ...folders.platformDirs,
    { name: 'build', dir: folders.buildDir }
  ]
  const used = new Set<string>()
  for (const library of folders.libraries) {
    const base = `lib/${library.location}/${rootNameOf(library)}`
    let name = base
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`
    used.add(name)
    roots.push({ name, dir: library.dir })
  }
  for (const sketch of folders.sketches) roots.push({ name: `sketch/${sketch.name}`, dir: sketch.dir })
  const toolDirs = new Set<string>()
  for (const tool of folders.tools ?? []) {
    if (toolDirs.has(tool.dir)) continue
    toolDirs.add(tool.dir)
    roots.push({ name: `tool/${tool.name}`, dir: tool.dir })
  }
  // Last, so that a library or a sketch that is the checkout itself keeps its own name (orderRoots
  // keeps a folder's first name): the same as in a worktree of it, where it is no workspace.
  roots.push({ name: 'home', dir: folders.home ?? homedir() }, { name: 'workspace', dir: folders.workspace })
  return orderRoots(roots)
}

/** The toolchain identity memo, one entry per toolchain folder in the store (see identityMemo.ts). */
export function storeIdentityMemo(store: Store): IdentityMemo {
  return {
    async get(key) {
      const found = await store.get(TOOLCHAIN_MEMO_NAMESPACE, key)
      return found.kind === 'hit' ? found.value.meta : null
    },
    async set(key, record) {
      // A record is plain JSON data (strings, numbers, nulls, objects): what parseMemo reads back.
      await store.put(TOOLCHAIN_MEMO_NAMESPACE, key, record as unknown as JsonValue)
    }
  }
}

export function newRunId(): string {
  return `run-${Date.now()}-${randomBytes(4).toString('hex')}`
}

export interface OpenStores {
  root: string
  runId: string
  objects: Store
  sketches: Store
}

/** The object store and the sketch store under one root (store/layout.ts); `onFault` hears when one turns off. */
export function openStores(root: string, runId: string, onFault?: FaultListener): OpenStores {
  const paths = storePaths(path.resolve(root))
  return {
    root: path.resolve(root),
    runId,
    objects: new Store(paths.objects, { runId, onFault }),
    sketches: new Store(paths.sketches, { runId, onFault })
  }
}

export function openUnitCache(
  stores: OpenStores,
  toolchainId: string,
  roots: readonly NamedRoot[],
  buildDir: string,
  systemIncludeDirs: readonly string[] = [],
  pathMode: PathMode = 'relative'
): UnitCache {
  // Sources the build generates (the merged sketch) name their own location: hash them with it named away.
  const generatedDir = path.resolve(buildDir) + path.sep
  const memo = new FileFactsMemo((file, content) =>
    file.startsWith(generatedDir) ? Buffer.from(normalizeText(content.toString('utf8'), roots)) : content
  )
  return new UnitCache({
    store: stores.objects,
    sketchStore: stores.sketches,
    toolchainId,
    roots: () => roots,
    memo,
    buildDir: path.resolve(buildDir),
    runStartedAt: Date.now(),
    systemIncludeDirs,
    pathMode
  })
}

/** This run's counters, from the sketches' results and the processes it started. */
export function runCounters(
  sketches: readonly {
    units: { hits: number; uncacheable: number }
    missReasons: Partial<Record<string, number>>
    link: string
  }[],
  processes: Record<string, number>,
  bytesStored: number
): StatCounters {
  const counters = emptyCounters()
  for (const sketch of sketches) {
    counters.hits += sketch.units.hits + (sketch.link === 'hit' ? 1 : 0)
    counters.uncacheable += sketch.units.uncacheable
    for (const reason of Object.keys(counters.misses) as (keyof StatCounters['misses'])[]) {
      counters.misses[reason] += sketch.missReasons[reason] ?? 0
    }
  }
  counters.compilerInvocations = (processes.compile ?? 0) + (processes.preprocess ?? 0)
  counters.linkerInvocations = processes.link ?? 0
  counters.bytesStored = bytesStored
  return counters
}
