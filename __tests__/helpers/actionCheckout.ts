/** What the action's job tests share: a checkout of example sketches, its firmware, the service's store keys. */
import { cp, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import type { CacheServer } from '../fixtures/cacheServer.js'
import { sha256 } from './actionServices.js'
import { corpusExamplesDir } from './corpus.js'

/** A checkout at `workspace`: each sketch (e.g. `01.Basics/Blink`) under examples/. */
export async function checkout(workspace: string, sketches: readonly string[]): Promise<void> {
  for (const sketch of sketches) {
    await cp(
      path.join(corpusExamplesDir(), sketch),
      path.join(workspace, 'examples', path.basename(sketch)),
      {
        recursive: true
      }
    )
  }
}

/** The SHA-256 of each sketch's .hex, by sketch name. */
export async function hexes(report: Report, workspace: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const sketch of report.sketches) {
    if (sketch.hex !== null)
      found.set(path.basename(sketch.path), sha256(await readFile(path.resolve(workspace, sketch.hex))))
  }
  return found
}

/** Store keys (not kept archives) the cache service holds, oldest first. */
export function storeKeys(cacheServer: CacheServer): string[] {
  return cacheServer
    .entries()
    .map(entry => entry.key)
    .filter(key => !key.startsWith('fbuild-archive-'))
}

/** The store keys saved while `during` ran. */
export async function savedDuring(cacheServer: CacheServer, during: () => Promise<void>): Promise<string[]> {
  const before = new Set(storeKeys(cacheServer))
  await during()
  return storeKeys(cacheServer).filter(key => !before.has(key))
}
