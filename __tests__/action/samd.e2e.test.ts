/**
 * The action end to end on an ARM board: `fqbn: arduino:samd:mkrzero`, the platform and its
 * toolsDependencies installed from a Boards Manager index on 127.0.0.1 (fixtures/samdIndex.ts), the
 * stores saved to and restored from the cache service on 127.0.0.1. The served toolchain's programs
 * are counting wrappers, so what a job started is counted outside the action. Job 2 runs on a fresh
 * runner (new tool cache, temp and checkout folders): it starts no compiler, assembler or linker and
 * makes the same .hex and .bin bytes as job 1.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import { startCacheServer, type CacheServer } from '../fixtures/cacheServer.js'
import { SAMD_INDEX_PATH, startSamdIndex, type SamdIndexFixture } from '../fixtures/samdIndex.js'
import { runJob, runnerFolders } from '../helpers/actionRunner.js'
import { corpusExamplesDir, samdCorpus } from '../helpers/corpus.js'
import { buildWork } from '../helpers/countingFront.js'
import { COMPILERS_PROPER, LINKERS_PROPER, readSpawnLog, spawnsOf } from '../helpers/toolchainCopy.js'

const PREFIX = 'arm-none-eabi-'
/** A Debian example, and an example of a library the platform itself brings (Wire). */
const SKETCHES = [
  path.join(corpusExamplesDir(), '01.Basics', 'Blink'),
  path.join(samdCorpus().platformDir, 'libraries', 'Wire', 'examples', 'master_writer')
]
const OUTPUTS = ['hex', 'bin']

let root: string
let index: SamdIndexFixture
let cacheServer: CacheServer

function requestsToIndexHost(): number {
  return (
    index.server.requests(SAMD_INDEX_PATH) + index.server.requests('/samd/arm-none-eabi-gcc-7-2017q4.tar.gz')
  )
}

async function job(name: string) {
  const folders = runnerFolders(root, name)
  for (const sketch of SKETCHES)
    await cp(sketch, path.join(folders.workspace, 'examples', path.basename(sketch)), { recursive: true })
  const spawnLog = path.join(root, name, 'spawns.log')
  const result = await runJob(
    folders,
    {
      fqbn: 'arduino:samd:mkrzero',
      platforms: 'arduino:samd@1.8.14',
      'platform-index-urls': index.indexUrl,
      'build-properties': 'runtime.ide.version=10607',
      jobs: '2'
    },
    {
      ...cacheServer.env,
      GITHUB_RUN_ID: name,
      FBUILD_SPAWN_LOG: spawnLog,
      FBUILD_CACHE_TIMEOUT_MS: '120000'
    }
  )
  return { ...result, folders, spawns: await readSpawnLog(spawnLog) }
}

/** Each sketch's output files (by sketch folder name and extension), as bytes. */
async function firmware(report: Report | null, workspace: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const sketch of report?.sketches ?? []) {
    for (const name of OUTPUTS) {
      const file = sketch.outputs?.[name]
      if (file !== undefined)
        files.set(`${path.basename(sketch.path)}.${name}`, await readFile(path.resolve(workspace, file)))
    }
  }
  return files
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-action-samd-'))
  index = await startSamdIndex(root, { countSpawns: true })
  cacheServer = await startCacheServer()
})

afterAll(async () => {
  await cacheServer?.stop()
  await index?.close()
  if (root !== undefined) await rm(root, { recursive: true, force: true })
})

describe('arduino:samd:mkrzero from a local Boards Manager index, two jobs', () => {
  let first: Awaited<ReturnType<typeof job>>

  it('job 1, cold: installs the platform and its tools, builds with them, saves the store', async () => {
    first = await job('first')
    expect(first.main.code).toBe(0)
    expect(first.post.code).toBe(0)
    expect(first.report?.sketches.map(sketch => [path.basename(sketch.path), sketch.ok])).toEqual(
      SKETCHES.map(sketch => [path.basename(sketch), true])
    )
    expect(first.report?.platforms.map(p => `${p.kind} ${p.id}@${p.version}`)).toEqual([
      'platform arduino:samd@1.8.14',
      'tool arduino:arm-none-eabi-gcc@7-2017q4',
      'tool arduino:CMSIS@4.5.0',
      'tool arduino:CMSIS-Atmel@1.2.0'
    ])
    expect(first.main.outputs['toolchain-path']).toContain(path.join(root, 'first', 'tool-cache'))
    // The counter sees the work: one compile per unit the report says it compiled, and the links.
    const compiles = buildWork(first.spawns, PREFIX).filter(
      spawn => spawn.args.includes('-c') && !spawn.args.includes('-E')
    )
    expect(compiles.length).toBe(first.report?.totals.misses)
    expect(spawnsOf(first.spawns, ['cc1plus', 'as', 'ld']).length).toBeGreaterThan(0)
    expect(first.main.outputs['cache-primary-key']).toContain('arduino:samd:mkrzero')
    expect(cacheServer.entries().map(entry => entry.key)).toContain(first.main.outputs['cache-primary-key'])
  })

  it('job 2 on a fresh runner: the store restored, no compiler, assembler or linker, the same bytes', async () => {
    const before = requestsToIndexHost()
    const second = await job('second')
    expect(second.main.code).toBe(0)
    expect(second.main.outputs['cache-matched-key']).toBe(first.main.outputs['cache-primary-key'])
    expect(second.main.outputs['hit-rate']).toBe('100')
    expect(second.report?.totals).toMatchObject({ misses: 0, uncacheable: 0, linkHits: SKETCHES.length })
    // Counted outside the action: no driver compiled, preprocessed or linked, and nothing it runs ran.
    expect(buildWork(second.spawns, PREFIX)).toEqual([])
    expect(spawnsOf(second.spawns, [...COMPILERS_PROPER, ...LINKERS_PROPER])).toEqual([])
    // The toolchain came from the cache service's kept archive, not from the index host.
    expect(requestsToIndexHost()).toBe(before)
    const [cold, warm] = await Promise.all([
      firmware(first.report, first.folders.workspace),
      firmware(second.report, second.folders.workspace)
    ])
    expect([...warm.keys()].sort()).toEqual(
      SKETCHES.flatMap(sketch => OUTPUTS.map(name => `${path.basename(sketch)}.${name}`)).sort()
    )
    for (const [file, bytes] of warm)
      expect([file, bytes.equals(cold.get(file) ?? Buffer.alloc(0))]).toEqual([file, true])
  })
})
