/**
 * The base commit's build, for size deltas and new warnings: the same sketches, libraries and
 * settings, checked out in a worktree and built with the same store (so what the default branch's
 * runs stored makes it warm), then compared with the head's report.
 */
import path from 'node:path'
import { expandSketchArgs } from '../arduino/sketchPaths.js'
import { runBuild } from '../engine/runBuild.js'
import { UsageError } from '../errors.js'
import type { BuildRequest } from '../engine/types.js'
import { makeReport, type Report } from '../report/report.js'
import { sizeDeltas, type SizeDeltas } from '../report/sizeDeltas.js'
import { checkoutBase, removeBase, type BaseChoice } from './baseCommit.js'

export interface BaseBuildResult {
  deltas: SizeDeltas
  report: Report
  seconds: number
}

/** The sketches as the base commit has them: a pattern that matches none there names sketches the head added. */
async function sketchesAtBase(args: readonly string[], checkout: string): Promise<string[]> {
  try {
    return await expandSketchArgs(args, checkout)
  } catch (error) {
    if (error instanceof UsageError) return []
    throw error
  }
}

/** A folder inside the workspace names the same folder of the base checkout; others stay. */
export function inCheckout(dir: string, workspace: string, checkout: string): string {
  const relative = path.relative(workspace, path.resolve(workspace, dir))
  return relative.startsWith('..') || path.isAbsolute(relative) ? dir : path.join(checkout, relative)
}

export async function buildBase(options: {
  choice: BaseChoice
  head: { report: Report; sha: string }
  workspace: string
  /** The head build's request: the base is built the same way. */
  request: BuildRequest
  sketchArgs: readonly string[]
  checkoutDir: string
  buildDir: string
}): Promise<BaseBuildResult> {
  const { workspace, checkoutDir } = options
  const startedAt = performance.now()
  const sha = await checkoutBase(workspace, options.choice.ref, checkoutDir)
  try {
    // Sketches that did not exist at the base are simply absent from its report.
    const sketches = await sketchesAtBase(options.sketchArgs, checkoutDir)
    const result = await runBuild({
      ...options.request,
      sketches,
      libraryDirs: options.request.libraryDirs.map(dir => inCheckout(dir, workspace, checkoutDir)),
      buildDir: options.buildDir,
      workspace: checkoutDir
    })
    const report = makeReport(result, checkoutDir)
    return {
      deltas: sizeDeltas(options.head.report, report, { base: sha, head: options.head.sha }),
      report,
      seconds: (performance.now() - startedAt) / 1000
    }
  } finally {
    await removeBase(workspace, checkoutDir)
  }
}
