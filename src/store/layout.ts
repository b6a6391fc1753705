/**
 * Every path of the cache root: the object store (per-unit results) and the build store (link
 * results, library detection, the toolchain-identity memo, statistics) under one root, and what the
 * action hands to @actions/cache. The cache's version hashes
 * the path strings it is given, so they must not change between runs: a path relative to the
 * workspace (where the runner starts the action) stays the same when the checkout moves.
 */
import path from 'node:path'

export interface StorePaths {
  objects: string
  build: string
}

export function storePaths(root: string): StorePaths {
  return { objects: path.join(root, 'objects'), build: path.join(root, 'build') }
}

export interface StoreLayout {
  root: string
  objects: string
  build: string
  /** What @actions/cache saves and restores. */
  cachePaths: string[]
}

export function storeLayout(
  root: string,
  workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
): StoreLayout {
  const relative = path.relative(workspace, root)
  const inWorkspace = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
  return { root, ...storePaths(root), cachePaths: [inWorkspace ? relative : root] }
}
