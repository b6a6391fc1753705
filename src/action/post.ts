/**
 * The post step: evict what this job did not use, keep the store under max-store-size, and save
 * it when it changed and the save policy allows. A failing or slow cache service only warns.
 */
import { decideSave } from '../ciCache/savePolicy.js'
import { saveStore } from '../ciCache/restoreSave.js'
import { storeDigest } from '../ciCache/storeDigest.js'
import { storePaths } from '../store/layout.js'
import { pruneStores } from '../store/root.js'
import { saveSummary, type SaveFacts } from '../report/summary.js'
import { evictUntouched } from '../store/index.js'
import type { StepContext } from './context.js'
import type { ActionRuntime } from './runtime.js'
import { decodeState, STATE_NAME, type PostState } from './state.js'

/** What the post step needs of the runner's context: the event (for the save policy) and the limit. */
export type PostContext = Pick<StepContext, 'event' | 'cacheTimeoutMs'>

/** Only a run that used the store may evict: otherwise "untouched" would mean everything. */
async function trim(runtime: ActionRuntime, state: PostState): Promise<SaveFacts> {
  const bytesBefore = (await storeDigest(state.storeRoot)).bytes
  let evictedEntries = 0
  for (const store of Object.values(storePaths(state.storeRoot))) {
    const evicted = await evictUntouched(store, state.runId)
    evictedEntries += evicted.entriesRemoved
    if (evicted.entriesRemoved > 0)
      runtime.info(`evicted ${evicted.entriesRemoved} entries this job did not use from ${store}`)
  }
  if (state.maxStoreSize !== null) {
    const pruned = await pruneStores(state.storeRoot, state.maxStoreSize)
    evictedEntries += pruned.entriesRemoved
    runtime.info(`max-store-size: ${pruned.bytesBefore} -> ${pruned.bytesAfter} bytes`)
  }
  return { evictedEntries, evictedBytes: bytesBefore - (await storeDigest(state.storeRoot)).bytes }
}

/** The step as the runner runs it: it never fails the job, as caching is an optimisation. */
export async function postStep(runtime: ActionRuntime, context: () => Promise<PostContext>): Promise<void> {
  try {
    await runPost(runtime, await context())
  } catch (error) {
    runtime.warning(`fbuild-action post step: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export async function runPost(runtime: ActionRuntime, context: PostContext): Promise<void> {
  const state = decodeState(runtime.getState(STATE_NAME))
  if (state === null) {
    runtime.info('nothing to save (the cache is off, or the main step stopped early)')
    return
  }
  const used = (await storeDigest(state.storeRoot)).digest !== state.restoredDigest
  const trimmed = used ? await trim(runtime, state) : null
  const summarize = (markdown: string): Promise<void> =>
    state.summary === false ? Promise.resolve() : runtime.summary(markdown)
  const after = await storeDigest(state.storeRoot)
  const decision = decideSave({
    policy: state.save,
    eventName: context.event.name,
    changed: after.digest !== state.restoredDigest,
    exactHit: state.matchedKey === state.primaryKey
  })
  if (!decision.save) {
    runtime.info(`not saving the store: ${decision.reason}`)
    await summarize(saveSummary({ skipped: decision.reason }, trimmed))
    return
  }
  const saved = await saveStore(state.storePaths, state.primaryKey, context.cacheTimeoutMs)
  if (saved.warning !== null) runtime.warning(saved.warning)
  const summary = saved.saved
    ? saveSummary({ key: state.primaryKey, seconds: saved.seconds, bytes: after.bytes }, trimmed)
    : saveSummary({ skipped: saved.warning ?? 'the save failed' }, trimmed)
  await summarize(summary)
}
