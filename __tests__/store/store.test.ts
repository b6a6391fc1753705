import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InternalError } from '../../src/errors.js'
import { Store, STORE_LAYOUT_VERSION } from '../../src/store/index.js'

let root: string
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'fbuild-store-'))
})
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const keyOf = (name: string): string => createHash('sha256').update(name).digest('hex')
const entryFile = (ns: string, key: string): string =>
  path.join(root, 'entries', ns, key.slice(0, 2), `${key}.json`)

async function filesUnder(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir, { recursive: true }).catch(() => [] as string[])
  const files: string[] = []
  for (const name of names)
    if ((await fs.stat(path.join(dir, name))).isFile()) files.push(path.join(dir, name))
  return files.sort()
}

describe('Store', () => {
  it('round-trips an entry with its blobs and keeps namespaces apart', async () => {
    const store = new Store(root, { runId: 'run-1' })
    const key = keyOf('unit')
    const blobs = new Map([
      ['object', Buffer.from('\x7fELF object')],
      ['deps', Buffer.from('a.h b.h')]
    ])
    await store.put('objects', key, { flags: ['-Os'], deps: 2 }, blobs)
    const loaded = await store.load('objects', key)
    if (loaded.kind !== 'hit') throw new Error(`expected a hit, got ${JSON.stringify(loaded)}`)
    expect(loaded.value.entry.meta).toEqual({ flags: ['-Os'], deps: 2 })
    expect(loaded.value.entry.runId).toBe('run-1')
    expect([...loaded.value.blobs].map(([name, data]) => `${name}=${data.toString()}`)).toEqual([
      'object=\x7fELF object',
      'deps=a.h b.h'
    ])
    expect(await store.get('links', key)).toEqual({ kind: 'miss' })
    expect((await fs.readFile(path.join(root, 'VERSION'), 'utf8')).trim()).toBe(String(STORE_LAYOUT_VERSION))
  })

  it('stores identical content once', async () => {
    const store = new Store(root)
    const same = new Map([['o', Buffer.from('same bytes')]])
    await store.put('objects', keyOf('a'), 1, same)
    await store.put('links', keyOf('b'), 2, same)
    expect(await filesUnder(path.join(root, 'blobs'))).toHaveLength(1)
  })

  it('reports a truncated entry as corrupt, removes it, and accepts a new put', async () => {
    const store = new Store(root)
    const key = keyOf('k')
    await store.put('objects', key, { big: 'x'.repeat(200) }, new Map([['o', Buffer.from('o')]]))
    await fs.truncate(entryFile('objects', key), 50)
    expect(await store.get('objects', key)).toMatchObject({ kind: 'corrupt' })
    expect(await store.get('objects', key)).toEqual({ kind: 'miss' })
    await store.put('objects', key, 'again')
    expect(await store.get('objects', key)).toMatchObject({ kind: 'hit', value: { meta: 'again' } })
  })

  it('rejects a record of another schema or copied from another key', async () => {
    const store = new Store(root)
    const [a, b] = [keyOf('a'), keyOf('b')]
    await store.put('objects', a, 'a')
    await store.put('objects', b, 'b')
    await fs.copyFile(entryFile('objects', a), entryFile('objects', b))
    expect(await store.get('objects', b)).toMatchObject({ kind: 'corrupt' })
    const record = JSON.parse(await fs.readFile(entryFile('objects', a), 'utf8'))
    await fs.writeFile(entryFile('objects', a), JSON.stringify({ ...record, schema: 99 }))
    expect(await store.get('objects', a)).toMatchObject({ kind: 'corrupt' })
  })

  it('treats an entry whose blob is missing, short or flipped as corrupt', async () => {
    const store = new Store(root)
    const content = Buffer.from('payload '.repeat(64))
    const digest = createHash('sha256').update(content).digest('hex')
    const blobFile = path.join(root, 'blobs', digest.slice(0, 2), digest)
    await store.put('objects', keyOf('1'), null, new Map([['o', content]]))
    await fs.rm(blobFile)
    expect(await store.get('objects', keyOf('1'))).toMatchObject({ kind: 'corrupt' })

    await store.put('objects', keyOf('2'), null, new Map([['o', content]]))
    await fs.truncate(blobFile, 3)
    expect(await store.get('objects', keyOf('2'))).toMatchObject({ kind: 'corrupt' })

    await store.put('objects', keyOf('3'), null, new Map([['o', content]]))
    const flipped = Buffer.from(content)
    flipped[0] = 0
    await fs.writeFile(blobFile, flipped)
    expect((await store.get('objects', keyOf('3'))).kind).toBe('hit') // size matches: only the hash sees it
    expect(await store.load('objects', keyOf('3'))).toMatchObject({ kind: 'corrupt' })
    expect(await store.get('objects', keyOf('3'))).toEqual({ kind: 'miss' })
  })

  it('answers with misses, never a crash or wrong data, after half its files are deleted', async () => {
    const store = new Store(root)
    const names = Array.from({ length: 40 }, (_, i) => `unit-${i}`)
    for (const name of names) {
      await store.put('objects', keyOf(name), { name }, new Map([['o', Buffer.from(`object of ${name}`)]]))
    }
    const files = [
      ...(await filesUnder(path.join(root, 'entries'))),
      ...(await filesUnder(path.join(root, 'blobs')))
    ]
    for (const [i, file] of files.entries()) if (i % 2 === 0) await fs.rm(file)
    const kinds = { hit: 0, miss: 0, corrupt: 0 }
    for (const name of names) {
      const loaded = await store.load('objects', keyOf(name))
      kinds[loaded.kind]++
      if (loaded.kind === 'hit') expect(loaded.value.blobs.get('o')?.toString()).toBe(`object of ${name}`)
    }
    expect(kinds.hit).toBeGreaterThan(0)
    expect(kinds.miss + kinds.corrupt).toBeGreaterThanOrEqual(20)
    for (const name of names)
      await store.put('objects', keyOf(name), { name }, new Map([['o', Buffer.from(name)]]))
    for (const name of names) expect((await store.load('objects', keyOf(name))).kind).toBe('hit')
  })

  it('wipes a store of another layout version instead of reading it, leaving foreign files alone', async () => {
    const old = new Store(root)
    await old.put('objects', keyOf('x'), 'old layout', new Map([['o', Buffer.from('o')]]))
    await fs.writeFile(path.join(root, 'VERSION'), '0\n')
    await fs.writeFile(path.join(root, 'README.txt'), 'mine')
    const store = new Store(root)
    expect(await store.open()).toBe(true)
    expect(await store.get('objects', keyOf('x'))).toEqual({ kind: 'miss' })
    expect(await filesUnder(path.join(root, 'blobs'))).toEqual([])
    expect((await fs.readdir(root)).sort()).toEqual(['README.txt', 'VERSION'])
    expect(await new Store(root).open()).toBe(false)
  })

  it('lets several stores initialise one fresh folder at once without wiping each other', async () => {
    const stores = Array.from({ length: 5 }, (_, i) => new Store(root, { runId: `run-${i}` }))
    const put = (store: Store, i: number): Promise<unknown> =>
      store.put(
        'objects',
        keyOf(`${store.runId}/${i}`),
        i,
        new Map([['o', Buffer.from(`${store.runId}/${i}`)]])
      )
    await Promise.all(stores.flatMap(store => Array.from({ length: 10 }, (_, i) => put(store, i))))
    for (const store of stores) {
      for (let i = 0; i < 10; i++)
        expect((await store.load('objects', keyOf(`${store.runId}/${i}`))).kind).toBe('hit')
    }
  })

  it('rejects bad namespaces, keys and run ids as internal errors (the callers make them)', async () => {
    const store = new Store(root)
    await expect(store.get('../x', keyOf('a'))).rejects.toBeInstanceOf(InternalError)
    await expect(store.put('objects', 'not-a-key', null)).rejects.toBeInstanceOf(InternalError)
    expect(() => new Store(root, { runId: 'a b' })).toThrow(InternalError)
  })
})
