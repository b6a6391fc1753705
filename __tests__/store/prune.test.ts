import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { blobPath } from '../../src/store/blobs.js'
import { evictUntouched, prune, putBlob, Store } from '../../src/store/index.js'
import { planEviction, sweepTempFiles, type ScannedEntry } from '../../src/store/prune.js'
import { compactUses } from '../../src/store/usage.js'

let root: string
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'fbuild-prune-'))
})
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const keyOf = (name: string): string => createHash('sha256').update(name).digest('hex')
const tick = (): Promise<void> => new Promise(resolve => setTimeout(resolve, 3))
const payload = (name: string): Buffer => Buffer.from(`${name};`.repeat(200))

async function putUnits(store: Store, names: string[]): Promise<void> {
  for (const name of names) {
    await store.put('objects', keyOf(name), { name }, new Map([['o', payload(name)]]))
    await tick()
  }
  await store.flush()
}

async function present(store: Store, names: string[]): Promise<string[]> {
  const found: string[] = []
  for (const name of names) if ((await store.get('objects', keyOf(name))).kind === 'hit') found.push(name)
  return found
}

describe('prune', () => {
  const names = Array.from({ length: 10 }, (_, i) => `u${i}`)

  it('removes least recently used entries first until the store fits, then their blobs', async () => {
    const store = new Store(root, { runId: 'r1' })
    await putUnits(store, names)
    for (const name of ['u0', 'u1', 'u2']) {
      await store.get('objects', keyOf(name))
      await tick()
    }
    await store.flush()
    const before = await prune(root, { maxBytes: Number.MAX_SAFE_INTEGER, graceMs: 0 })
    const maxBytes = Math.floor((before.bytesAfter * 4.5) / 10)
    const result = await prune(root, { maxBytes, graceMs: 0 })
    expect(result.bytesAfter).toBeLessThanOrEqual(maxBytes)
    expect(result.entriesRemoved).toBe(6)
    expect(result.blobsRemoved).toBe(6)
    // Usage logs were compacted by the first prune; the order survived it.
    expect(await present(new Store(root), names)).toEqual(['u0', 'u1', 'u2', 'u9'])
  })

  it('frees the blobs of the entries it evicts at once, even young ones (a prune right after a build)', async () => {
    const store = new Store(root)
    await putUnits(store, names.slice(0, 4))
    const result = await prune(root, { maxBytes: 0 })
    expect(result.entriesRemoved).toBe(4)
    expect(result.blobsRemoved).toBe(4)
  })

  it('keeps a young blob no entry names yet (a concurrent put may be about to write its entry)', async () => {
    await new Store(root).open()
    await putBlob(root, payload('in flight'))
    expect((await prune(root, { maxBytes: 0 })).blobsRemoved).toBe(0)
    expect((await prune(root, { maxBytes: 0, graceMs: 0 })).blobsRemoved).toBe(1)
  })

  it('keeps an orphan blob that a put has just reused, before the entry naming it is written', async () => {
    await new Store(root).open()
    const content = payload('reused')
    const file = blobPath(root, await putBlob(root, content))
    const old = new Date(Date.now() - 3600_000)
    await fs.utimes(file, old, old)
    await putBlob(root, content) // a concurrent build dedups to the orphan; its entry is still to come
    expect((await prune(root, { maxBytes: 1e9, graceMs: 60_000 })).blobsRemoved).toBe(0)
    await fs.utimes(file, old, old)
    expect((await prune(root, { maxBytes: 1e9, graceMs: 60_000 })).blobsRemoved).toBe(1)
  })

  it('sweeps temp files older than an hour and keeps fresh ones', async () => {
    const store = new Store(root)
    await putUnits(store, ['a'])
    const shard = path.join(root, 'blobs', 'ff')
    await fs.mkdir(shard, { recursive: true })
    const stale = path.join(shard, `${'f'.repeat(64)}.tmp-123-abcdef`)
    const fresh = path.join(root, 'entries', `x.json.tmp-456-012345`)
    await fs.writeFile(stale, 'half')
    await fs.writeFile(fresh, 'half')
    const old = new Date(Date.now() - 2 * 3600_000)
    await fs.utimes(stale, old, old)
    expect(await sweepTempFiles(root, Date.now() - 3600_000)).toBe(1)
    expect(await fs.readdir(shard)).toEqual([])
    expect(await fs.readdir(path.join(root, 'entries'))).toContain('x.json.tmp-456-012345')
  })
})

describe('planEviction', () => {
  const entry = (id: string, digests: string[], mtimeMs: number): ScannedEntry => ({
    id,
    namespace: 'objects',
    key: id,
    size: 10,
    mtimeMs,
    digests
  })

  it('counts a shared blob once and frees it only with its last entry', () => {
    const blobs = [
      { digest: 'shared', size: 100, mtimeMs: 0 },
      { digest: 'own', size: 50, mtimeMs: 0 },
      { digest: 'orphan', size: 1000, mtimeMs: 0 }
    ]
    const entries = [entry('a', ['shared'], 1), entry('b', ['shared', 'own'], 2), entry('c', [], 3)]
    // total counted: 3 entries (30) + shared (100) + own (50) = 180; the orphan goes regardless.
    expect(planEviction(entries, blobs, new Map(), 180)).toEqual([])
    expect(planEviction(entries, blobs, new Map(), 170).map(e => e.id)).toEqual(['a'])
    expect(planEviction(entries, blobs, new Map(), 161).map(e => e.id)).toEqual(['a', 'b'])
    expect(planEviction(entries, blobs, new Map([['a', 10]]), 170).map(e => e.id)).toEqual(['b'])
  })
})

describe('evictUntouched', () => {
  it('drops what this run neither read nor wrote, with the blobs only they referenced', async () => {
    await putUnits(new Store(root, { runId: 'old-run' }), ['a', 'b', 'c', 'd'])
    const run = new Store(root, { runId: 'this-run' })
    await run.get('objects', keyOf('a'))
    await run.put('objects', keyOf('e'), null, new Map([['o', payload('b')]])) // shares b's blob
    await run.flush()
    const result = await evictUntouched(root, 'this-run', { graceMs: 0 })
    expect(result).toEqual({ entriesRemoved: 3, blobsRemoved: 2 })
    expect(await present(run, ['a', 'b', 'c', 'd', 'e'])).toEqual(['a', 'e'])
    expect((await run.load('objects', keyOf('e'))).kind).toBe('hit')
  })
})

describe('compactUses', () => {
  const now = 100 * 24 * 3600_000
  const day = 24 * 3600_000
  const id = (n: string): string => `objects/${keyOf(n)}`

  it('keeps the latest old use per entry, every recent run, and fresh uses of unknown entries', () => {
    const uses = [
      { at: now - 9 * day, runId: 'r1', id: id('a') },
      { at: now - 8 * day, runId: 'r2', id: id('a') },
      { at: now - 3600_000, runId: 'r3', id: id('a') },
      { at: now - 60_000, runId: 'r4', id: id('a') },
      { at: now - 60_000, runId: 'r4', id: id('gone') },
      { at: now + 5, runId: 'r5', id: id('new') }
    ]
    const kept = compactUses(uses, new Set([id('a')]), now)
    expect(kept.map(use => `${use.runId}:${use.id === id('a') ? 'a' : 'new'}`)).toEqual([
      'r2:a',
      'r3:a',
      'r4:a',
      'r5:new'
    ])
  })

  it('lets evictUntouched see a run’s uses after a prune compacted the logs', async () => {
    await putUnits(new Store(root, { runId: 'older' }), ['a', 'b'])
    for (const runId of ['mine', 'other']) {
      const run = new Store(root, { runId })
      await run.get('objects', keyOf('a'))
      await run.flush()
    }
    await prune(root, { maxBytes: 1e9 })
    expect((await fs.readdir(path.join(root, 'usage'))).length).toBe(1)
    expect(await evictUntouched(root, 'mine', { graceMs: 0 })).toEqual({ entriesRemoved: 1, blobsRemoved: 1 })
    expect(await present(new Store(root), ['a', 'b'])).toEqual(['a'])
  })
})
