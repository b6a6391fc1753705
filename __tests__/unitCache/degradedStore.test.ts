/**
 * A store that cannot be written or read never costs a build: on a full disk (a 400 KB tmpfs), on a
 * read-only file system, with a file where a store folder should be or a folder where a blob should
 * be, every sketch builds, its .hex equals a `--no-cache` build's, the report counts what happened
 * and the exit code is 0. The CLI runs as users run it; the file systems are real mounts (see
 * helpers/mounts.ts: without root they cannot be made, and those cases skip).
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import { Store } from '../../src/store/index.js'
import { runBuild, type BuildRun } from '../helpers/cliRunner.js'
import { platformDir } from '../helpers/corpus.js'
import { mountsUnavailable, mountTmpfs, remountReadOnly, unmount } from '../helpers/mounts.js'
import { copyTree } from '../helpers/toolchainCopy.js'

const itWithMounts = mountsUnavailable === null ? it : it.skip
if (mountsUnavailable !== null) {
  console.warn(`skipping the full-disk and read-only store cases: ${mountsUnavailable}`)
}

let work: string
let base: BuildRun
let noCache: Report
let warmStore: string
const mounts: string[] = []
let builds = 0

function buildOn(store: string): BuildRun {
  return { ...base, store, buildDir: path.join(work, `build-${++builds}`) }
}

/** Builds on `store`: exit 0, every sketch built, the same .hex as --no-cache. */
async function expectLikeNoCache(store: string): Promise<{ report: Report; stderr: string }> {
  const { run, report } = await runBuild(buildOn(store))
  expect(run.stderr).not.toMatch(/internal error|FAIL/)
  expect(run.code).toBe(0)
  expect(report).not.toBeNull()
  const built = report as Report
  expect(built.sketches.map(sketch => sketch.hexSha256)).toEqual(
    noCache.sketches.map(sketch => sketch.hexSha256)
  )
  return { report: built, stderr: run.stderr }
}

const warnings = (stderr: string): string[] =>
  stderr.split('\n').filter(line => line.startsWith('warning: store'))

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fbuild-degraded-'))
  const sketch = path.join(work, 'sketches', 'Tiny')
  await mkdir(sketch, { recursive: true })
  await writeFile(
    path.join(sketch, 'Tiny.ino'),
    'void setup() { pinMode(13, OUTPUT); }\nvoid loop() { digitalWrite(13, millis() & 1024); }\n'
  )
  base = { sketches: [sketch], cwd: work, core: platformDir, store: null, buildDir: '' }
  const uncached = await runBuild({ ...base, buildDir: path.join(work, 'build-uncached') })
  expect(uncached.run.code).toBe(0)
  noCache = uncached.report as Report
  warmStore = path.join(work, 'warm-store')
  await expectLikeNoCache(warmStore)
})

afterAll(async () => {
  for (const dir of mounts) unmount(dir)
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

describe('a store that fails never fails the build', () => {
  itWithMounts(
    'a full disk: the build goes on without storing, the report counts it; a warm run too',
    async () => {
      const disk = path.join(work, 'full')
      mountTmpfs(disk, '400k')
      mounts.push(disk)
      const store = path.join(disk, 'store')
      const cold = await expectLikeNoCache(store)
      expect(cold.report.store?.faults.map(fault => fault.code)).toContain('ENOSPC')
      expect(cold.report.store?.faultCount).toBe(cold.report.store?.faults.length)
      // One warning line per store at most, naming the cause.
      expect(warnings(cold.stderr).length).toBeGreaterThan(0)
      expect(warnings(cold.stderr).length).toBeLessThanOrEqual(2)
      expect(warnings(cold.stderr).every(line => line.includes('ENOSPC'))).toBe(true)
      // The disk is still full: a second run reads what fitted, stores nothing, and writes its report.
      const warm = await expectLikeNoCache(store)
      expect(warm.report.totals.hits).toBeGreaterThan(0)
    }
  )

  itWithMounts(
    'a read-only store: what it holds is used, nothing is written, one warning per store',
    async () => {
      const disk = path.join(work, 'read-only')
      mountTmpfs(disk, '4m')
      mounts.push(disk)
      await copyTree(warmStore, path.join(disk, 'store'))
      remountReadOnly(disk)
      const { report, stderr } = await expectLikeNoCache(path.join(disk, 'store'))
      expect([report.totals.misses, report.totals.linkMisses]).toEqual([0, 0])
      expect(report.store?.faults.map(fault => [fault.operation, fault.code])).toEqual([
        ['write', 'EROFS'],
        ['write', 'EROFS']
      ])
      expect(warnings(stderr)).toHaveLength(2)

      // A store to be made on that file system says why it cannot be: EROFS, not ENOENT.
      const store = new Store(path.join(disk, 'new-store', 'objects'))
      await store.open()
      expect(store.health.faults.map(fault => fault.code)).toEqual(['EROFS'])
    }
  )

  it('a file where a store folder should be, a folder where a blob should be: corrupt entries, replaced', async () => {
    const store = path.join(work, 'damaged')
    await copyTree(warmStore, store)
    const objectBlobs = path.join(store, 'objects', 'blobs')
    await rm(objectBlobs, { recursive: true })
    await writeFile(objectBlobs, 'not a folder')
    const linkBlobs = path.join(store, 'sketches', 'blobs')
    for (const shard of await readdir(linkBlobs)) {
      for (const blob of await readdir(path.join(linkBlobs, shard))) {
        await rm(path.join(linkBlobs, shard, blob))
        await mkdir(path.join(linkBlobs, shard, blob, 'inside'), { recursive: true })
      }
    }
    const damaged = await expectLikeNoCache(store)
    expect(damaged.report.missReasons['corrupt-entry']).toBe(damaged.report.totals.units + 1)
    expect(damaged.report.store?.recoveredEntries).toBe(damaged.report.missReasons['corrupt-entry'])
    expect(damaged.report.store?.faults).toEqual([])
    const repaired = await expectLikeNoCache(store)
    expect([repaired.report.totals.misses, repaired.report.totals.linkMisses]).toEqual([0, 0])
  })
})
