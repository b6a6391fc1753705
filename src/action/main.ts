/**
 * The action's main step: install the toolchain and core, restore the store, build, report.
 * It knows the runner only through its arguments: the runtime (inputs, outputs, state, log) and
 * the context the entry (index.ts) read from the environment once.
 */
import path from 'node:path'
import { runBuild } from '../engine/runBuild.js'
import type { BuildRequest } from '../engine/types.js'
import { describeFault } from '../errors.js'
import { urlSecrets } from '../redact.js'
import { sketchLine } from '../report/progress.js'
import { commandLine } from '../report/compilerLog.js'
import { newWarningTotal, type SizeDeltas } from '../report/sizeDeltas.js'
import { makeReport, type Report } from '../report/report.js'
import { faultWarning } from '../store/index.js'
import { boundedRestorer, keepingFor } from './cacheService.js'
import type { MainContext } from './context.js'
import { chooseBase, headCommit, revParse } from './baseCommit.js'
import { buildBase, type BaseBuildResult } from './baseBuild.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { logDetails } from './logDetails.js'
import { coldBuildRecord, publish } from './publish.js'
import { pullRequestComment } from './pullRequestComment.js'
import type { ActionRuntime } from './runtime.js'
import { buildDirOf, setUp, type Setup } from './setupStep.js'
import { handOverStore, restoreStore, type StoreSetup } from './storeStep.js'

/** Inputs that take URLs: their passwords and signed queries are masked in every log line. */
const URL_INPUTS = ['libraries', 'library-index-url', 'platform-index-urls', 'toolchain-url', 'core-url']

/** The step as the runner runs it: any error fails the step with one line, without a stack. */
export async function mainStep(runtime: ActionRuntime, context: () => Promise<MainContext>): Promise<void> {
  try {
    await run(runtime, await context())
  } catch (error) {
    runtime.setFailed(describeFault(error))
  }
}

export async function run(runtime: ActionRuntime, context: MainContext): Promise<void> {
  for (const name of URL_INPUTS)
    for (const secret of urlSecrets(runtime.input(name))) runtime.setSecret(secret)
  const inputs = readInputs(name => runtime.input(name))
  // The `cache` input, decided once: a bounded restorer, or null (nothing restored, nothing saved).
  const restorer = inputs.cache ? boundedRestorer(context) : null
  const setup = await setUp(runtime, inputs, keepingFor(restorer, context), context)
  const store = await runtime.group('Restore the store', () =>
    restoreStore(runtime, inputs, restorer, setup.keyFacts, context)
  )
  handOverStore(runtime, store, inputs, context, setup.board.coreDirs[0] ?? '')
  if (!inputs.buildSketches) {
    runtime.info('build: false: set up and restored only; the post step still saves')
    return
  }
  const request = buildRequest(runtime, inputs, setup, store, context)
  const result = await runtime.group(`Build ${setup.sketches.length} sketches for ${inputs.fqbn}`, () =>
    runBuild(request)
  )
  const report = makeReport(result, context.workspace, {
    libraries: setup.libraries.installed,
    platforms: setup.board.platforms?.packages ?? [],
    warnings: setup.warnings
  })
  await logDetails(runtime, report, { workspace: context.workspace, buildDir: request.buildDir })
  const failures = await publishBuild(runtime, inputs, { request, report, store }, context)
  if (failures.length > 0) runtime.setFailed(failures.join('; '))
}

function buildRequest(
  runtime: ActionRuntime,
  inputs: ActionInputs,
  setup: Setup,
  store: StoreSetup,
  context: MainContext
): BuildRequest {
  const { board } = setup
  const { workspace } = context
  return {
    sketches: setup.sketches,
    fqbn: inputs.fqbn,
    coreDirs: board.coreDirs,
    toolchainDir: board.toolchain.dir,
    toolProperties: board.platforms?.toolProperties,
    toolsDirs: inputs.tools.map(dir => path.resolve(workspace, dir)),
    toolchainIdentity: setup.identity,
    libraryDirs: setup.libraries.libraryDirs,
    buildProperties: inputs.buildProperties,
    warnings: inputs.warnings,
    buildDir: buildDirOf(context),
    storeDir: store.cache === null ? null : store.layout.root,
    runId: context.storeRunId,
    jobs: inputs.jobs,
    workspace,
    absolutePaths: inputs.absolutePaths,
    onEvent: event => {
      if (event.type === 'sketch-done') runtime.info(sketchLine(event.result, workspace))
      if (event.type === 'store-fault') runtime.warning(faultWarning(event.fault))
      if (event.type === 'command' && inputs.verbose) runtime.info(commandLine(event.argv))
    }
  }
}

/**
 * The reports, outputs, annotations, summary and pull-request comment of a build, after the base
 * commit's build when size deltas are asked for. Returns why the step fails, if it does.
 */
async function publishBuild(
  runtime: ActionRuntime,
  inputs: ActionInputs,
  built: { request: BuildRequest; report: Report; store: StoreSetup },
  context: MainContext
): Promise<string[]> {
  const { report, store } = built
  const { workspace, temp, event } = context
  const headSha = headCommit(event, context.sha) ?? (await revParse(workspace, 'HEAD')) ?? ''
  const base = await compareWithBase(runtime, inputs, built.request, { report, sha: headSha }, context)
  const deltas = base?.deltas ?? null
  await publish(runtime, {
    report,
    workspace,
    temp,
    sketchesReportDir: path.resolve(workspace, inputs.sketchesReportPath),
    cache: store.cache,
    coldBuild: await coldBuildRecord(store.layout, store.cache, report),
    deltas,
    baseSeconds: base?.seconds ?? null,
    headSha,
    repository: context.repository,
    serverUrl: context.serverUrl,
    summary: inputs.summary
  })
  await pullRequestComment(runtime, {
    report,
    deltas,
    event,
    comment: inputs.comment,
    token: inputs.githubToken,
    temp,
    repository: context.repository,
    apiUrl: context.apiUrl
  })
  const failed = report.totals.failed
  return [
    ...(failed > 0 ? [`${failed} of ${report.totals.sketches} sketches failed`] : []),
    ...newWarningFailure(runtime, inputs.failOnNewWarnings, deltas)
  ]
}

async function compareWithBase(
  runtime: ActionRuntime,
  inputs: ActionInputs,
  request: BuildRequest,
  head: { report: Report; sha: string },
  context: MainContext
): Promise<BaseBuildResult | null> {
  const choice = chooseBase(inputs.sizeDeltas, context.event)
  if (choice === null) return null
  const checkoutDir = path.join(context.temp, 'fbuild-base')
  const title = `Build the base commit (${choice.why}: ${choice.ref}) for size deltas`
  return runtime.group(title, async () => {
    try {
      const base = await buildBase({
        choice,
        head,
        workspace: context.workspace,
        request: {
          ...request,
          onEvent: event => {
            if (event.type === 'sketch-done') runtime.info(sketchLine(event.result, checkoutDir))
          }
        },
        sketchArgs: inputs.sketches,
        checkoutDir,
        buildDir: path.join(context.temp, 'fbuild-base-build')
      })
      runtime.info(
        `base ${base.deltas.base.sha}: ${base.report.totals.sketches} sketches in ${base.seconds.toFixed(1)} s`
      )
      return base
    } catch (error) {
      runtime.warning(
        `size deltas: cannot build ${choice.ref} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); no comparison`
      )
      return null
    }
  })
}

/** `fail-on-new-warnings`: the reason to fail, when there are new warnings against the base. */
function newWarningFailure(runtime: ActionRuntime, enabled: boolean, deltas: SizeDeltas | null): string[] {
  if (!enabled) return []
  if (deltas === null) {
    runtime.info('fail-on-new-warnings: no base build to compare with in this run (see size-deltas)')
    return []
  }
  const fresh = newWarningTotal(deltas)
  return fresh === 0
    ? []
    : [
        `${fresh} new warning${fresh === 1 ? '' : 's'} against ${deltas.base.sha.slice(0, 10)} (fail-on-new-warnings)`
      ]
}
