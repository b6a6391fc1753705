import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { compactStats, readStats, StatsRecorder, Store } from '../../src/store/index.js'
import { addCounters, emptyCounters } from '../../src/store/stats.js'

let root: string
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'fbuild-stats-'))
})
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const statsFiles = async (): Promise<string[]> => (await fs.readdir(path.join(root, 'stats'))).sort()

describe('stats', () => {
  it('sums flushed deltas across recorders, and measures entries and bytes on disk', async () => {
    const store = new Store(root)
    await store.put('objects', 'a'.repeat(64), null, new Map([['o', Buffer.alloc(1000)]]))
    const one = new StatsRecorder(root, 'run-1')
    const two = new StatsRecorder(root, 'run-2')
    one.hit()
    one.hit()
    one.miss('no-entry')
    await one.flush()
    await one.flush() // nothing new: no file, no double count
    one.miss('corrupt-entry')
    one.add({ compilerInvocations: 3, bytesStored: 1000 })
    await one.flush()
    two.add({ uncacheable: 1, linkerInvocations: 2, misses: { 'dependency-changed': 4 } })
    await two.flush()
    const stats = await readStats(root)
    expect(stats.totals).toEqual({
      hits: 2,
      misses: { 'no-entry': 1, 'dependency-changed': 4, 'corrupt-entry': 1 },
      uncacheable: 1,
      compilerInvocations: 3,
      linkerInvocations: 2,
      bytesStored: 1000
    })
    expect(stats.entries).toBe(1)
    const entryFile = path.join(root, 'entries', 'objects', 'aa', `${'a'.repeat(64)}.json`)
    expect(stats.bytesOnDisk).toBe(1000 + (await fs.stat(entryFile)).size)
    expect(await statsFiles()).toHaveLength(3)
  })

  it('compacts into one file with the same totals', async () => {
    for (let i = 0; i < 5; i++) {
      const recorder = new StatsRecorder(root, `run-${i}`)
      recorder.add({ hits: i, compilerInvocations: 1 })
      await recorder.flush()
    }
    const before = (await readStats(root)).totals
    await compactStats(root)
    await compactStats(root)
    expect(await statsFiles()).toHaveLength(1)
    expect((await readStats(root)).totals).toEqual(before)
    expect(before.hits).toBe(10)
  })

  it('counts a dead compactor’s claim exactly once, whether or not it wrote its sum', async () => {
    await new Store(root).open()
    const dir = path.join(root, 'stats')
    await fs.mkdir(path.join(dir, 'claim-aa'), { recursive: true })
    await fs.mkdir(path.join(dir, 'claim-bb'), { recursive: true })
    await fs.writeFile(path.join(dir, 'claim-aa', 'x.json'), JSON.stringify({ hits: 1 }))
    await fs.writeFile(path.join(dir, 'claim-bb', 'y.json'), JSON.stringify({ hits: 10 }))
    await fs.writeFile(path.join(dir, 'compacted-bb.json'), JSON.stringify({ hits: 10 }))
    expect((await readStats(root)).totals.hits).toBe(11)
    const old = new Date(Date.now() - 2 * 3600_000)
    await fs.utimes(path.join(dir, 'claim-aa'), old, old)
    await compactStats(root)
    expect(await statsFiles()).toHaveLength(1)
    expect((await readStats(root)).totals.hits).toBe(11)
  })

  it('reads a store of another layout version as empty', async () => {
    const recorder = new StatsRecorder(root, 'run-1')
    recorder.hit()
    await recorder.flush()
    expect((await readStats(root)).totals.hits).toBe(1)
    await fs.writeFile(path.join(root, 'VERSION'), '2\n')
    expect((await readStats(root)).totals.hits).toBe(0)
  })

  it('reads damaged counter files as zero rather than failing', () => {
    const totals = addCounters(emptyCounters(), { hits: -3, misses: { 'no-entry': 'x' }, uncacheable: 2 })
    expect(addCounters(totals, null)).toEqual({ ...emptyCounters(), uncacheable: 2 })
  })
})
