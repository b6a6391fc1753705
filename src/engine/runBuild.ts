/**
 * The build engine: open the run's session once (board, toolchain, stores, libraries, cache, core
 * plan: buildSession.ts), then build every sketch in it, sharing core and library objects across
 * sketches, with all compiles in one job pool.
 */
import pLimit from 'p-limit'
import { describeFault } from '../errors.js'
import { openBuildSession, type BuildSession } from './buildSession.js'
import { buildSketch, failedSketch } from './sketchBuild.js'
import type { BuildRequest, BuildResult, SketchResult } from './types.js'

/** Every sketch of the request, results in its order; a sketch's failure is its result. */
async function buildSketches(session: BuildSession, request: BuildRequest): Promise<SketchResult[]> {
  // Enough sketches in flight to keep every job busy, few enough that results stream out in order.
  const sketchLimit = pLimit(Math.max(2, request.jobs * 2))
  return Promise.all(
    request.sketches.map((sketchPath, index) =>
      sketchLimit(async (): Promise<SketchResult> => {
        request.onEvent?.({ type: 'sketch-start', index, path: sketchPath })
        let result: SketchResult
        try {
          result = await buildSketch(session.context, sketchPath, session.names[index] ?? String(index))
        } catch (error) {
          result = failedSketch(sketchPath, performance.now(), describeFault(error))
        }
        session.sketchDone(result)
        request.onEvent?.({ type: 'sketch-done', index, result })
        return result
      })
    )
  )
}

export async function runBuild(request: BuildRequest): Promise<BuildResult> {
  const startedAt = performance.now()
  const session = await openBuildSession(request)
  request.onEvent?.({ type: 'start', sketchCount: request.sketches.length })
  const sketches = await buildSketches(session, request).finally(() => session.dispose())
  const processes = { ...session.context.runner.counts }
  const store = await session.finish()
  return {
    fqbn: request.fqbn,
    toolchain: session.toolchain,
    paths: session.paths,
    sketches,
    processes,
    wallSeconds: (performance.now() - startedAt) / 1000,
    store
  }
}
