/**
 * The action's main step: install the toolchain and core, restore the store, build, report.
 * The only code (with post.ts) that reads @actions/core inputs or state.
 */
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runBuild } from '../engine/runBuild.js'
import type { BuildRequest } from '../engine/types.js'
import { cacheKeys, installedDigest, runnerKeyParts } from '../ciCache/keys.js'
import { restoreStore, type RestoreOutcome, type RestoreRequest } from '../ciCache/restoreSave.js'
import { storeDigest } from '../ciCache/storeDigest.js'
import { checkSketchArgsExist, expandSketchArgs } from '../arduino/sketchPaths.js'
import { newRunId } from '../unitCache/open.js'
import { UsageError } from '../errors.js'
import { urlSecrets } from '../redact.js'
import { sketchLine } from '../report/progress.js'
import { commandLine } from '../report/compilerLog.js'
import { newWarningTotal, type SizeDeltas } from '../report/sizeDeltas.js'
import { logDetails } from './logDetails.js'
import { pullRequestComment } from './pullRequestComment.js'
import { makeReport, type Report } from '../report/report.js'
import type { CacheFacts } from '../report/summary.js'
import { identifyArchiveToolchain, identifyToolchain } from '../toolchain/identity.js'
import type { LibraryInstallResult } from '../install/libraries.js'
import { installActionLibraries, installBoard, runnerToolCache, type Keeping } from './install.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { encodeState, STATE_NAME, type PostState } from './state.js'
import { storeLayout } from '../store/layout.js'
import { chooseBase, headCommit, readEvent, revParse } from './baseCommit.js'
import { buildBase, type BaseBuildResult } from './baseBuild.js'
import { publish, readColdBuild, setOutputs, writeColdBuild } from './publish.js'
import { faultWarning } from '../store/index.js'

const CACHE_KEY_PREFIX = 'fbuild'

interface RunnerPaths {
  workspace: string
  temp: string
}

function runnerPaths(): RunnerPaths {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  return { workspace, temp: process.env.RUNNER_TEMP ?? path.join(workspace, '.fbuild-temp') }
}

export interface RunOptions {
  /** The main step's entry script, which restores in a child process (see ciCache/restoreSave.ts). */
  restoreWorker?: string
}

/** How this run restores: bounded by FBUILD_CACHE_TIMEOUT_MS, through the entry's worker. */
type Restorer = (request: RestoreRequest) => Promise<RestoreOutcome>

function restorer(options: RunOptions, inputs: ActionInputs, workspace: string): Restorer {
  const worker = options.restoreWorker
  if (worker === undefined) {
    // Run through local-action: only dist/index.js can restore in a process of its own.
    return async () => ({
      matchedKey: null,
      seconds: 0,
      warning: 'cache restore runs only from the bundled action (dist/index.js); building cold'
    })
  }
  return request => restoreStore(request, { workspace, timeoutMs: inputs.cacheTimeoutMs, worker })
}

async function restore(
  inputs: ActionInputs,
  restoreFrom: Restorer,
  toolchainId: string,
  installed: string,
  root: string
): Promise<{ facts: CacheFacts; state: PostState }> {
  const layout = storeLayout(root)
  const keys = cacheKeys({
    prefix: CACHE_KEY_PREFIX,
    cacheVersion: inputs.cacheVersion,
    toolchainId,
    fqbn: inputs.fqbn,
    installed,
    extra: inputs.cacheKeyExtra,
    ...runnerKeyParts(process.env)
  })
  core.info(`primary key: ${keys.primary}\nrestore keys:\n  ${keys.restore.join('\n  ')}`)
  const restored = inputs.cache
    ? await restoreFrom({ paths: layout.cachePaths, primaryKey: keys.primary, restoreKeys: keys.restore })
    : { matchedKey: null, seconds: 0, warning: null }
  if (restored.warning !== null) core.warning(restored.warning)
  // A failed restore may have extracted part of an archive: start from an empty store instead.
  if (restored.matchedKey === null) await rm(root, { recursive: true, force: true })
  const after = await storeDigest(root)
  core.info(
    restored.matchedKey === null ? 'no store restored: cold build' : `restored ${restored.matchedKey}`
  )
  setOutputs({
    'cache-hit': restored.matchedKey === keys.primary,
    'cache-matched-key': restored.matchedKey ?? '',
    'cache-primary-key': keys.primary
  })
  return {
    facts: {
      primaryKey: keys.primary,
      matchedKey: restored.matchedKey,
      restoreSeconds: restored.seconds,
      restoredBytes: after.bytes,
      restoreWarning: restored.warning
    },
    state: {
      cacheEnabled: inputs.cache,
      storeRoot: root,
      storePaths: layout.cachePaths,
      primaryKey: keys.primary,
      matchedKey: restored.matchedKey,
      restoredDigest: after.digest,
      runId: newRunId(),
      save: inputs.save,
      maxStoreSize: inputs.maxStoreSize,
      summary: inputs.summary
    }
  }
}

/**
 * `fbuild-action` on PATH for later steps (`build: false`, then your own build): a shim that runs the
 * bundled CLI beside this bundle with the runner's node. Skipped when the bundle is not there
 * (running from sources).
 */
async function installCliShim(binDir: string): Promise<void> {
  const cli = path.join(path.dirname(process.argv[1] ?? ''), 'cli', 'index.js')
  if (!existsSync(cli)) {
    core.info(`fbuild-action CLI not put on PATH: ${cli} is missing`)
    return
  }
  const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`
  await mkdir(binDir, { recursive: true })
  const shim = path.join(binDir, 'fbuild-action')
  await writeFile(shim, `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(cli)} "$@"\n`)
  await chmod(shim, 0o755)
  core.addPath(binDir)
}

async function compareWithBase(
  inputs: ActionInputs,
  request: BuildRequest,
  head: { report: Report; sha: string },
  workspace: string,
  temp: string
): Promise<BaseBuildResult | null> {
  const choice = chooseBase(inputs.sizeDeltas, await readEvent(process.env))
  if (choice === null) return null
  const checkoutDir = path.join(temp, 'fbuild-base')
  return core.group(`Build the base commit (${choice.why}: ${choice.ref}) for size deltas`, async () => {
    try {
      const base = await buildBase({
        choice,
        head,
        workspace,
        request: {
          ...request,
          onEvent: event => {
            if (event.type === 'sketch-done') core.info(sketchLine(event.result, checkoutDir))
          }
        },
        sketchArgs: inputs.sketches,
        checkoutDir,
        buildDir: path.join(temp, 'fbuild-base-build')
      })
      core.info(
        `base ${base.deltas.base.sha}: ${base.report.totals.sketches} sketches in ${base.seconds.toFixed(1)} s`
      )
      return base
    } catch (error) {
      core.warning(
        `size deltas: cannot build ${choice.ref} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); no comparison`
      )
      return null
    }
  })
}

/** Inputs that take URLs: their passwords and signed queries are masked in every log line. */
const URL_INPUTS = ['libraries', 'library-index-url', 'platform-index-urls', 'toolchain-url', 'core-url']
/** `fail-on-new-warnings`: the reason to fail, when there are new warnings against the base. */
function newWarningFailure(enabled: boolean, deltas: SizeDeltas | null): string[] {
  if (!enabled) return []
  if (deltas === null) {
    core.info('fail-on-new-warnings: no base build to compare with in this run (see size-deltas)')
    return []
  }
  const fresh = newWarningTotal(deltas)
  return fresh === 0
    ? []
    : [
        `${fresh} new warning${fresh === 1 ? '' : 's'} against ${deltas.base.sha.slice(0, 10)} (fail-on-new-warnings)`
      ]
}

export async function run(options: RunOptions = {}): Promise<void> {
  for (const name of URL_INPUTS) for (const secret of urlSecrets(core.getInput(name))) core.setSecret(secret)
  const inputs = readInputs(name => core.getInput(name))
  const { workspace, temp } = runnerPaths()
  const restoreFrom = restorer(options, inputs, workspace)
  const keeping: Keeping = {
    cacheEnabled: inputs.cache,
    workspace,
    toolCache: runnerToolCache(process.env),
    restore: restoreFrom,
    timeoutMs: inputs.cacheTimeoutMs
  }
  const board = await core.group('Install the toolchain and platforms', () => installBoard(inputs, keeping))
  const { toolchain, coreDirs } = board
  const buildDir = path.join(temp, 'fbuild-build')
  const root = path.join(workspace, '.fbuild-cache')
  // The library whose examples are built counts as given: expand the sketches first.
  if (inputs.buildSketches) await checkSketchArgsExist(inputs.sketches, workspace, 'input sketches:')
  const sketches = inputs.buildSketches
    ? await expandSketchArgs(inputs.sketches, workspace, { exclude: [buildDir, root] })
    : []
  if (inputs.buildSketches && sketches.length === 0)
    throw new UsageError(`input sketches: no sketch matches ${inputs.sketches.join(', ')}`)
  const libraries: LibraryInstallResult = await core.group('Install the libraries', () =>
    installActionLibraries(inputs, sketches, keeping)
  )
  const installWarnings = [...board.warnings, ...libraries.warnings]
  for (const line of installWarnings) core.warning(line)
  // Once per run, passed on to the build. A verified download needs no hashing of its files.
  const identity = await core.group('Identify the toolchain', () =>
    toolchain.archiveSha256 === undefined
      ? identifyToolchain(toolchain.binDir)
      : identifyArchiveToolchain(toolchain.dir, toolchain.archiveSha256)
  )
  core.addPath(toolchain.binDir)
  await installCliShim(path.join(temp, 'fbuild-action-bin'))
  setOutputs({ 'toolchain-path': toolchain.dir, 'toolchain-id': identity.id })

  // Inside the workspace: @actions/cache stores paths relative to it, so a moved workspace still restores.
  // By resolved version and checksum: a new release changes the key, a mirror does not.
  const installed = installedDigest([
    ...libraries.installed,
    ...(board.platforms?.packages ?? []).map(item => ({ ...item, name: item.id }))
  ])
  const { facts, state } = await core.group('Restore the store', () =>
    restore(inputs, restoreFrom, identity.id, installed, root)
  )
  const layout = storeLayout(root)
  core.exportVariable('FBUILD_CACHE_DIR', root)
  core.exportVariable('ZCCACHE_CACHE_DIR', layout.objects)
  core.exportVariable('ZCCACHE_DIR', layout.objects)
  core.exportVariable('FBUILD_RUN_ID', state.runId)
  // For a user's own build step (build: false): the CLI's default core.
  core.exportVariable('FBUILD_CORE_DIR', coreDirs[0] ?? '')
  setOutputs({ 'zccache-store-path': layout.objects, 'fbuild-store-path': layout.sketches })
  core.saveState(STATE_NAME, encodeState(state))

  if (!inputs.buildSketches) {
    core.info('build: false: set up and restored only; the post step still saves')
    return
  }
  const request: BuildRequest = {
    sketches,
    fqbn: inputs.fqbn,
    coreDirs,
    toolchainDir: toolchain.dir,
    toolProperties: board.platforms?.toolProperties,
    toolsDirs: inputs.tools.map(dir => path.resolve(workspace, dir)),
    toolchainIdentity: identity,
    libraryDirs: libraries.libraryDirs,
    buildProperties: inputs.buildProperties,
    warnings: inputs.warnings,
    buildDir,
    storeDir: inputs.cache ? root : null,
    runId: state.runId,
    jobs: inputs.jobs,
    workspace,
    absolutePaths: inputs.absolutePaths,
    onEvent: event => {
      if (event.type === 'sketch-done') core.info(sketchLine(event.result, workspace))
      if (event.type === 'store-fault') core.warning(faultWarning(event.fault))
      if (event.type === 'command' && inputs.verbose) core.info(commandLine(event.argv))
    }
  }
  const result = await core.group(`Build ${sketches.length} sketches for ${inputs.fqbn}`, () =>
    runBuild(request)
  )
  const report = makeReport(result, workspace, {
    libraries: libraries.installed,
    platforms: board.platforms?.packages ?? [],
    warnings: installWarnings
  })
  logDetails(report, { workspace, buildDir })
  const event = await readEvent(process.env)
  const headSha = headCommit(event, process.env) ?? (await revParse(workspace, 'HEAD')) ?? ''
  const base = await compareWithBase(inputs, request, { report, sha: headSha }, workspace, temp)
  const coldBuild = inputs.cache && facts.matchedKey !== null ? await readColdBuild(layout.coldBuild) : null
  if (inputs.cache && facts.matchedKey === null)
    await writeColdBuild(layout.coldBuild, facts.primaryKey, report)
  await publish({
    report,
    workspace,
    temp,
    sketchesReportDir: path.resolve(workspace, inputs.sketchesReportPath),
    cache: inputs.cache ? facts : null,
    coldBuild,
    deltas: base?.deltas ?? null,
    baseSeconds: base?.seconds ?? null,
    headSha,
    summary: inputs.summary
  })
  await pullRequestComment({
    report,
    deltas: base?.deltas ?? null,
    event,
    comment: inputs.comment,
    token: inputs.githubToken,
    temp,
    env: process.env
  })
  const failures = [
    ...(report.totals.failed > 0
      ? [`${report.totals.failed} of ${report.totals.sketches} sketches failed`]
      : []),
    ...newWarningFailure(inputs.failOnNewWarnings, base?.deltas ?? null)
  ]
  if (failures.length > 0) core.setFailed(failures.join('; '))
}
