/**
 * What main hands to post, explicitly and typed (as actions/cache's stateProvider does): one JSON
 * value under one state name, so post never guesses from the environment.
 */
import type { SavePolicy } from '../ciCache/savePolicy.js'

/** Saved only with the cache on: without it, post has nothing to do. */
export interface PostState {
  storeRoot: string
  storePaths: string[]
  primaryKey: string
  matchedKey: string | null
  /** storeDigest() right after restore. */
  restoredDigest: string
  runId: string
  save: SavePolicy
  maxStoreSize: number | null
  /** The `summary` input: false writes no job summary. */
  summary: boolean
}

export const STATE_NAME = 'fbuild-post-state'

export function encodeState(state: PostState): string {
  return JSON.stringify(state)
}

/** The state main saved, or null when main did not get that far (post then has nothing to do). */
export function decodeState(text: string): PostState | null {
  if (text === '') return null
  try {
    const value = JSON.parse(text) as Partial<PostState>
    return typeof value.storeRoot === 'string' && typeof value.primaryKey === 'string'
      ? (value as PostState)
      : null
  } catch {
    return null
  }
}
