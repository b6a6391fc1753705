/**
 * The CI cache of a main step, decided once from the `cache` input: a restorer bounded in time (a
 * child process, see ciCache/restoreSave.ts), or null when the cache is off. Everything after reads
 * that one value.
 */
import { restoreStore, type RestoreOutcome, type RestoreRequest } from '../ciCache/restoreSave.js'
import type { MainContext } from './context.js'
import type { Keeping } from './install.js'

export type Restorer = (request: RestoreRequest) => Promise<RestoreOutcome>

const NOTHING_RESTORED: RestoreOutcome = { matchedKey: null, seconds: 0, warning: null }

/** Restores within FBUILD_CACHE_TIMEOUT_MS (the context's), through the entry script's worker. */
export function boundedRestorer(
  context: Pick<MainContext, 'workspace' | 'entryScript' | 'cacheTimeoutMs'>
): Restorer {
  const worker = context.entryScript
  if (worker === null) {
    // From sources (local-action): only the bundle can restore in a process of its own.
    const warning = 'cache restore runs only from the bundled action (dist/index.js); building cold'
    return async () => ({ ...NOTHING_RESTORED, warning })
  }
  return request =>
    restoreStore(request, { workspace: context.workspace, timeoutMs: context.cacheTimeoutMs, worker })
}

/** What install.ts needs to keep its downloads in the CI cache (nothing when the cache is off). */
export function keepingFor(
  restorer: Restorer | null,
  context: Pick<MainContext, 'workspace' | 'cacheTimeoutMs'>
): Keeping {
  return {
    cacheEnabled: restorer !== null,
    workspace: context.workspace,
    restore: restorer ?? (async () => NOTHING_RESTORED),
    timeoutMs: context.cacheTimeoutMs
  }
}
