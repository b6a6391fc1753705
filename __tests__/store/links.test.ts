/**
 * A restored store holds whatever its last writer saved, links included. A link where a shard
 * folder, a blob or one of the store's folders should be must never be followed: reads report the
 * entry corrupt (and it is replaced), writes go to a real file, and the sentinel folder the link
 * points to stays exactly as it was, byte for byte.
 */
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Store } from '../../src/store/index.js'
import { prune } from '../../src/store/prune.js'
import { runBuild } from '../helpers/cliRunner.js'
import { corpusExamplesDir, platformDir } from '../helpers/corpus.js'

let root: string
let store: string
let sentinel: string

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'fbuild-store-links-'))
  store = path.join(root, 'store')
  sentinel = path.join(root, 'sentinel')
  await fs.mkdir(sentinel)
})
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const keyOf = (name: string): string => createHash('sha256').update(name).digest('hex')
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** Every file under `dir` with its bytes (links not followed): what the sentinel must keep. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {}
  for (const name of await fs.readdir(dir, { recursive: true })) {
    const file = path.join(dir, name)
    const info = await fs.lstat(file)
    if (info.isFile()) found[name] = (await fs.readFile(file)).toString('base64')
    else if (info.isSymbolicLink()) found[name] = `-> ${await fs.readlink(file)}`
  }
  return found
}

/** Moves a real store folder's content into the sentinel and puts a link to it in its place. */
async function replaceWithLink(folder: string): Promise<void> {
  for (const name of await fs.readdir(folder))
    await fs.rename(path.join(folder, name), path.join(sentinel, name))
  await fs.rmdir(folder)
  await fs.symlink(sentinel, folder)
}

describe('links inside the store', () => {
  it('an entry shard that links to a copy of itself is corrupt, replaced, and nothing is written through it', async () => {
    const writer = new Store(store)
    const key = keyOf('unit')
    const object = Buffer.from('\x7fELF the object')
    await writer.put('objects', key, { flags: ['-Os'] }, new Map([['o', object]]))
    // Following the link would find the very same entry: a hit, if the store followed it.
    await replaceWithLink(path.join(store, 'entries', 'objects', key.slice(0, 2)))
    const before = await snapshot(sentinel)

    const reader = new Store(store)
    expect(await reader.load('objects', key)).toMatchObject({ kind: 'corrupt' })
    expect(await reader.load('objects', key)).toEqual({ kind: 'miss' })
    await reader.put('objects', key, { flags: ['-Os'] }, new Map([['o', object]]))
    const again = await new Store(store).load('objects', key)
    expect(again.kind).toBe('hit')

    const shard = await fs.lstat(path.join(store, 'entries', 'objects', key.slice(0, 2)))
    expect(shard.isDirectory()).toBe(true)
    expect(await snapshot(sentinel)).toEqual(before)
  })

  it('a blob shard that is a link: the reading entry is corrupt; a put writes a real blob, never through it', async () => {
    const writer = new Store(store)
    const key = keyOf('linked blob')
    const object = Buffer.from('object bytes')
    await writer.put('objects', key, 1, new Map([['o', object]]))
    await replaceWithLink(path.join(store, 'blobs', sha(object).slice(0, 2)))
    const before = await snapshot(sentinel)

    expect(await new Store(store).load('objects', key)).toMatchObject({ kind: 'corrupt' })
    // Every other shard a link to the sentinel too: no put may land there.
    const fresh = Buffer.from('new content for the same shard?')
    for (let byte = 0; byte < 256; byte++) {
      const shard = path.join(store, 'blobs', byte.toString(16).padStart(2, '0'))
      if ((await fs.lstat(shard).catch(() => null)) === null) await fs.symlink(sentinel, shard)
    }
    const putter = new Store(store)
    await putter.put('objects', key, 1, new Map([['o', object]]))
    await putter.put('objects', keyOf('other'), 2, new Map([['o', fresh]]))
    for (const blob of [object, fresh]) {
      const file = path.join(store, 'blobs', sha(blob).slice(0, 2), sha(blob))
      expect((await fs.lstat(path.dirname(file))).isDirectory()).toBe(true)
      expect(await fs.readFile(file)).toEqual(blob)
    }
    expect((await new Store(store).load('objects', keyOf('other'))).kind).toBe('hit')
    expect(await snapshot(sentinel)).toEqual(before)
  })

  it('a blob file that is a link to a file with the right bytes is still no hit', async () => {
    const writer = new Store(store)
    const key = keyOf('blob link')
    const object = Buffer.from('the bytes')
    await writer.put('objects', key, 1, new Map([['o', object]]))
    const blob = path.join(store, 'blobs', sha(object).slice(0, 2), sha(object))
    await fs.rename(blob, path.join(sentinel, 'outside'))
    await fs.symlink(path.join(sentinel, 'outside'), blob)
    const before = await snapshot(sentinel)

    expect(await new Store(store).load('objects', key)).toMatchObject({ kind: 'corrupt' })
    expect(await fs.lstat(blob).catch(() => null)).toBeNull()
    expect(await snapshot(sentinel)).toEqual(before)
  })

  it('a blob read by its digest through a link is corrupt, even when the link came after the folders were checked', async () => {
    const writer = new Store(store)
    const key = keyOf('late link')
    const object = Buffer.from('late bytes')
    await writer.put('objects', key, 1, new Map([['o', object]]))
    expect((await writer.getBlob(sha(object))).kind).toBe('hit')
    // The same run's store has seen this shard folder already; the file itself is still never followed.
    const blob = path.join(store, 'blobs', sha(object).slice(0, 2), sha(object))
    await fs.rename(blob, path.join(sentinel, 'outside'))
    await fs.symlink(path.join(sentinel, 'outside'), blob)
    const before = await snapshot(sentinel)
    expect(await writer.getBlob(sha(object))).toMatchObject({ kind: 'corrupt' })
    expect(await snapshot(sentinel)).toEqual(before)
  })

  it('store folders that are links are removed at open; prune never walks or deletes through one', async () => {
    const writer = new Store(store)
    await writer.put('objects', keyOf('a'), 1, new Map([['o', Buffer.from('a')]]))
    await fs.writeFile(path.join(sentinel, `${'0'.repeat(64)}`), 'looks like a blob')
    await fs.mkdir(path.join(sentinel, 'ab'))
    await fs.writeFile(path.join(sentinel, 'ab', `${'ab'.repeat(32)}`), 'looks like a blob too')
    await fs.symlink(sentinel, path.join(store, 'blobs', 'ff'))
    await fs.rm(path.join(store, 'usage'), { recursive: true, force: true })
    await fs.symlink(sentinel, path.join(store, 'usage'))
    const before = await snapshot(sentinel)

    await prune(store, { maxBytes: 0, graceMs: 0 })
    const writer2 = new Store(store)
    await writer2.put('objects', keyOf('b'), 2, new Map([['o', Buffer.from('b')]]))
    await writer2.flush() // its use reaches the usage log
    expect((await fs.lstat(path.join(store, 'usage'))).isDirectory()).toBe(true)
    expect(await snapshot(sentinel)).toEqual(before)
  })
})

describe('a build on a store whose entry shard is a link', () => {
  it('counts the entries behind it as corrupt-entry, replaces them, and builds the same firmware', async () => {
    const project = path.join(root, 'project')
    await fs.cp(path.join(corpusExamplesDir(), '01.Basics', 'Blink'), path.join(project, 'Blink'), {
      recursive: true
    })
    const build = (name: string) =>
      runBuild({
        sketches: ['Blink'],
        cwd: project,
        core: platformDir,
        buildDir: path.join(root, name),
        store
      })
    const cold = await build('cold')
    expect(cold.run.code).toBe(0)
    // The shard with the most entries: following it would find them all, intact.
    // The cache root holds the object store (per-unit entries) under objects/.
    const namespaces = path.join(store, 'objects', 'entries')
    const shards: string[] = []
    for (const namespace of await fs.readdir(namespaces))
      for (const shard of await fs.readdir(path.join(namespaces, namespace)))
        shards.push(path.join(namespaces, namespace, shard))
    const sizes = await Promise.all(shards.map(async shard => (await fs.readdir(shard)).length))
    const shard = shards[sizes.indexOf(Math.max(...sizes))] ?? ''
    const linked = Math.max(...sizes)
    await replaceWithLink(shard)
    const before = await snapshot(sentinel)

    const warm = await build('warm')
    expect(warm.run.code).toBe(0)
    expect(warm.report?.missReasons['corrupt-entry']).toBeGreaterThanOrEqual(1)
    expect(warm.report?.store?.recoveredEntries).toBeGreaterThanOrEqual(1)
    expect(warm.report?.totals.misses).toBeLessThanOrEqual(linked)
    expect((await fs.lstat(shard)).isDirectory()).toBe(true)
    expect(await snapshot(sentinel)).toEqual(before)
    const hex = async (run: typeof cold) =>
      fs.readFile(path.resolve(project, run.report?.sketches[0]?.hex ?? ''))
    expect((await hex(warm)).equals(await hex(cold))).toBe(true)
  })
})
