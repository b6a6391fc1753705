/**
 * The bundled action with `libraries: Adafruit SSD1306` in a checkout of that library: the library
 * itself is the checkout, GFX and BusIO come from a Library Manager on 127.0.0.1, and a second job
 * on a fresh runner gets the index and both archives from the cache service, asking the index host
 * nothing.
 */
import { cp, rm } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startCacheServer, type CacheServer } from '../fixtures/cacheServer.js'
import {
  CORPUS_LIBRARIES,
  INDEX_PATH,
  startLibraryIndex,
  type LibraryIndexFixture
} from '../fixtures/libraryIndex.js'
import { runJob, runnerFolders } from '../helpers/actionRunner.js'
import { platformDir } from '../helpers/corpus.js'

const EXAMPLE = 'examples/ssd1306_128x64_i2c'

let root: string
let library: LibraryIndexFixture
let cacheServer: CacheServer

function requestsToLibraryHost(): number {
  const archives = [...library.archives.values()].reduce(
    (sum, route) => sum + library.server.requests(route),
    0
  )
  return archives + library.server.requests(INDEX_PATH)
}

async function job(name: string, inputs: Record<string, string> = {}, runId = name) {
  const folders = runnerFolders(root, name, path.join(root, name, 'checkout', 'Adafruit_SSD1306'))
  await cp(path.join(CORPUS_LIBRARIES, 'Adafruit_SSD1306'), folders.workspace, { recursive: true })
  return runJob(
    folders,
    {
      toolchain: 'system',
      core: platformDir,
      sketches: EXAMPLE,
      libraries: 'Adafruit SSD1306',
      'library-index-url': library.indexUrl,
      'build-properties': 'compiler.cpp.extra_flags=-DDECIMAL_DIG=9',
      jobs: '2',
      ...inputs
    },
    { ...cacheServer.env, GITHUB_RUN_ID: runId, FBUILD_CACHE_TIMEOUT_MS: '60000' }
  )
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-action-libraries-'))
  library = await startLibraryIndex(root)
  cacheServer = await startCacheServer()
})

afterAll(async () => {
  await cacheServer?.stop()
  await library?.close()
  if (root !== undefined) await rm(root, { recursive: true, force: true })
})

describe('libraries by name in the action', () => {
  let first: Awaited<ReturnType<typeof job>>

  it('first job: the checkout is the library, its dependencies come from the index, listed with checksums', async () => {
    first = await job('first')
    expect(first.main.code).toBe(0)
    expect(first.report?.sketches.every(sketch => sketch.ok)).toBe(true)
    expect(first.report?.libraries.map(l => [l.name, l.version, l.requiredBy])).toEqual([
      ['Adafruit GFX Library', '1.12.6', 'Adafruit SSD1306'],
      ['Adafruit BusIO', '1.17.4', 'Adafruit GFX Library']
    ])
    expect(first.report?.sketches[0]?.libraries).toEqual(
      expect.arrayContaining(['Adafruit SSD1306', 'Adafruit GFX Library', 'Adafruit BusIO'])
    )
    expect(first.main.summary).toMatch(
      /\| Adafruit BusIO \| 1\.17\.4 \| library \(index\) \| `SHA-256:[0-9a-f]{64}` \|/
    )
    expect(library.server.requests(INDEX_PATH)).toBe(1)
    expect(cacheServer.entries().map(entry => entry.key)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^fbuild-index-/),
        expect.stringMatching(/^fbuild-archives-libraries-/)
      ])
    )
  })

  it('second job on a fresh runner: index and archives from the cache service, no request to the library host', async () => {
    const before = requestsToLibraryHost()
    const second = await job('second')
    expect(second.main.code).toBe(0)
    expect(requestsToLibraryHost()).toBe(before)
    expect(second.main.stdout).toMatch(/library Adafruit BusIO 1\.17\.4 .*: from archive/)
    expect(second.main.outputs['hit-rate']).toBe('100')
    expect(second.main.outputs['cache-matched-key']).toBe(first.main.outputs['cache-primary-key'])
    expect(second.report?.libraries).toEqual(first.report?.libraries)
  })

  it('another release in the set changes the key, and the job still starts from the last store', async () => {
    const pinned = await job('pinned', { libraries: 'Adafruit SSD1306\nAdafruit BusIO@1.16.0' })
    expect(pinned.main.code).toBe(0)
    expect(pinned.report?.libraries.map(l => `${l.name}@${l.version}`)).toEqual([
      'Adafruit BusIO@1.16.0',
      'Adafruit GFX Library@1.12.6'
    ])
    const installedPart = (key: string | undefined) => /-i([0-9a-f]{16})-/.exec(key ?? '')?.[1]
    expect(installedPart(pinned.main.outputs['cache-primary-key'])).not.toBe(
      installedPart(first.main.outputs['cache-primary-key'])
    )
    expect(pinned.main.outputs['cache-matched-key']).toBe(first.main.outputs['cache-primary-key'])
  })

  it('an unknown library fails the job in one line, before anything is built', async () => {
    const bad = await job('unknown', { libraries: 'No Such Library' })
    expect(bad.main.code).not.toBe(0)
    expect(bad.main.stdout).toMatch(/::error::library "No Such Library": not in the library index /)
    expect(bad.report).toBeNull()
  })
})
