/**
 * Every path of the cache root and of the stores in it: two stores under one root, the folders of
 * each store, and what the action hands to @actions/cache.
 * - `objects/`, the object store (`zccache-store-path`): one result per compiled unit (object,
 *   dependency facts, messages) and the manifests that find it.
 * - `sketches/`, the sketch store (`fbuild-store-path`): what each sketch's build decided and made
 *   beyond its units (library detection, link results), the toolchain-identity memo, statistics.
 *   Before it had its own name it was `build/`, a word the build folder and the `build` input use.
 * The cache's version hashes the path strings it is given, so they must not change between runs:
 * a path relative to the workspace (where the runner starts the action) stays the same when the
 * checkout moves.
 */
import path from 'node:path'

export interface StorePaths {
  objects: string
  sketches: string
}

export function storePaths(root: string): StorePaths {
  return { objects: path.join(root, 'objects'), sketches: path.join(root, 'sketches') }
}

/** Stores an older layout kept under the root, which nothing reads any more. */
export function retiredStorePaths(root: string): string[] {
  return [path.join(root, 'build')]
}

export interface StoreLayout extends StorePaths {
  root: string
  /** The first build of this store (nothing restored): what later runs compare their time with. */
  coldBuild: string
  /** What @actions/cache saves and restores. */
  cachePaths: string[]
}

export function storeLayout(
  root: string,
  workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
): StoreLayout {
  const relative = path.relative(workspace, root)
  const inWorkspace = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
  return {
    root,
    ...storePaths(root),
    coldBuild: path.join(root, 'cold-build.json'),
    cachePaths: [inWorkspace ? relative : root]
  }
}

// ---- inside one store (objects/ or sketches/) ----

/** The folders a store owns; anything else under its root is left alone (version.ts). */
export const STORE_FOLDERS = ['blobs', 'entries', 'usage', 'stats'] as const

export function storeFolder(store: string, folder: (typeof STORE_FOLDERS)[number]): string {
  return path.join(store, folder)
}

/** `<store>/VERSION`: the store's layout number (version.ts). */
export function versionFile(store: string): string {
  return path.join(store, 'VERSION')
}

/** A blob, by the SHA-256 of its content, sharded by its first two hex digits. */
export function blobFile(store: string, digest: string): string {
  return path.join(storeFolder(store, 'blobs'), digest.slice(0, 2), digest)
}

/** An entry, by namespace and key (a SHA-256), sharded by the key's first two hex digits. */
export function entryFile(store: string, namespace: string, key: string): string {
  return path.join(storeFolder(store, 'entries'), namespace, key.slice(0, 2), `${key}.json`)
}

/** The sketch store's namespace for the toolchain-identity memo: per toolchain folder, machine-local stamps. */
export const TOOLCHAIN_MEMO_NAMESPACE = 'toolchain'

/**
 * Whether a file (relative to the cache root) changes on every run, even one that reused
 * everything: usage logs, counters, and the toolchain-identity memo (inodes and ctimes, new on
 * every runner). Such changes alone are no reason to save the store again.
 */
export function changesEveryRun(relativeFile: string): boolean {
  const parts = relativeFile.split(/[\\/]/)
  return (
    parts.includes('usage') ||
    parts.includes('stats') ||
    parts.some((part, i) => part === 'entries' && parts[i + 1] === TOOLCHAIN_MEMO_NAMESPACE)
  )
}
