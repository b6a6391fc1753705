/**
 * The store's part of the main step: its keys, its restore (only with the cache on), and what is
 * handed on: outputs, the environment of later steps, and the post step's state.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { cacheKeys, type CacheKeys } from '../ciCache/keys.js'
import { storeDigest } from '../ciCache/storeDigest.js'
import type { CacheFacts } from '../report/summary.js'
import { storeLayout, type StoreLayout } from '../store/layout.js'
import type { Restorer } from './cacheService.js'
import type { MainContext } from './context.js'
import type { ActionInputs } from './inputs.js'
import { setOutputs, type ActionRuntime } from './runtime.js'
import { encodeState, STATE_NAME } from './state.js'

const CACHE_KEY_PREFIX = 'fbuild'

/** Where the store lives: inside the workspace, as @actions/cache stores paths relative to it. */
export function storeRoot(workspace: string): string {
  return path.join(workspace, '.fbuild-cache')
}

export interface StoreSetup {
  layout: StoreLayout
  keys: CacheKeys
  /** What the restore brought; null when the cache is off (nothing restored, nothing saved). */
  cache: CacheFacts | null
  /** storeDigest() right after the restore: the post step saves only a store that changed. */
  restoredDigest: string
}

/** What the keys are made of besides the runner's parts. */
export interface KeyFacts {
  toolchainId: string
  /** installedDigest() of the libraries and platforms installed by name. */
  installed: string
}

/** Restores the store under this run's keys; with the cache off (`restorer` null) it starts empty. */
export async function restoreStore(
  runtime: ActionRuntime,
  inputs: Pick<ActionInputs, 'cacheVersion' | 'fqbn' | 'cacheKeyExtra'>,
  restorer: Restorer | null,
  facts: KeyFacts,
  context: Pick<MainContext, 'workspace' | 'runner'>
): Promise<StoreSetup> {
  const layout = storeLayout(storeRoot(context.workspace), context.workspace)
  const keys = cacheKeys({
    prefix: CACHE_KEY_PREFIX,
    cacheVersion: inputs.cacheVersion,
    toolchainId: facts.toolchainId,
    fqbn: inputs.fqbn,
    installed: facts.installed,
    extra: inputs.cacheKeyExtra,
    ...context.runner
  })
  runtime.info(`primary key: ${keys.primary}\nrestore keys:\n  ${keys.restore.join('\n  ')}`)
  const restored =
    restorer === null
      ? null
      : await restorer({ paths: layout.cachePaths, primaryKey: keys.primary, restoreKeys: keys.restore })
  if (restored !== null && restored.warning !== null) runtime.warning(restored.warning)
  const matchedKey = restored?.matchedKey ?? null
  // A failed restore may have extracted part of an archive: start from an empty store instead.
  if (matchedKey === null) await rm(layout.root, { recursive: true, force: true })
  const after = await storeDigest(layout.root)
  runtime.info(matchedKey === null ? 'no store restored: cold build' : `restored ${matchedKey}`)
  setOutputs(runtime, {
    'cache-hit': matchedKey === keys.primary,
    'cache-matched-key': matchedKey ?? '',
    'cache-primary-key': keys.primary
  })
  const cache =
    restored === null
      ? null
      : {
          primaryKey: keys.primary,
          matchedKey,
          restoreSeconds: restored.seconds,
          restoredBytes: after.bytes,
          restoreWarning: restored.warning
        }
  return { layout, keys, cache, restoredDigest: after.digest }
}

/**
 * The store for later steps (a `build: false` job's own build uses it) and for the post step,
 * which saves it only when the cache is on.
 */
export function handOverStore(
  runtime: ActionRuntime,
  store: StoreSetup,
  inputs: Pick<ActionInputs, 'save' | 'maxStoreSize' | 'summary'>,
  context: Pick<MainContext, 'storeRunId'>,
  coreDir: string
): void {
  const { layout } = store
  runtime.exportVariable('FBUILD_CACHE_DIR', layout.root)
  runtime.exportVariable('ZCCACHE_CACHE_DIR', layout.objects)
  runtime.exportVariable('ZCCACHE_DIR', layout.objects)
  runtime.exportVariable('FBUILD_RUN_ID', context.storeRunId)
  // For a user's own build step (build: false): the CLI's default core.
  runtime.exportVariable('FBUILD_CORE_DIR', coreDir)
  setOutputs(runtime, { 'zccache-store-path': layout.objects, 'fbuild-store-path': layout.sketches })
  if (store.cache === null) return
  runtime.saveState(
    STATE_NAME,
    encodeState({
      storeRoot: layout.root,
      storePaths: layout.cachePaths,
      primaryKey: store.cache.primaryKey,
      matchedKey: store.cache.matchedKey,
      restoredDigest: store.restoredDigest,
      runId: context.storeRunId,
      save: inputs.save,
      maxStoreSize: inputs.maxStoreSize,
      summary: inputs.summary
    })
  )
}
