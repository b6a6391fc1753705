/**
 * The bundled action building for a third-party board (Mighty 1284p, whose core is Arduino's) from
 * a Boards Manager index on 127.0.0.1: platform, referenced core and compiler installed from the
 * index; a second job on a fresh runner gets them from the cache service and asks the index host
 * nothing.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startCacheServer, type CacheServer } from '../fixtures/cacheServer.js'
import { PACKAGE_INDEX_PATH, startPackageIndex, type PackageIndexFixture } from '../fixtures/packageIndex.js'
import { runJob, runnerFolders } from '../helpers/actionRunner.js'
import { corpusExamplesDir } from '../helpers/corpus.js'

let root: string
let index: PackageIndexFixture
let cacheServer: CacheServer

function requestsToIndexHost(): number {
  const archives = Object.values(index.routes).reduce((sum, route) => sum + index.server.requests(route), 0)
  return archives + index.server.requests(PACKAGE_INDEX_PATH)
}

async function job(name: string, inputs: Record<string, string> = {}) {
  const folders = runnerFolders(root, name)
  await cp(
    path.join(corpusExamplesDir(), '01.Basics', 'AnalogReadSerial'),
    path.join(folders.workspace, 'examples', 'AnalogReadSerial'),
    { recursive: true }
  )
  return runJob(
    folders,
    {
      fqbn: 'mighty-1284p:avr:mighty_opt',
      'platform-index-urls': index.indexUrl,
      'build-properties': 'compiler.cpp.extra_flags=-DDECIMAL_DIG=9',
      jobs: '2',
      ...inputs
    },
    { ...cacheServer.env, GITHUB_RUN_ID: name, FBUILD_CACHE_TIMEOUT_MS: '60000' }
  )
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-action-platforms-'))
  index = await startPackageIndex(root)
  cacheServer = await startCacheServer()
})

afterAll(async () => {
  await cacheServer?.stop()
  await index?.close()
  if (root !== undefined) await rm(root, { recursive: true, force: true })
})

describe('a third-party board from a Boards Manager index', () => {
  let first: Awaited<ReturnType<typeof job>>

  it('first job: platform, referenced Arduino core and avr-gcc from the index, listed with checksums', async () => {
    first = await job('first')
    expect(first.main.code).toBe(0)
    expect(first.report?.sketches.every(sketch => sketch.ok)).toBe(true)
    expect(first.report?.platforms.map(p => `${p.kind} ${p.id}@${p.version}`)).toEqual([
      'platform mighty-1284p:avr@1.0.5',
      'platform arduino:avr@1.8.7',
      'tool arduino:avr-gcc@5.4.0-debian'
    ])
    expect(first.main.summary).toMatch(
      /\| mighty-1284p:avr \| 1\.0\.5 \| platform \| `SHA-256:[0-9a-f]{64}` \|/
    )
    expect(first.main.outputs['toolchain-path']).toContain(path.join(root, 'first', 'tool-cache'))
  })

  it('second job on a fresh runner: everything from the cache service, no request to the index host', async () => {
    const before = requestsToIndexHost()
    const second = await job('second')
    expect(second.main.code).toBe(0)
    expect(requestsToIndexHost()).toBe(before)
    expect(second.main.outputs['hit-rate']).toBe('100')
    expect(second.main.outputs['cache-matched-key']).toBe(first.main.outputs['cache-primary-key'])
  })

  it('a version the index does not list fails in one line, before anything is built', async () => {
    const bad = await job('unknown', { platforms: 'mighty-1284p:avr@9.9.9' })
    expect(bad.main.code).not.toBe(0)
    expect(bad.main.stdout).toMatch(/::error::input platforms mighty-1284p:avr@9\.9\.9: no such version/)
  })
})
