/**
 * Restore and save through the real @actions/cache client, bounded in time. The cache service
 * failing or hanging never fails the job: the caller gets a warning text instead.
 */
import * as cache from '@actions/cache'

export interface RestoreOutcome {
  matchedKey: string | null
  seconds: number
  warning: string | null
}

export interface SaveOutcome {
  saved: boolean
  seconds: number
  warning: string | null
}

const TIMED_OUT = Symbol('timed out')

/** Resolves with the promise's value, or TIMED_OUT after `ms` (the operation itself goes on). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<typeof TIMED_OUT>(resolve => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export async function restoreStore(
  paths: string[],
  primaryKey: string,
  restoreKeys: string[],
  timeoutMs: number
): Promise<RestoreOutcome> {
  const startedAt = performance.now()
  const seconds = (): number => (performance.now() - startedAt) / 1000
  try {
    const matched = await within(cache.restoreCache(paths, primaryKey, restoreKeys), timeoutMs)
    if (matched === TIMED_OUT) {
      return {
        matchedKey: null,
        seconds: seconds(),
        warning: `cache restore timed out after ${timeoutMs / 1000} s; building cold`
      }
    }
    return { matchedKey: matched ?? null, seconds: seconds(), warning: null }
  } catch (error) {
    return {
      matchedKey: null,
      seconds: seconds(),
      warning: `cache restore failed (${message(error)}); building cold`
    }
  }
}

export async function saveStore(paths: string[], key: string, timeoutMs: number): Promise<SaveOutcome> {
  const startedAt = performance.now()
  const seconds = (): number => (performance.now() - startedAt) / 1000
  try {
    const id = await within(cache.saveCache(paths, key), timeoutMs)
    if (id === TIMED_OUT) {
      return {
        saved: false,
        seconds: seconds(),
        warning: `cache save timed out after ${timeoutMs / 1000} s; not saved`
      }
    }
    // The client reports most service failures as -1 after logging them itself.
    if (id === -1)
      return {
        saved: false,
        seconds: seconds(),
        warning: 'cache save failed (see the message above); not saved'
      }
    return { saved: true, seconds: seconds(), warning: null }
  } catch (error) {
    return { saved: false, seconds: seconds(), warning: `cache save failed (${message(error)}); not saved` }
  }
}
