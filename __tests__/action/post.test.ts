/**
 * The post step in-process: postStep() from src/ with the state a main step saved, over a real store
 * (one built once by a real main step, copied for each test) and the real @actions/cache client
 * talking to the cache service on 127.0.0.1. Each test states its own state and context: the save
 * policy, the event, the limit of a save, a fault of the service.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readStepContext, type StepContext } from '../../src/action/context.js'
import { postStep, type PostContext } from '../../src/action/post.js'
import { decodeState, encodeState, STATE_NAME, type PostState } from '../../src/action/state.js'
import { storeDigest } from '../../src/ciCache/storeDigest.js'
import { startCacheServer, type CacheServer } from '../fixtures/cacheServer.js'
import { checkout, savedDuring, storeKeys } from '../helpers/actionCheckout.js'
import { contextFor, mainInProcess, postInProcess } from '../helpers/actionInProcess.js'
import { runnerFolders, type RunnerFolders } from '../helpers/actionRunner.js'
import { memoryRuntime } from '../helpers/memoryRuntime.js'
import { platformDir } from '../helpers/corpus.js'
import { DECIMAL_DIG } from '../helpers/cliRunner.js'

const NOTHING_TO_SAVE = 'nothing to save (the cache is off, or the main step stopped early)'

let root: string
let cacheServer: CacheServer
/** The main step that built the store every test starts from, and its state. */
let built: { folders: RunnerFolders; state: PostState }

const push: PostContext = { event: { name: 'push', payload: {} }, cacheTimeoutMs: 60_000 }

/** A copy of the built workspace (its store) for one test, and `change` applied to main's state. */
async function postJob(
  name: string,
  change: Partial<PostState> | ((storeRoot: string) => Promise<Partial<PostState>>) = {},
  context: PostContext = push,
  env: Record<string, string> = cacheServer.env
) {
  const folders = runnerFolders(root, name)
  await cp(built.folders.workspace, folders.workspace, { recursive: true })
  const storeRoot = path.join(folders.workspace, '.fbuild-cache')
  // Each test saves under a key of its own: a saved key is immutable.
  const state: PostState = {
    ...built.state,
    storeRoot,
    primaryKey: `fbuild-post-${name}`,
    ...(typeof change === 'function' ? await change(storeRoot) : change)
  }
  let post = {} as Awaited<ReturnType<typeof postInProcess>>
  const saved = await savedDuring(cacheServer, async () => {
    post = await postInProcess(folders, { [STATE_NAME]: encodeState(state) }, context, env)
  })
  return { runtime: post.runtime, saved, state }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-action-post-'))
  cacheServer = await startCacheServer()
  const folders = runnerFolders(root, 'built')
  await checkout(folders.workspace, ['01.Basics/Blink'])
  // A cold build with the cache on: nothing to restore, a store to save.
  const main = await mainInProcess(
    folders,
    { toolchain: 'system', core: platformDir, sketches: 'examples/Blink', 'build-properties': DECIMAL_DIG },
    contextFor(folders),
    cacheServer.env
  )
  const state = decodeState(main.runtime.state[STATE_NAME] ?? '')
  if (state === null) throw new Error(`the main step saved no state: ${main.runtime.failed.join('\n')}`)
  built = { folders, state }
})

afterEach(() => cacheServer.clearFaults())

afterAll(async () => {
  await cacheServer?.stop()
  if (root !== undefined) await rm(root, { recursive: true, force: true })
})

describe('whether to save', () => {
  it('without state (the cache is off, or main stopped early): nothing to do, no summary, no request', async () => {
    const runtime = memoryRuntime()
    const requests = Object.values(cacheServer.calls()).reduce((sum, count) => sum + count, 0)
    await postStep(runtime, async () => push)
    expect(runtime.log).toEqual([{ level: 'info', message: NOTHING_TO_SAVE }])
    expect(runtime.summaries).toEqual([])
    expect(Object.values(cacheServer.calls()).reduce((sum, count) => sum + count, 0)).toBe(requests)
  })

  it('a store that changed is saved under the primary key, and the summary says so', async () => {
    const { runtime, saved, state } = await postJob('changed')
    expect(runtime.lines('warning')).toEqual([])
    expect(saved).toEqual([state.primaryKey])
    expect(runtime.summaries).toEqual([
      expect.stringMatching(/^\*\*Cache save:\*\* saved `fbuild-post-changed`/)
    ])
  })

  it.each<[string, Partial<PostState>, string, string]>([
    ['save: never', { save: 'never' }, 'push', 'save is never'],
    [
      'save: auto on a pull request',
      {},
      'pull_request',
      'save is auto and this is a pull_request run (restore only)'
    ],
    [
      'save: auto on pull_request_target',
      {},
      'pull_request_target',
      'save is auto and this is a pull_request_target run (restore only)'
    ]
  ])('%s: not saved, and the summary says why', async (name, change, eventName, reason) => {
    const { runtime, saved } = await postJob(name.replace(/\W+/g, '-'), change, {
      ...push,
      event: { name: eventName, payload: {} }
    })
    expect(runtime.lines('info')).toContain(`not saving the store: ${reason}`)
    expect(runtime.summaries).toEqual([`**Cache save:** skipped: ${reason}.\n`])
    expect(saved).toEqual([])
  })

  it('save: always saves a pull request run too', async () => {
    const { saved, state } = await postJob(
      'always-pr',
      { save: 'always' },
      {
        ...push,
        event: { name: 'pull_request', payload: {} }
      }
    )
    expect(saved).toEqual([state.primaryKey])
  })

  it('a store restored under the exact primary key is not saved again', async () => {
    const { runtime, saved } = await postJob('exact', { matchedKey: 'fbuild-post-exact' })
    expect(runtime.lines('info')).toContain(
      'not saving the store: the primary key was restored exactly; it cannot be saved again'
    )
    expect(saved).toEqual([])
  })

  it('a store the job did not change is neither trimmed nor saved', async () => {
    const { runtime, saved } = await postJob('unchanged', async storeRoot => ({
      restoredDigest: (await storeDigest(storeRoot)).digest
    }))
    expect(runtime.lines('info')).toEqual(['not saving the store: the store did not change'])
    expect(saved).toEqual([])
  })

  it('summary: false writes no summary', async () => {
    const { runtime, saved } = await postJob('no-summary', { summary: false })
    expect(saved).toHaveLength(1)
    expect(runtime.summaries).toEqual([])
  })
})

describe('trimming before the save', () => {
  it('entries the job did not use are evicted (here: all, as another run id used them)', async () => {
    const { runtime, saved, state } = await postJob('evict', { runId: 'run-another-job' })
    expect(runtime.lines('info')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^evicted \d+ entries this job did not use from /)])
    )
    expect((await storeDigest(state.storeRoot)).bytes).toBeLessThan(
      (await storeDigest(built.state.storeRoot)).bytes
    )
    expect(runtime.summaries.join('')).toMatch(/Evicted \d+ entries/)
    expect(saved).toEqual([state.primaryKey])
  })

  it('max-store-size keeps the store under its limit', async () => {
    const limit = Math.floor((await storeDigest(built.state.storeRoot)).bytes / 2)
    const { runtime, state } = await postJob('max-size', { maxStoreSize: limit })
    const line = runtime.lines('info').find(text => text.startsWith('max-store-size: '))
    const [before, after] = (/^max-store-size: (\d+) -> (\d+) bytes$/.exec(line ?? '') ?? [])
      .slice(1)
      .map(Number)
    expect(after).toBeLessThanOrEqual(limit)
    expect(before).toBeGreaterThan(limit)
    expect((await storeDigest(state.storeRoot)).bytes).toBeLessThan(
      (await storeDigest(built.state.storeRoot)).bytes
    )
  })
})

describe('a cache service failing on save: one warning, the step never fails', () => {
  it('refuses the entry (HTTP 403, not retried)', async () => {
    cacheServer.failNext('CreateCacheEntry', 403, 1, 'fbuild-post-refused')
    const { runtime, saved } = await postJob('refused')
    expect(runtime.lines('warning')).toEqual(['cache save failed (see the message above); not saved'])
    expect(runtime.summaries).toEqual([
      '**Cache save:** skipped: cache save failed (see the message above); not saved.\n'
    ])
    expect(saved).toEqual([])
  })

  it('fails the upload (HTTP 403 on the blob)', async () => {
    cacheServer.failNext('blobUpload', 403, Infinity, 'fbuild-post-upload')
    const { runtime, saved } = await postJob('upload')
    expect(runtime.lines('warning')).toEqual([expect.stringMatching(/^cache save failed/)])
    expect(saved).toEqual([])
  })

  it('never answers the upload: the save stops at its limit (1 s, passed to the step)', async () => {
    cacheServer.hang('blobUpload', 'fbuild-post-hanging')
    const startedAt = performance.now()
    const { runtime, saved } = await postJob('hanging', {}, { ...push, cacheTimeoutMs: 1000 })
    expect(runtime.lines('warning')).toEqual(['cache save timed out after 1 s; not saved'])
    // Far above 1 s for a loaded machine, far below the client's own minutes.
    expect((performance.now() - startedAt) / 1000).toBeLessThan(60)
    expect(saved).toEqual([])
  })

  it('cannot be reached', async () => {
    const closed = await startCacheServer()
    const env = closed.env
    await closed.stop()
    const { runtime, saved } = await postJob('unreachable', {}, push, env)
    expect(runtime.lines('warning')).toEqual([expect.stringMatching(/^cache save failed/)])
    expect(saved).toEqual([])
  })
})

it('a context that cannot be read (a bad FBUILD_CACHE_TIMEOUT_MS) is a warning, not a failure', async () => {
  const runtime = memoryRuntime({}, { [STATE_NAME]: encodeState(built.state) })
  const context = (): Promise<StepContext> => readStepContext({ FBUILD_CACHE_TIMEOUT_MS: '2s' }, root)
  await postStep(runtime, context)
  expect(runtime.failed).toEqual([])
  expect(runtime.lines('warning')).toEqual([
    'fbuild-action post step: FBUILD_CACHE_TIMEOUT_MS: "2s" is not a positive whole number of milliseconds (e.g. 600000)'
  ])
  expect(storeKeys(cacheServer)).not.toContain(built.state.primaryKey)
})
