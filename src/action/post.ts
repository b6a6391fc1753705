/**
 * The post step: evict what this job did not use, keep the store under max-store-size, and save
 * it when it changed and the save policy allows. A failing or slow cache service only warns.
 */
import * as core from '@actions/core'
import { decideSave } from '../ciCache/savePolicy.js'
import { saveStore } from '../ciCache/restoreSave.js'
import { storeDigest } from '../ciCache/storeDigest.js'
import { storePaths } from '../store/layout.js'
import { pruneStores } from '../store/root.js'
import { saveSummary, type SaveFacts } from '../report/summary.js'
import { evictUntouched } from '../store/index.js'
import { decodeState, STATE_NAME, type PostState } from './state.js'
import { writeSummary } from './jobSummary.js'
import { cacheTimeoutMs } from './inputs.js'

/** Only a run that used the store may evict: otherwise "untouched" would mean everything. */
async function trim(state: PostState): Promise<SaveFacts> {
  const bytesBefore = (await storeDigest(state.storeRoot)).bytes
  let evictedEntries = 0
  for (const store of Object.values(storePaths(state.storeRoot))) {
    const evicted = await evictUntouched(store, state.runId)
    evictedEntries += evicted.entriesRemoved
    if (evicted.entriesRemoved > 0)
      core.info(`evicted ${evicted.entriesRemoved} entries this job did not use from ${store}`)
  }
  if (state.maxStoreSize !== null) {
    const pruned = await pruneStores(state.storeRoot, state.maxStoreSize)
    evictedEntries += pruned.entriesRemoved
    core.info(`max-store-size: ${pruned.bytesBefore} -> ${pruned.bytesAfter} bytes`)
  }
  return { evictedEntries, evictedBytes: bytesBefore - (await storeDigest(state.storeRoot)).bytes }
}

async function usedThisRun(state: PostState): Promise<boolean> {
  return (await storeDigest(state.storeRoot)).digest !== state.restoredDigest
}

export async function runPost(): Promise<void> {
  const state = decodeState(core.getState(STATE_NAME))
  if (state === null || !state.cacheEnabled) {
    core.info('nothing to save (the cache is off, or the main step stopped early)')
    return
  }
  const trimmed = (await usedThisRun(state)) ? await trim(state) : null
  const summarize = (markdown: string): Promise<void> =>
    state.summary === false ? Promise.resolve() : writeSummary(markdown)
  const after = await storeDigest(state.storeRoot)
  const decision = decideSave({
    policy: state.save,
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    changed: after.digest !== state.restoredDigest,
    exactHit: state.matchedKey === state.primaryKey
  })
  if (!decision.save) {
    core.info(`not saving the store: ${decision.reason}`)
    await summarize(saveSummary({ skipped: decision.reason }, trimmed))
    return
  }
  const saved = await saveStore(state.storePaths, state.primaryKey, cacheTimeoutMs(process.env))
  if (saved.warning !== null) core.warning(saved.warning)
  const summary = saved.saved
    ? saveSummary({ key: state.primaryKey, seconds: saved.seconds, bytes: after.bytes }, trimmed)
    : saveSummary({ skipped: saved.warning ?? 'the save failed' }, trimmed)
  await summarize(summary)
}
